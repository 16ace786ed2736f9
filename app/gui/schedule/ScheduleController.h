// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Rep.h"
#include "schedule/OccurrenceMover.h"
#include "schedule/Session.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace coach {
class Database;
}
class AgendaModel;
class DebriefSuggestionModel;
class MeetingNotesDialog;
class QSystemTrayIcon;
class ScheduleReminder;
class SchedulePage;
class SessionEditorDialog;

/*
 * Wires the Schedule section to one open library: fills the week view, the
 * agenda and the debrief suggestions from ScheduleService and BuddyPlanner,
 * answers the week view's drag previews with conflicts, and runs the
 * editors, the notes dialog, the buddy pairs dialog, calendar import and
 * export, and the reminders.
 *
 * One per open library, on the GUI thread; MainWindow makes a new one when it
 * opens another library. Borrows the Database and the page, which outlive it.
 */
class ScheduleController final : public QObject
{
    Q_OBJECT
public:
    using Scope = OccurrenceMover::Scope;
    // Asked when a meeting of a series is dragged: this one or all? nullopt = cancel.
    using ScopeQuestion = std::function<std::optional<Scope>(const coach::Occurrence &)>;
    // Asked when the new slot has conflicts: move anyway?
    using ConflictQuestion = std::function<bool(const coach::Occurrence &, const QStringList &)>;

    ScheduleController(const coach::Database &db, SchedulePage *page, QObject *parent = nullptr);
    ~ScheduleController() override;

    [[nodiscard]] AgendaModel *agendaModel() const { return m_agenda; }
    [[nodiscard]] DebriefSuggestionModel *debriefModel() const { return m_debriefs; }
    [[nodiscard]] ScheduleReminder *reminder() const { return m_reminder; }
    [[nodiscard]] const QHash<qint64, QString> &repNames() const { return m_repNames; }

    // Re-reads reps, the week, the agenda and the suggestions.
    void reload();
    void showWeek(const QDate &day);

    // Connects an editor to the library: live conflicts and saving.
    void attachEditor(SessionEditorDialog *dialog);
    void setMoveQuestions(ScopeQuestion scope, ConflictQuestion conflicts);
    // What the week view's drop asks for; the questions above decide the details.
    // By value: the reload that follows replaces the list the arguments may come from.
    void moveMeeting(coach::Occurrence meeting, QDateTime startUtc);

    void newSession(const QDateTime &startUtc = {});
    void editSeries(coach::SessionId id);
    void openNotes(coach::Occurrence meeting);
    void proposeBuddyPairs();
    void scheduleDebrief(int row);
    void exportCalendar();
    void importCalendar();

signals:
    void statusMessage(const QString &message);
    void openCallRequested(coach::CallId call);

private:
    void reloadReps();
    void reloadWeek();
    void reloadAgenda();
    void reloadDebriefs();
    void previewMove(const coach::Occurrence &meeting, const QDateTime &startUtc);
    void showMenu(const coach::Occurrence *meeting, const QPoint &globalPos);
    void setStatus(const coach::Occurrence &meeting, coach::SessionStatus status);
    void deleteSeries(const coach::Occurrence &meeting);
    void editSession(const coach::Session &session);
    void pickCalls(MeetingNotesDialog *dialog);
    void selectMeeting(coach::Occurrence meeting);
    void showError(const QString &title, const QString &text, const QString &cause);
    [[nodiscard]] const coach::Occurrence *selectedMeeting() const;

    const coach::Database &m_db;
    SchedulePage *m_page = nullptr;
    AgendaModel *m_agenda = nullptr;
    DebriefSuggestionModel *m_debriefs = nullptr;
    ScheduleReminder *m_reminder = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QList<coach::Rep> m_reps;
    QHash<qint64, QString> m_repNames;
    QDate m_week;
    std::optional<coach::Occurrence> m_selected;
    bool m_syncing = false; // while one view follows the other's selection
    ScopeQuestion m_askScope;
    ConflictQuestion m_askConflicts;
};
