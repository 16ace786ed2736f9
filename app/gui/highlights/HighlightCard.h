// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TeamWeekSlot.h"

#include <QFrame>
#include <QTimeZone>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;
class QWidget;

/*
 * One team's slot in a week: the highlight call (rep, date, region, pattern,
 * the reason, who chose it and when) or, while the slot is empty, the week's
 * candidates best first, each with Listen and Choose. With a highlight the
 * candidates fold under a "Show candidates" toggle. The header names the
 * team's time zone when it is not the machine's, and offers to change it.
 *
 * Emits intent only; HighlightsController acts on it. "Export clip…" stays
 * hidden until setClipExportAvailable(true): clip export plugs in there.
 */
class HighlightCard final : public QFrame
{
    Q_OBJECT
public:
    explicit HighlightCard(QWidget *parent = nullptr);

    void setSlot(const TeamWeekSlot &slot);
    [[nodiscard]] const TeamWeekSlot &slot() const { return m_slot; }
    void setClipExportAvailable(bool available);

    // For tests and accessibility: the candidate rows' Choose buttons, in rank order
    // (the chosen highlight's own call is left out of the rows).
    [[nodiscard]] QList<QPushButton *> chooseButtons() const { return m_chooseButtons; }
    [[nodiscard]] QPushButton *openButton() const { return m_open; }
    [[nodiscard]] QPushButton *changeButton() const { return m_change; }
    [[nodiscard]] QPushButton *historyButton() const { return m_history; }
    [[nodiscard]] QPushButton *exportClipButton() const { return m_exportClip; }
    [[nodiscard]] QPushButton *timeZoneButton() const { return m_timeZone; }
    // Empty and hidden while the team reads its weeks in the machine's zone.
    [[nodiscard]] QLabel *timeZoneLabel() const { return m_zone; }
    [[nodiscard]] QToolButton *candidatesToggle() const { return m_toggle; }
    [[nodiscard]] QWidget *candidatesPanel() const { return m_candidatesPanel; }

signals:
    void chooseRequested(const coach::Team &team, const coach::HighlightCandidate &candidate);
    void changeRequested(const coach::Highlight &highlight);
    void openRequested(coach::CallId call, qint64 atMs);
    void historyRequested(const coach::Team &team, coach::IsoWeek week);
    void exportClipRequested(const coach::Highlight &highlight);
    void timeZoneRequested(const coach::Team &team);

private:
    [[nodiscard]] QTimeZone teamZone() const;
    void rebuildCandidates();
    [[nodiscard]] QWidget *candidateRow(const coach::HighlightCandidate &candidate, int rank);

    TeamWeekSlot m_slot;
    bool m_clipExportAvailable = false;
    QLabel *m_title = nullptr;
    QLabel *m_zone = nullptr;
    QPushButton *m_timeZone = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_highlightPanel = nullptr;
    QLabel *m_callLine = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_chosen = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_exportClip = nullptr;
    QPushButton *m_history = nullptr;
    QToolButton *m_toggle = nullptr;
    QWidget *m_candidatesPanel = nullptr;
    QVBoxLayout *m_candidatesLayout = nullptr;
    QList<QPushButton *> m_chooseButtons;
};
