// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleController.h"

#include "library/CallTableModel.h"
#include "schedule/AgendaModel.h"
#include "schedule/BuddyPairsDialog.h"
#include "schedule/BuddyPlanner.h"
#include "schedule/CalendarTransfer.h"
#include "schedule/CallPickerDialog.h"
#include "schedule/DebriefSuggestionModel.h"
#include "schedule/MeetingNotesDialog.h"
#include "schedule/MeetingNotesStore.h"
#include "schedule/ScheduleFormat.h"
#include "schedule/SchedulePage.h"
#include "schedule/ScheduleReminder.h"
#include "schedule/ScheduleService.h"
#include "schedule/SessionEditorDialog.h"
#include "schedule/WeekView.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QDir>
#include <QLocale>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimeZone>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int AgendaDays = 8 * 7;
const QString CalendarDirectoryKey = u"schedule/lastCalendarDirectory"_s;

QString systemZone()
{
    return QString::fromUtf8(QTimeZone::systemTimeZoneId());
}
} // namespace

ScheduleController::ScheduleController(const coach::Database &db, SchedulePage *page, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_page(page)
    , m_agenda(new AgendaModel(this))
    , m_debriefs(new DebriefSuggestionModel(this))
    , m_reminder(new ScheduleReminder(db, this))
    , m_week(QDate::currentDate())
{
    m_askScope = [this](const coach::Occurrence &meeting) -> std::optional<Scope> {
        QMessageBox box(QMessageBox::Question, tr("Move Meeting"),
                        tr("“%1” repeats. Move only this meeting, or every meeting of the series?").arg(meeting.title),
                        QMessageBox::Cancel, m_page);
        QPushButton *one = box.addButton(tr("This &Meeting"), QMessageBox::AcceptRole);
        QPushButton *all = box.addButton(tr("The Whole &Series"), QMessageBox::AcceptRole);
        box.setDefaultButton(one);
        box.exec();
        if (box.clickedButton() == one)
            return Scope::Meeting;
        if (box.clickedButton() == all)
            return Scope::Series;
        return std::nullopt;
    };
    m_askConflicts = [this](const coach::Occurrence &meeting, const QStringList &conflicts) {
        QMessageBox box(QMessageBox::Warning, tr("Move Meeting"),
                        tr("“%1” would conflict at the new time.").arg(meeting.title), QMessageBox::Cancel, m_page);
        box.setInformativeText(conflicts.join(u'\n'));
        QPushButton *anyway = box.addButton(tr("&Move Anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == anyway;
    };

    m_page->setAgendaModel(m_agenda);
    m_page->setDebriefModel(m_debriefs);
    m_page->setLibraryOpen(true);
    WeekView *week = m_page->weekView();
    connect(m_page, &SchedulePage::weekRequested, this, &ScheduleController::showWeek);
    connect(m_page, &SchedulePage::newSessionRequested, this, [this] { newSession(); });
    connect(m_page, &SchedulePage::buddyPairsRequested, this, &ScheduleController::proposeBuddyPairs);
    connect(m_page, &SchedulePage::importCalendarRequested, this, &ScheduleController::importCalendar);
    connect(m_page, &SchedulePage::exportCalendarRequested, this, &ScheduleController::exportCalendar);
    connect(m_page, &SchedulePage::scheduleDebriefRequested, this, &ScheduleController::scheduleDebrief);
    connect(m_page, &SchedulePage::agendaCurrentChanged, this, [this](int row) {
        const coach::Occurrence *meeting = m_agenda->occurrenceAt(row);
        if (m_syncing || !meeting)
            return;
        m_selected = *meeting;
        const QScopedValueRollback syncing(m_syncing, true);
        showWeek(meeting->start.toLocalTime().date());
        m_page->weekView()->selectOccurrence(meeting->sessionId, meeting->occurrence);
    });
    connect(m_page, &SchedulePage::agendaActivated, this, [this](int row) {
        if (const coach::Occurrence *meeting = m_agenda->occurrenceAt(row))
            openNotes(*meeting);
    });
    connect(m_page->agendaView(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeView *view = m_page->agendaView();
        showMenu(m_agenda->occurrenceAt(view->indexAt(pos).row()), view->viewport()->mapToGlobal(pos));
    });
    m_page->agendaView()->setContextMenuPolicy(Qt::CustomContextMenu);

    connect(week, &WeekView::currentChanged, this, [this, week](int index) {
        if (index < 0 || index >= week->occurrences().size())
            return;
        m_selected = week->occurrences().at(index);
        if (m_syncing)
            return;
        const QScopedValueRollback syncing(m_syncing, true);
        const int row = m_agenda->rowOf(m_selected->sessionId, m_selected->occurrence);
        QItemSelectionModel *selection = m_page->agendaView()->selectionModel();
        if (row >= 0 && selection)
            selection->setCurrentIndex(m_agenda->index(row, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    connect(week, &WeekView::occurrenceActivated, this, [this, week](int index) {
        if (index >= 0 && index < week->occurrences().size())
            openNotes(week->occurrences().at(index));
    });
    connect(week, &WeekView::createRequested, this, [this](const QDateTime &start) { newSession(start); });
    connect(week, &WeekView::movePreviewRequested, this, &ScheduleController::previewMove);
    connect(week, &WeekView::moveRequested, this, &ScheduleController::moveMeeting);
    connect(week, &WeekView::contextMenuRequested, this, [this, week](int index, const QPoint &pos) {
        showMenu(index >= 0 && index < week->occurrences().size() ? &week->occurrences().at(index) : nullptr, pos);
    });

    // Reminders: in the tray where there is one; the status bar always.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(tr("Coachbench: meeting reminders"));
        m_tray->show();
        m_reminder->setTrayIcon(m_tray);
    }
    connect(m_reminder, &ScheduleReminder::reminderDue, this,
            [this](const coach::Occurrence &, const QString &title) { emit statusMessage(title); });
    m_reminder->start();

    reload();
}

ScheduleController::~ScheduleController()
{
    m_page->setAgendaModel(nullptr);
    m_page->setDebriefModel(nullptr);
    m_page->weekView()->setOccurrences({}, {});
    disconnect(m_page, nullptr, this, nullptr);
    disconnect(m_page->weekView(), nullptr, this, nullptr);
    disconnect(m_page->agendaView(), nullptr, this, nullptr);
}

void ScheduleController::reload()
{
    reloadReps();
    reloadWeek();
    reloadAgenda();
    reloadDebriefs();
}

void ScheduleController::reloadReps()
{
    const auto reps = coach::PeopleRepository(m_db).reps();
    if (!reps) {
        emit statusMessage(reps.error().message());
        return;
    }
    m_reps = *reps;
    std::sort(m_reps.begin(), m_reps.end(),
              [](const coach::Rep &a, const coach::Rep &b) { return a.name.localeAwareCompare(b.name) < 0; });
    m_repNames.clear();
    for (const coach::Rep &rep : std::as_const(m_reps))
        m_repNames.insert(rep.id.value(), rep.name);
}

void ScheduleController::showWeek(const QDate &day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    if (monday == m_week.addDays(1 - m_week.dayOfWeek()) && !m_page->weekView()->occurrences().isEmpty()) {
        m_page->setWeek(monday);
        return;
    }
    m_week = monday;
    m_page->setWeek(monday);
    reloadWeek();
}

void ScheduleController::reloadWeek()
{
    const QDate monday = m_week.addDays(1 - m_week.dayOfWeek());
    const QDateTime from = QDateTime(monday, QTime(0, 0)).toUTC();
    const QDateTime to = QDateTime(monday.addDays(7), QTime(0, 0)).toUTC();
    const auto meetings = coach::ScheduleService(m_db).occurrences(from, to);
    if (!meetings) {
        emit statusMessage(meetings.error().message());
        return;
    }
    m_page->setWeek(monday);
    m_page->weekView()->setToday(QDate::currentDate());
    m_page->weekView()->setOccurrences(*meetings, m_repNames);
}

void ScheduleController::reloadAgenda()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto meetings = coach::ScheduleService(m_db).occurrences(now, now.addDays(AgendaDays));
    if (!meetings) {
        emit statusMessage(meetings.error().message());
        return;
    }
    m_agenda->setOccurrences(*meetings, m_repNames);
    if (m_selected) {
        const int row = m_agenda->rowOf(m_selected->sessionId, m_selected->occurrence);
        const QScopedValueRollback syncing(m_syncing, true);
        if (row >= 0)
            m_page->agendaView()->setCurrentIndex(m_agenda->index(row, 0));
    }
}

void ScheduleController::reloadDebriefs()
{
    const coach::BuddyPlanner planner(m_db);
    const QDate today = QDate::currentDate();
    QList<coach::DebriefSuggestion> all;
    // Today's shift and the last working day's: a debrief is offered the next working day.
    for (const QDate &day : {today, today.addDays(today.dayOfWeek() == Qt::Monday ? -3 : -1)}) {
        const auto found = planner.debriefSuggestions(day, systemZone());
        if (!found) {
            emit statusMessage(found.error().message());
            return;
        }
        all.append(*found);
    }
    // Leave out the debriefs already on the calendar.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto planned = coach::ScheduleService(m_db).occurrences(now.addDays(-3), now.addDays(14));
    all.removeIf([&](const coach::DebriefSuggestion &s) {
        if (!planned)
            return false;
        return std::any_of(planned->cbegin(), planned->cend(), [&](const coach::Occurrence &o) {
            return o.kind == coach::SessionKind::BuddyDebrief && o.participants.contains(s.rep)
                && o.participants.contains(s.buddy) && o.start.toLocalTime().date() >= s.toughDay;
        });
    });
    m_debriefs->setSuggestions(all, m_repNames);
}

const coach::Occurrence *ScheduleController::selectedMeeting() const
{
    return m_selected ? &*m_selected : nullptr;
}

void ScheduleController::selectMeeting(coach::Occurrence meeting)
{
    m_selected = meeting;
    showWeek(meeting.start.toLocalTime().date());
    m_page->weekView()->selectOccurrence(meeting.sessionId, meeting.occurrence);
}

void ScheduleController::showError(const QString &title, const QString &text, const QString &cause)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, m_page);
    box.setInformativeText(cause);
    box.exec();
}

void ScheduleController::attachEditor(SessionEditorDialog *dialog)
{
    dialog->setReps(m_reps);
    connect(dialog, &SessionEditorDialog::conflictCheckRequested, this, [this, dialog](const coach::Session &s) {
        // Said while editing rather than on Save: ScheduleService refuses a new session in the past.
        if (!s.id.isValid() && s.start < QDateTime::currentDateTimeUtc()) {
            dialog->setProblem(tr("This start has already passed; choose a later one."));
            return;
        }
        const auto conflicts = coach::ScheduleService(m_db).conflictsFor(s);
        if (conflicts)
            dialog->setConflicts(*conflicts);
        else
            dialog->setProblem(conflicts.error().message());
    });
    connect(dialog, &SessionEditorDialog::saveRequested, this,
            [this, dialog](const coach::Session &s, bool allowConflicts) {
                coach::ScheduleService service(m_db);
                const coach::SaveOptions options{allowConflicts, false};
                const auto saved = s.id.isValid() ? service.updateSeries(s, options) : service.addSession(s, options);
                if (!saved) {
                    dialog->setSaveError(saved.error().message());
                    dialog->checkConflictsNow();
                    return;
                }
                auto meetings = coach::ScheduleService::expand(*saved, saved->start.addSecs(-1), saved->start.addDays(1));
                reload();
                if (meetings && !meetings->isEmpty())
                    selectMeeting(meetings->constFirst());
                dialog->accept();
            });
}

void ScheduleController::editSession(const coach::Session &session)
{
    SessionEditorDialog dialog(m_page);
    attachEditor(&dialog);
    dialog.setSession(session);
    dialog.checkConflictsNow();
    dialog.exec();
}

void ScheduleController::newSession(const QDateTime &startUtc)
{
    coach::Session session;
    session.timeZone = systemZone();
    if (startUtc.isValid()) {
        session.start = startUtc;
    } else {
        const QDateTime now = QDateTime::currentDateTime();
        session.start = QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600).toUTC();
    }
    // A one-on-one with the rep of the selected meeting is the likeliest next step.
    if (const coach::Occurrence *selected = selectedMeeting(); selected && selected->participants.size() == 1)
        session.participants = selected->participants;
    editSession(session);
}

void ScheduleController::editSeries(coach::SessionId id)
{
    const auto found = coach::ScheduleService(m_db).session(id);
    if (!found || !*found) {
        emit statusMessage(found ? tr("That session is no longer in the library.") : found.error().message());
        return;
    }
    editSession(**found);
}

void ScheduleController::setMoveQuestions(ScopeQuestion scope, ConflictQuestion conflicts)
{
    m_askScope = std::move(scope);
    m_askConflicts = std::move(conflicts);
}

void ScheduleController::previewMove(const coach::Occurrence &meeting, const QDateTime &startUtc)
{
    // The preview checks the meeting alone; a series move is checked again on drop.
    if (startUtc < QDateTime::currentDateTimeUtc()) {
        m_page->weekView()->setMovePreview({tr("this time has passed")});
        return;
    }
    const auto found = OccurrenceMover(m_db).conflicts(meeting, startUtc, Scope::Meeting);
    QStringList messages;
    if (!found)
        messages << found.error().message();
    else
        for (const coach::Conflict &c : *found)
            messages << c.message;
    m_page->weekView()->setMovePreview(messages);
}

void ScheduleController::moveMeeting(coach::Occurrence meeting, QDateTime startUtc)
{
    if (startUtc < QDateTime::currentDateTimeUtc()) {
        showError(tr("Move Meeting"), tr("A meeting cannot be moved into the past."),
                  tr("Choose a time after now (%1).").arg(QLocale().toString(QTime::currentTime(), u"HH:mm"_s)));
        return;
    }
    Scope scope = Scope::Meeting;
    if (meeting.recurring) {
        const auto chosen = m_askScope(meeting);
        if (!chosen)
            return;
        scope = *chosen;
    }
    OccurrenceMover mover(m_db);
    const auto conflicts = mover.conflicts(meeting, startUtc, scope);
    if (!conflicts) {
        showError(tr("Move Meeting"), tr("“%1” was not moved.").arg(meeting.title), conflicts.error().message());
        return;
    }
    bool allow = false;
    if (!conflicts->isEmpty()) {
        QStringList messages;
        for (const coach::Conflict &c : *conflicts)
            messages << c.message;
        if (!m_askConflicts(meeting, messages))
            return;
        allow = true;
    }
    const auto moved = mover.move(meeting, startUtc, scope, allow);
    if (!moved) {
        showError(tr("Move Meeting"), tr("“%1” was not moved.").arg(meeting.title), moved.error().message());
        return;
    }
    coach::Occurrence after = meeting;
    // A single meeting or a shifted series has a new identity; one moved meeting keeps its own.
    if (!meeting.recurring || scope == Scope::Series)
        after.occurrence = startUtc;
    m_selected = after;
    reloadWeek();
    reloadAgenda();
    m_page->weekView()->selectOccurrence(after.sessionId, after.occurrence);
    emit statusMessage(tr("Moved “%1” to %2").arg(meeting.title, ScheduleFormat::dayAndTimeRange(
                                                                     startUtc, startUtc.addSecs(meeting.start.secsTo(meeting.end)))));
}

void ScheduleController::showMenu(const coach::Occurrence *meeting, const QPoint &globalPos)
{
    QMenu menu(m_page);
    if (!meeting) {
        menu.addAction(m_page->newSessionAction());
        menu.exec(globalPos);
        return;
    }
    const coach::Occurrence o = *meeting;
    menu.addAction(tr("Open &Notes…"), this, [this, o] { openNotes(o); });
    menu.addAction(o.recurring ? tr("&Edit Series…") : tr("&Edit…"), this, [this, o] { editSeries(o.sessionId); });
    menu.addSeparator();
    if (o.status != coach::SessionStatus::Held)
        menu.addAction(tr("Mark &Held"), this, [this, o] { setStatus(o, coach::SessionStatus::Held); });
    if (o.status != coach::SessionStatus::Cancelled)
        menu.addAction(o.recurring ? tr("&Cancel This Meeting") : tr("&Cancel Meeting"), this,
                       [this, o] { setStatus(o, coach::SessionStatus::Cancelled); });
    if (o.status != coach::SessionStatus::Planned)
        menu.addAction(tr("Mark &Planned"), this, [this, o] { setStatus(o, coach::SessionStatus::Planned); });
    menu.addSeparator();
    menu.addAction(m_page->exportCalendarAction());
    menu.addAction(o.recurring ? tr("&Delete Series…") : tr("&Delete…"), this, [this, o] { deleteSeries(o); });
    menu.exec(globalPos);
}

void ScheduleController::setStatus(const coach::Occurrence &meeting, coach::SessionStatus status)
{
    const auto saved = coach::ScheduleService(m_db).setOccurrenceStatus(meeting.sessionId, meeting.occurrence, status);
    if (!saved)
        emit statusMessage(saved.error().message());
    reloadWeek();
    reloadAgenda();
}

void ScheduleController::deleteSeries(const coach::Occurrence &meeting)
{
    const auto answer = QMessageBox::question(
        m_page, tr("Delete Session"),
        meeting.recurring ? tr("Delete every meeting of “%1”, with their notes?").arg(meeting.title)
                          : tr("Delete “%1” and its notes?").arg(meeting.title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const auto removed = coach::ScheduleService(m_db).removeSession(meeting.sessionId); !removed)
        showError(tr("Delete Session"), tr("“%1” could not be deleted.").arg(meeting.title), removed.error().message());
    m_selected.reset();
    reload();
}

void ScheduleController::openNotes(coach::Occurrence meeting)
{
    MeetingNotesStore store(m_db);
    const auto before = store.load(meeting);
    if (!before) {
        showError(tr("Meeting Notes"), tr("The notes of “%1” cannot be read.").arg(meeting.title),
                  before.error().message());
        return;
    }
    MeetingNotesDialog dialog(m_page);
    dialog.setNotes(*before, m_repNames);
    connect(&dialog, &MeetingNotesDialog::linkCallRequested, this, [this, &dialog] { pickCalls(&dialog); });
    connect(&dialog, &MeetingNotesDialog::openCallRequested, this, [this, &dialog](coach::CallId call) {
        dialog.reject();
        emit openCallRequested(call);
    });
    connect(&dialog, &MeetingNotesDialog::saveRequested, this, [&](const MeetingNotes &after) {
        if (const auto saved = store.save(*before, after); !saved) {
            dialog.setSaveError(saved.error().message());
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted) {
        reloadWeek();
        reloadAgenda();
    }
}

void ScheduleController::pickCalls(MeetingNotesDialog *dialog)
{
    CallTableModel calls(m_db);
    CallPickerDialog picker(&calls, dialog);
    connect(&picker, &CallPickerDialog::filterChanged, &calls, [&calls](const QString &text) {
        coach::CallQuery query = calls.query();
        query.text = text;
        calls.setQuery(query);
    });
    if (picker.exec() != QDialog::Accepted)
        return;
    const coach::CallRepository repository(m_db);
    for (const coach::CallId id : picker.selectedCalls()) {
        if (const auto call = repository.find(id); call && *call)
            dialog->addLinkedCall(**call);
    }
}

void ScheduleController::proposeBuddyPairs()
{
    const auto teams = coach::PeopleRepository(m_db).teams();
    if (!teams) {
        showError(tr("Buddy Pairs"), tr("The teams cannot be read."), teams.error().message());
        return;
    }
    BuddyPairsDialog dialog(m_page);
    dialog.setTeams(*teams);
    QList<coach::BuddyPair> proposed;
    connect(&dialog, &BuddyPairsDialog::proposalRequested, this,
            [&](coach::TeamId team, const QString &month, bool trio) {
                const auto proposal = coach::BuddyPlanner(m_db).propose(
                    team, month, trio ? coach::BuddyRotation::OddMode::Trio : coach::BuddyRotation::OddMode::Bye);
                if (!proposal) {
                    proposed.clear();
                    dialog.setError(proposal.error().message());
                    return;
                }
                proposed = proposal->pairs;
                QList<QStringList> pairs;
                for (const coach::BuddyPair &pair : proposal->pairs) {
                    QStringList names;
                    for (const coach::RepId rep : pair.members())
                        names << m_repNames.value(rep.value(), tr("Rep %1").arg(rep.value()));
                    pairs << names;
                }
                QStringList unpaired;
                for (const coach::RepId rep : proposal->unpaired)
                    unpaired << m_repNames.value(rep.value(), tr("Rep %1").arg(rep.value()));
                QString note;
                if (proposal->newCycle)
                    note = tr("Every pair has met: the rotation starts again.");
                else if (proposal->round >= 0)
                    note = tr("Round %1 of the rotation; nobody repeats a buddy before every pair has met.")
                               .arg(proposal->round + 1);
                dialog.setProposal(pairs, unpaired, note);
            });
    connect(&dialog, &BuddyPairsDialog::saveRequested, this, [&](coach::TeamId team, const QString &month) {
        if (const auto saved = coach::BuddyPlanner(m_db).save(team, month, proposed); !saved) {
            dialog.setError(saved.error().message());
            return;
        }
        dialog.setSaved(true);
        reloadDebriefs();
    });
    dialog.refresh();
    dialog.exec();
}

void ScheduleController::scheduleDebrief(int row)
{
    const coach::DebriefSuggestion *suggestion = m_debriefs->suggestionAt(row);
    if (!suggestion)
        return;
    coach::Session session;
    session.kind = coach::SessionKind::BuddyDebrief;
    session.participants = {suggestion->rep, suggestion->buddy};
    session.title = tr("Buddy debrief: %1 and %2")
                        .arg(m_repNames.value(suggestion->rep.value()), m_repNames.value(suggestion->buddy.value()));
    session.durationMin = suggestion->durationMin;
    session.timeZone = systemZone();
    session.start = suggestion->start;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (session.start < now)
        session.start = QDateTime::fromSecsSinceEpoch((now.toSecsSinceEpoch() / 1800 + 1) * 1800, Qt::UTC);
    session.agenda = tr("A debrief after a tough shift on %1.").arg(QLocale().toString(suggestion->toughDay));

    coach::ScheduleService service(m_db);
    const auto conflicts = service.conflictsFor(session);
    // One click when the slot is free; otherwise the editor shows why and lets the user choose.
    if (conflicts && conflicts->isEmpty()) {
        if (const auto saved = service.addSession(session); saved) {
            emit statusMessage(tr("Scheduled “%1” for %2").arg(saved->title, ScheduleFormat::dayAndTimeRange(
                                                                               saved->start, saved->start.addSecs(saved->durationMin * 60))));
            reload();
            if (auto meetings = coach::ScheduleService::expand(*saved, saved->start.addSecs(-1), saved->start.addDays(1));
                meetings && !meetings->isEmpty())
                selectMeeting(meetings->constFirst());
            return;
        }
    }
    editSession(session);
    reloadDebriefs();
}

void ScheduleController::exportCalendar()
{
    std::optional<coach::SessionId> series;
    QString suggested = tr("coachbench-schedule");
    if (const coach::Occurrence *selected = selectedMeeting()) {
        QMessageBox box(QMessageBox::Question, tr("Export Schedule"),
                        tr("Export the whole schedule, or only “%1”?").arg(selected->title), QMessageBox::Cancel,
                        m_page);
        QPushButton *all = box.addButton(tr("&Whole Schedule"), QMessageBox::AcceptRole);
        QPushButton *one = box.addButton(selected->recurring ? tr("This &Series") : tr("This &Meeting"),
                                         QMessageBox::AcceptRole);
        box.setDefaultButton(all);
        box.exec();
        if (box.clickedButton() == one) {
            series = selected->sessionId;
            suggested = selected->title;
        } else if (box.clickedButton() != all) {
            return;
        }
    }
    suggested.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"-"_s);
    const QString directory = QSettings().value(CalendarDirectoryKey, QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(m_page, tr("Export Schedule as iCalendar"),
                                                QDir(directory).filePath(suggested + u".ics"_s),
                                                tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".ics"_s;
    QSettings().setValue(CalendarDirectoryKey, QFileInfo(path).absolutePath());
    const auto written = coach::CalendarTransfer(m_db).exportToFile(path, series);
    if (!written) {
        showError(tr("Export Failed"),
                  tr("Coachbench could not export the schedule to “%1”.").arg(QFileInfo(path).fileName()),
                  written.error().message());
        return;
    }
    emit statusMessage(tr("Exported %n event(s) to %1", nullptr, *written).arg(QDir::toNativeSeparators(path)));
}

void ScheduleController::importCalendar()
{
    const QString directory = QSettings().value(CalendarDirectoryKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(m_page, tr("Import Calendar"), directory,
                                                      tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(CalendarDirectoryKey, QFileInfo(path).absolutePath());
    const QString name = QFileInfo(path).fileName();

    QMessageBox box(QMessageBox::Question, tr("Import Calendar"),
                    tr("How should Coachbench use the events in “%1”?").arg(name), QMessageBox::Cancel, m_page);
    box.setInformativeText(tr("As busy time, they only mark when you are not free, so new sessions avoid them; "
                              "importing the file again replaces them.\nAs sessions, they become one-on-ones, "
                              "debriefs or huddles you can edit and keep notes for."));
    QPushButton *busy = box.addButton(tr("As &Busy Time"), QMessageBox::AcceptRole);
    QPushButton *sessions = box.addButton(tr("As &Sessions"), QMessageBox::AcceptRole);
    box.setDefaultButton(busy);
    box.exec();
    if (box.clickedButton() != busy && box.clickedButton() != sessions)
        return;

    coach::CalendarTransfer::ImportOptions options;
    options.mode = box.clickedButton() == busy ? coach::CalendarTransfer::ImportMode::BusyTime
                                               : coach::CalendarTransfer::ImportMode::Sessions;
    options.floatingZone = systemZone();
    options.allowPast = true; // a calendar's history is worth keeping with its notes
    coach::CalendarTransfer transfer(m_db);
    auto report = transfer.importFile(path, options);
    if (!report && options.mode == coach::CalendarTransfer::ImportMode::Sessions
        && report.error().code() == coach::ErrorCode::InvalidInput) {
        // Overlaps are the usual reason; the user may keep them and sort them out in the week view.
        QMessageBox again(QMessageBox::Warning, tr("Import Failed"),
                          tr("Coachbench could not import “%1”; nothing was changed.").arg(name), QMessageBox::Cancel,
                          m_page);
        again.setInformativeText(report.error().message());
        QPushButton *anyway = again.addButton(tr("Import &Anyway"), QMessageBox::AcceptRole);
        again.exec();
        if (again.clickedButton() != anyway)
            return;
        options.allowConflicts = true;
        report = transfer.importFile(path, options);
    }
    if (!report) {
        showError(tr("Import Failed"), tr("Coachbench could not import “%1”; nothing was changed.").arg(name),
                  report.error().message());
        return;
    }
    if (options.mode == coach::CalendarTransfer::ImportMode::BusyTime)
        emit statusMessage(tr("Imported %n busy time block(s) from %1", nullptr, report->busyBlocks).arg(name));
    else
        emit statusMessage(tr("Imported %1 from %2: %n session(s) added", nullptr, report->sessionsAdded)
                               .arg(tr("%n event(s)", nullptr, report->events), name)
                           + tr(", %n updated", nullptr, report->sessionsUpdated));
    reload();
}
