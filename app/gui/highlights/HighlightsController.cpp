// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightsController.h"

#include "HighlightEditorDialog.h"
#include "HighlightFormat.h"
#include "HighlightHistoryDialog.h"
#include "HighlightsPage.h"
#include "TeamTimeZoneDialog.h"
#include "common/DisplayFormat.h"
#include "services/HighlightCandidates.h"
#include "storage/HighlightRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/TagRepository.h"

#include <QEvent>
#include <QSettings>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ChosenByKey = u"highlights/chosenBy"_s;

QString summary(const QString &repName, const QDateTime &startedAt, qint64 durationMs)
{
    QStringList parts{ repName.isEmpty() ? HighlightsController::tr("Unknown rep") : repName };
    if (startedAt.isValid())
        parts << DisplayFormat::longDateTime(startedAt);
    if (durationMs > 0)
        parts << DisplayFormat::duration(durationMs);
    return parts.join(u"  ·  "_s);
}

} // namespace

HighlightsController::HighlightsController(const coach::Database &db, HighlightsPage *page, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_page(page)
    , m_runEditor([](HighlightEditorDialog &dialog) { return dialog.exec() == QDialog::Accepted; })
    , m_runZone([](TeamTimeZoneDialog &dialog) { return dialog.exec() == QDialog::Accepted; })
    // A page already moved off this week (by the user, or a test) keeps its week.
    , m_followCurrentWeek(page->week() == coach::IsoWeek::current(QTimeZone::systemTimeZone()))
{
    connect(m_page, &HighlightsPage::refreshRequested, this, &HighlightsController::reload);
    connect(m_page, &HighlightsPage::weekRequested, this, [this](coach::IsoWeek week) {
        m_followCurrentWeek = false;
        m_page->setFallbackWeek({});
        showWeek(week);
    });
    connect(m_page, &HighlightsPage::timeZoneRequested, this, &HighlightsController::changeTimeZone);
    connect(m_page, &HighlightsPage::repRequested, this, &HighlightsController::showRep);
    connect(m_page, &HighlightsPage::chooseRequested, this, &HighlightsController::choose);
    connect(m_page, &HighlightsPage::changeRequested, this, &HighlightsController::edit);
    connect(m_page, &HighlightsPage::historyRequested, this, &HighlightsController::showHistory);
    connect(m_page, &HighlightsPage::openRequested, this, &HighlightsController::openCallRequested);
    m_page->setLibraryOpen(true);
    m_page->installEventFilter(this);
    reload();
}

HighlightsController::~HighlightsController()
{
    // The dialog shows rows of this library; it must not outlive it.
    delete m_history;
    m_page->setLibraryOpen(false);
}

void HighlightsController::reload()
{
    m_stale = true;
    if (m_page->isVisible())
        reloadNow();
}

bool HighlightsController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale)
        reloadNow();
    return QObject::eventFilter(watched, event);
}

void HighlightsController::reloadNow()
{
    m_stale = false;
    coach::PeopleRepository people(m_db);
    const auto teams = people.teams();
    const auto reps = people.reps();
    if (!teams || !reps) {
        emit statusMessage(!teams ? teams.error().message() : reps.error().message());
        return;
    }
    m_teams = *teams;
    m_reps = *reps;
    m_page->setReps(m_reps);
    pickOpeningWeek();
    reloadWeek();
    reloadRep();
}

void HighlightsController::showWeek(coach::IsoWeek week)
{
    if (!week.isValid())
        return;
    if (m_stale)
        reloadNow();
    m_page->setWeek(week);
    reloadWeek();
}

void HighlightsController::pickOpeningWeek()
{
    if (!m_followCurrentWeek)
        return;
    const QTimeZone machine = QTimeZone::systemTimeZone();
    const coach::IsoWeek current = coach::IsoWeek::current(machine);
    const auto latest = coach::HighlightRepository(m_db).latestWeekWithCalls(current, machine);
    if (!latest) {
        emit statusMessage(latest.error().message());
        return;
    }
    const bool fallBack = latest->isValid() && *latest < current;
    m_page->setWeek(fallBack ? *latest : current);
    m_page->setFallbackWeek(fallBack ? *latest : coach::IsoWeek());
}

void HighlightsController::changeTimeZone(const coach::Team &team)
{
    TeamTimeZoneDialog dialog(m_page);
    dialog.setWindowTitle(tr("Time Zone of %1").arg(team.name));
    dialog.setTeam(team.name, team.timeZone);
    if (!m_runZone(dialog))
        return;
    const QString zone = dialog.zoneId();
    if (zone == team.timeZone)
        return;
    if (const auto set = coach::PeopleRepository(m_db).setTeamTimeZone(team.id, zone); !set) {
        emit statusMessage(set.error().message());
        return;
    }
    emit statusMessage(tr("%1's weeks are now read in %2.").arg(team.name, HighlightFormat::zoneName(zone)));
    reload();
}

void HighlightsController::showRep(coach::RepId)
{
    reloadRep();
}

void HighlightsController::reloadWeek()
{
    const coach::IsoWeek week = m_page->week();
    const coach::HighlightRepository highlights(m_db);
    const coach::HighlightCandidates candidates(m_db);
    m_slots.clear();
    for (const coach::Team &team : std::as_const(m_teams)) {
        TeamWeekSlot slot;
        slot.team = team;
        slot.week = week;
        const auto history = highlights.history(team.id, week);
        if (!history) {
            slot.error = history.error().message();
        } else {
            slot.historyCount = int(history->size());
            if (!history->isEmpty() && history->constFirst().isCurrent())
                slot.highlight = history->constFirst();
        }
        if (slot.error.isEmpty()) {
            const auto found = candidates.forWeek(team.id, week);
            if (found)
                slot.candidates = *found;
            else
                slot.error = found.error().message();
        }
        m_slots << slot;
    }
    m_page->setSlots(m_slots);
}

void HighlightsController::reloadRep()
{
    const coach::RepId rep = m_page->shownRep();
    if (!rep.isValid())
        return;
    QString name;
    for (const coach::Rep &r : std::as_const(m_reps)) {
        if (r.id == rep)
            name = r.name;
    }
    const auto highlights = coach::HighlightRepository(m_db).forRep(rep);
    if (!highlights) {
        emit statusMessage(highlights.error().message());
        return;
    }
    m_page->setRepHighlights(name, *highlights);
}

void HighlightsController::choose(const coach::Team &team, const coach::HighlightCandidate &candidate)
{
    coach::Highlight draft;
    draft.team = team.id;
    draft.teamName = team.name;
    draft.week = m_page->week();
    draft.call = candidate.call;
    draft.region = candidate.region;
    draft.patternTag = candidate.patternTag;
    // The annotation's comment is often the reason already; the manager edits it.
    draft.reason = candidate.regionComment;
    draft.chosenBy = defaultChooser();
    runEditor(draft, summary(candidate.repName, candidate.callStartedAt, candidate.callDurationMs),
              candidate.callDurationMs);
}

void HighlightsController::edit(const coach::Highlight &highlight)
{
    coach::Highlight draft = highlight;
    draft.chosenBy = defaultChooser();
    runEditor(draft, summary(highlight.repName, highlight.callStartedAt, highlight.callDurationMs),
              highlight.callDurationMs);
}

void HighlightsController::runEditor(const coach::Highlight &draft, const QString &callSummary, qint64 callDurationMs)
{
    HighlightEditorDialog dialog(m_page);
    dialog.setWindowTitle(tr("Highlight of %1 · %2").arg(draft.teamName, HighlightFormat::weekTitle(draft.week)));
    dialog.setCallSummary(callSummary, callDurationMs);
    const auto tags = coach::TagRepository(m_db).all();
    if (tags) {
        QList<coach::Tag> patterns;
        for (const coach::Tag &tag : *tags) {
            if (tag.kind == coach::TagKind::Pattern)
                patterns << tag;
        }
        dialog.setPatterns(patterns);
    }
    dialog.setHighlight(draft);
    if (!m_runEditor(dialog))
        return;
    coach::Highlight chosen = dialog.highlight();
    chosen.chosenAt = {}; // now
    const auto stored = coach::HighlightRepository(m_db).set(chosen);
    if (!stored) {
        emit statusMessage(stored.error().message());
        return;
    }
    if (!chosen.chosenBy.isEmpty())
        QSettings().setValue(ChosenByKey, chosen.chosenBy);
    emit statusMessage(tr("%1's highlight of week %2 is chosen.").arg(draft.teamName).arg(draft.week.week()));
    reloadWeek();
    reloadRep();
}

void HighlightsController::showHistory(const coach::Team &team, coach::IsoWeek week)
{
    const auto history = coach::HighlightRepository(m_db).history(team.id, week);
    if (!history) {
        emit statusMessage(history.error().message());
        return;
    }
    if (!m_history) {
        m_history = new HighlightHistoryDialog(m_page);
        connect(m_history, &HighlightHistoryDialog::openRequested, this, &HighlightsController::openCallRequested);
    }
    m_history->setHistory(tr("%1 · %2: every choice").arg(team.name, HighlightFormat::weekTitle(week)), *history);
    m_history->show();
    m_history->raise();
}

HighlightHistoryDialog *HighlightsController::historyDialog() const
{
    return m_history;
}

QString HighlightsController::defaultChooser()
{
    const QString remembered = QSettings().value(ChosenByKey).toString();
    if (!remembered.isEmpty())
        return remembered;
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}
