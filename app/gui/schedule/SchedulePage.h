// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class EmptyStateWidget;
class QAbstractItemModel;
class QAction;
class QLabel;
class QModelIndex;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeView;
class WeekView;

/*
 * The Schedule section: week navigation and the section's actions on top,
 * the week view beside the upcoming meetings and the debriefs suggested after
 * tough shifts. A view only: it emits what the user asks for, and
 * ScheduleController feeds it. Its calendar actions also sit in the File menu.
 */
class SchedulePage final : public QWidget
{
    Q_OBJECT
public:
    explicit SchedulePage(QWidget *parent = nullptr);

    [[nodiscard]] WeekView *weekView() const { return m_week; }
    [[nodiscard]] QTreeView *agendaView() const { return m_agenda; }
    [[nodiscard]] QTableView *debriefView() const { return m_debriefs; }

    [[nodiscard]] QAction *newSessionAction() const { return m_newAction; }
    [[nodiscard]] QAction *buddyPairsAction() const { return m_buddiesAction; }
    [[nodiscard]] QAction *importCalendarAction() const { return m_importAction; }
    [[nodiscard]] QAction *exportCalendarAction() const { return m_exportAction; }

    // Shows the week holding `day` in the heading; the week view is set by the controller.
    void setWeek(const QDate &day);
    // An AgendaModel and a DebriefSuggestionModel, or nullptr to detach.
    void setAgendaModel(QAbstractItemModel *model);
    void setDebriefModel(QAbstractItemModel *model);
    // Whether a library is open: without one every action is off.
    void setLibraryOpen(bool open);

signals:
    void weekRequested(const QDate &monday);
    void newSessionRequested();
    void buddyPairsRequested();
    void importCalendarRequested();
    void exportCalendarRequested();
    void agendaCurrentChanged(int row);
    void agendaActivated(int row);
    void scheduleDebriefRequested(int row);

private:
    [[nodiscard]] QWidget *createHeader();
    [[nodiscard]] QWidget *createSidePanel();
    void rebuildDebriefButtons();
    void updateEmptyStates();

    QDate m_monday;
    WeekView *m_week = nullptr;
    QScrollArea *m_weekScroll = nullptr;
    QLabel *m_weekLabel = nullptr;
    QStackedWidget *m_agendaStack = nullptr;
    QTreeView *m_agenda = nullptr;
    EmptyStateWidget *m_agendaEmpty = nullptr;
    QStackedWidget *m_debriefStack = nullptr;
    QTableView *m_debriefs = nullptr;
    QLabel *m_noDebriefs = nullptr;
    QSplitter *m_splitter = nullptr;

    QAction *m_previousAction = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_buddiesAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
};
