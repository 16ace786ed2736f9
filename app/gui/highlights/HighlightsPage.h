// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TeamWeekSlot.h"

#include <QWidget>

#include <functional>

class EmptyStateWidget;
class HighlightCard;
class HighlightTableModel;
class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

/*
 * The Highlights section: a week navigator and, per team, a card with the
 * week's highlight call or its ranked candidates; or, with a rep picked in
 * "Show", that rep's highlights over time.
 *
 * Widgets only: it emits intent and takes state through setters;
 * HighlightsController fills it from the library. Two slots are left for
 * features that plug in from outside: setClipExportHandler() shows "Export
 * Clip…" on each chosen highlight, setStandupPackHandler() shows "Standup
 * Pack…" in the header; both stay hidden while no handler is set.
 */
class HighlightsPage final : public QWidget
{
    Q_OBJECT
public:
    using ClipExportHandler = std::function<void(const coach::Highlight &)>;
    using StandupPackHandler = std::function<void(coach::IsoWeek)>;

    explicit HighlightsPage(QWidget *parent = nullptr);

    void setLibraryOpen(bool open);
    void setWeek(coach::IsoWeek week);
    [[nodiscard]] coach::IsoWeek week() const { return m_week; }
    void setSlots(const QList<TeamWeekSlot> &teamSlots);
    // The reps "Show" offers; keeps the current choice when it is still among them.
    void setReps(const QList<coach::Rep> &reps);
    [[nodiscard]] coach::RepId shownRep() const;
    void setRepHighlights(const QString &repName, const QList<coach::Highlight> &highlights);

    // One quiet line under the header when the section opened on `shown`
    // because this week has no calls yet; an invalid week hides it.
    void setFallbackWeek(coach::IsoWeek shown);
    [[nodiscard]] QWidget *fallbackNotice() const { return m_fallback; }
    [[nodiscard]] QLabel *fallbackLabel() const { return m_fallbackLabel; }

    void setClipExportHandler(ClipExportHandler handler);
    void setStandupPackHandler(StandupPackHandler handler);

    [[nodiscard]] QList<HighlightCard *> cards() const { return m_cards; }
    [[nodiscard]] HighlightCard *card(coach::TeamId team) const;
    [[nodiscard]] QLabel *weekLabel() const { return m_weekLabel; }
    [[nodiscard]] QComboBox *repBox() const { return m_repBox; }
    [[nodiscard]] QTableView *repView() const { return m_repView; }
    [[nodiscard]] HighlightTableModel *repModel() const { return m_repModel; }
    [[nodiscard]] QPushButton *standupPackButton() const { return m_standupPack; }
    [[nodiscard]] QAction *previousWeekAction() const { return m_previousAction; }
    [[nodiscard]] QAction *nextWeekAction() const { return m_nextAction; }
    [[nodiscard]] QAction *thisWeekAction() const { return m_thisWeekAction; }

signals:
    // The page came into view: annotations may have changed in Review meanwhile.
    void refreshRequested();
    void weekRequested(coach::IsoWeek week);
    // Invalid: back to the teams' week.
    void repRequested(coach::RepId rep);
    void chooseRequested(const coach::Team &team, const coach::HighlightCandidate &candidate);
    void changeRequested(const coach::Highlight &highlight);
    void openRequested(coach::CallId call, qint64 atMs);
    void historyRequested(const coach::Team &team, coach::IsoWeek week);
    void timeZoneRequested(const coach::Team &team);

protected:
    void showEvent(QShowEvent *event) override;

private:
    [[nodiscard]] QWidget *createHeader();
    void updateView();

    coach::IsoWeek m_week;
    bool m_libraryOpen = false;
    bool m_hasSlots = false;
    ClipExportHandler m_clipExport;
    StandupPackHandler m_standupPackHandler;

    QAction *m_previousAction = nullptr;
    QAction *m_thisWeekAction = nullptr;
    QAction *m_nextAction = nullptr;
    QWidget *m_weekNavigator = nullptr;
    QLabel *m_weekLabel = nullptr;
    QComboBox *m_repBox = nullptr;
    QPushButton *m_standupPack = nullptr;
    QWidget *m_fallback = nullptr;
    QLabel *m_fallbackLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
    QList<HighlightCard *> m_cards;
    QWidget *m_repPanel = nullptr;
    QLabel *m_repTitle = nullptr;
    QTableView *m_repView = nullptr;
    HighlightTableModel *m_repModel = nullptr;
};
