// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightFixture.h"
#include "highlights/HighlightCard.h"
#include "highlights/HighlightEditorDialog.h"
#include "highlights/HighlightHistoryDialog.h"
#include "highlights/HighlightTableModel.h"
#include "highlights/HighlightsController.h"
#include "highlights/HighlightsPage.h"
#include "highlights/TeamTimeZoneDialog.h"
#include "services/HighlightCandidates.h"
#include "storage/HighlightRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QCompleter>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * The Highlights section on the offscreen platform, driven as a user would:
 * a week with candidates, choosing one through the editor, the card that
 * follows, history, the week navigator, a rep's highlights over time, and the
 * slots left for clip export and standup packs.
 */
class TestHighlightsView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptySlotListsCandidatesBestFirst();
    void chooseOpensThePrefilledEditorAndStores();
    void editorRefusesIncompleteInput();
    void editKeepsHistory();
    void openInReviewAsksForTheRegionStart();
    void weekNavigator();
    void repHighlightsOverTime();
    void pluginSlotsAreHiddenUntilSupplied();
    void tableModelPassesTheTester();
    void noLibraryAndNoTeams();
    void opensOnTheLatestWeekWithCallsAndSaysSo();
    void opensOnThisWeekWhenItHasCalls();
    void timeZoneDialogRegroupsTheTeamsWeeks();
    void cardShowsCallsInTheTeamsZone();

private:
    [[nodiscard]] HighlightCard *billing() const { return m_page->card(m_fx.billing); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    HighlightFixture m_fx;
    std::unique_ptr<HighlightsPage> m_page;
    std::unique_ptr<HighlightsController> m_controller;
};

void TestHighlightsView::initTestCase()
{
    // The editor remembers who chose; keep that out of the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoachbenchTests"_s);
    QCoreApplication::setApplicationName(u"TestHighlightsView"_s);
}

void TestHighlightsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"library.coachdb"_s));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_db = std::move(*db);
    m_fx = {};
    const QString failure = m_fx.fill(*m_db);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_page = std::make_unique<HighlightsPage>();
    m_page->resize(1100, 800);
    m_page->setWeek(IsoWeek(2026, 48));
    m_controller = std::make_unique<HighlightsController>(*m_db, m_page.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestHighlightsView::cleanup()
{
    m_controller.reset();
    m_page.reset();
    m_db.reset();
    m_dir.reset();
}

void TestHighlightsView::emptySlotListsCandidatesBestFirst()
{
    QCOMPARE(m_page->cards().size(), 2);
    QCOMPARE(m_page->cards().at(0)->slot().team.name, u"Billing"_s);
    QCOMPARE(m_page->cards().at(1)->slot().team.name, u"Tech Support"_s);
    QVERIFY(m_page->weekLabel()->text().startsWith(u"Week 48, 2026"_s));

    HighlightCard *card = billing();
    QVERIFY(card);
    QVERIFY(!card->slot().highlight);
    QVERIFY(card->candidatesPanel()->isVisible());
    QVERIFY(!card->openButton()->isVisible());
    QCOMPARE(card->chooseButtons().size(), 3);
    QCOMPARE(card->slot().candidates.at(0).call, m_fx.strong);
    QCOMPARE(card->slot().candidates.at(1).call, m_fx.weak);
    QCOMPARE(card->slot().candidates.at(2).call, m_fx.suggested);
    // The best candidate's row names the rep, its region and pattern, in that order on screen.
    const QList<QLabel *> labels = card->candidatesPanel()->findChildren<QLabel *>();
    QStringList texts;
    for (QLabel *label : labels)
        texts << label->text();
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(u"Maya Okafor"_s), qPrintable(all));
    QVERIFY(all.contains(u"0:30–1:15"_s));
    QVERIFY(all.contains(u"Empathy bridge"_s));
    QVERIFY(all.indexOf(u"Maya Okafor"_s) < all.indexOf(u"Priya Nair"_s));
    // The score orders the list but is never shown: no number to compare reps by.
    QVERIFY(!all.contains(u"9.5"_s));
    QVERIFY(!card->historyButton()->isVisible());
}

void TestHighlightsView::chooseOpensThePrefilledEditorAndStores()
{
    QString summary;
    m_controller->setEditorRunner([&](HighlightEditorDialog &dialog) {
        // Prefilled from the best effective annotation.
        summary = dialog.findChild<QLabel *>(u"callSummary"_s)->text();
        [&] {
            QVERIFY(!dialog.wholeCallBox()->isChecked());
            QCOMPARE(dialog.fromEdit()->text(), u"0:30"_s);
            QCOMPARE(dialog.toEdit()->text(), u"1:15"_s);
            QCOMPARE(dialog.patternBox()->currentText(), u"Empathy bridge"_s);
            QCOMPARE(dialog.reasonEdit()->toPlainText(), u"Calms the customer, then fixes it"_s);
        }();
        dialog.fromEdit()->setText(u"0:28"_s);
        dialog.reasonEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(dialog.reasonEdit(), u". Listen for the pause before the fix."_s);
        dialog.chosenByEdit()->setText(u"Sam Lee"_s);
        return dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled();
    });
    QTest::mouseClick(billing()->chooseButtons().at(0), Qt::LeftButton);
    QVERIFY(summary.contains(u"Maya Okafor"_s));

    const auto stored = HighlightRepository(*m_db).current(m_fx.billing, IsoWeek(2026, 48));
    QVERIFY(stored && stored->has_value());
    const Highlight &h = **stored;
    QCOMPARE(h.call, m_fx.strong);
    QCOMPARE(h.region, (std::optional<TimeRange>(TimeRange{ 28'000, 75'000 })));
    QCOMPARE(h.patternKey, u"pattern.empathy_bridge"_s);
    QCOMPARE(h.reason, u"Calms the customer, then fixes it. Listen for the pause before the fix."_s);
    QCOMPARE(h.chosenBy, u"Sam Lee"_s);

    // The card now shows the highlight; the candidates fold away under a toggle.
    HighlightCard *card = billing();
    QVERIFY(card->slot().highlight);
    QVERIFY(card->openButton()->isVisible());
    QVERIFY(!card->candidatesPanel()->isVisible());
    QVERIFY(card->candidatesToggle()->isVisible());
    // The chosen call is not among its own alternatives.
    QCOMPARE(card->candidatesToggle()->text(), u"Other candidates (2)"_s);
    QCOMPARE(card->chooseButtons().size(), 2);
    QTest::mouseClick(card->candidatesToggle(), Qt::LeftButton);
    QVERIFY(card->candidatesPanel()->isVisible());
    const QString line = card->findChild<QLabel *>(u"highlightCall"_s)->text();
    QVERIFY2(line.contains(u"Maya Okafor"_s) && line.contains(u"0:28–1:15"_s) && line.contains(u"Empathy bridge"_s),
             qPrintable(line));
    QVERIFY(card->findChild<QLabel *>(u"highlightChosen"_s)->text().contains(u"Sam Lee"_s));
    QVERIFY(card->findChild<QLabel *>(u"highlightReason"_s)->text().contains(u"pause before the fix"_s));
    // The other team's slot is untouched.
    QVERIFY(!m_page->card(m_fx.tech)->slot().highlight);
}

void TestHighlightsView::editorRefusesIncompleteInput()
{
    HighlightEditorDialog dialog;
    dialog.setCallSummary(u"call"_s, 90'000);
    Highlight h;
    h.region = TimeRange{ 5'000, 15'000 };
    dialog.setHighlight(h);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no reason yet
    QVERIFY(dialog.problem().contains(u"why"_s, Qt::CaseInsensitive));
    dialog.reasonEdit()->setPlainText(u"Good"_s);
    QVERIFY(ok->isEnabled());
    dialog.toEdit()->setText(u"0:04"_s);
    QVERIFY(!ok->isEnabled());
    dialog.toEdit()->setText(u"2:00"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().contains(u"1:30"_s));
    dialog.toEdit()->setText(u"abc"_s);
    QVERIFY(!ok->isEnabled());
    dialog.wholeCallBox()->setChecked(true);
    QVERIFY(ok->isEnabled());
    QVERIFY(!dialog.highlight().region.has_value());
}

void TestHighlightsView::editKeepsHistory()
{
    int runs = 0;
    m_controller->setEditorRunner([&](HighlightEditorDialog &dialog) {
        ++runs;
        dialog.reasonEdit()->setPlainText(u"version %1"_s.arg(runs));
        return true;
    });
    QTest::mouseClick(billing()->chooseButtons().at(1), Qt::LeftButton);
    QVERIFY(billing()->slot().highlight);
    QCOMPARE(billing()->slot().highlight->call, m_fx.weak);
    QTest::mouseClick(billing()->changeButton(), Qt::LeftButton);
    QCOMPARE(runs, 2);
    QCOMPARE(billing()->slot().highlight->reason, u"version 2"_s);
    QCOMPARE(billing()->slot().historyCount, 2);
    QVERIFY(billing()->historyButton()->isVisible());

    QTest::mouseClick(billing()->historyButton(), Qt::LeftButton);
    HighlightHistoryDialog *history = m_controller->historyDialog();
    QVERIFY(history);
    QVERIFY(history->isVisible());
    QCOMPARE(history->model()->rowCount(), 2);
    QCOMPARE(history->model()->index(0, HighlightTableModel::Reason).data().toString(), u"version 2"_s);
    QCOMPARE(history->model()->index(0, HighlightTableModel::Status).data().toString(), u"Current"_s);
    QVERIFY(history->model()->index(1, HighlightTableModel::Status).data().toString().startsWith(u"Replaced"_s));
    QSignalSpy open(m_controller.get(), &HighlightsController::openCallRequested);
    history->findChild<QPushButton *>(u"historyOpenButton"_s)->click();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).value<CallId>(), m_fx.weak);
    QCOMPARE(open.at(0).at(1).toLongLong(), 10'000);
}

void TestHighlightsView::openInReviewAsksForTheRegionStart()
{
    Highlight h;
    h.team = m_fx.billing;
    h.week = IsoWeek(2026, 48);
    h.call = m_fx.strong;
    h.region = TimeRange{ 30'000, 75'000 };
    h.reason = u"bridge"_s;
    QVERIFY(HighlightRepository(*m_db).set(h));
    m_controller->reload();
    QSignalSpy open(m_controller.get(), &HighlightsController::openCallRequested);
    QTest::mouseClick(billing()->openButton(), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).value<CallId>(), m_fx.strong);
    QCOMPARE(open.at(0).at(1).toLongLong(), 30'000);
}

void TestHighlightsView::weekNavigator()
{
    m_page->nextWeekAction()->trigger();
    QCOMPARE(m_page->week(), IsoWeek(2026, 49));
    QVERIFY(m_page->weekLabel()->text().startsWith(u"Week 49, 2026"_s));
    QCOMPARE(billing()->slot().candidates.size(), 1);
    QCOMPARE(billing()->slot().candidates.at(0).call, m_fx.nextWeek);
    m_page->previousWeekAction()->trigger();
    m_page->previousWeekAction()->trigger();
    QCOMPARE(m_page->week(), IsoWeek(2026, 47));
    m_page->thisWeekAction()->trigger();
    QCOMPARE(m_page->week(), IsoWeek::current(QTimeZone::systemTimeZone()));
    // Across New Year: 2026 has 53 weeks.
    m_controller->showWeek(IsoWeek(2026, 53));
    m_page->nextWeekAction()->trigger();
    QCOMPARE(m_page->week(), IsoWeek(2027, 1));
}

void TestHighlightsView::repHighlightsOverTime()
{
    HighlightRepository repo(*m_db);
    Highlight h;
    h.team = m_fx.billing;
    h.reason = u"w48"_s;
    h.week = IsoWeek(2026, 48);
    h.call = m_fx.strong;
    QVERIFY(repo.set(h));
    h.week = IsoWeek(2026, 49);
    h.call = m_fx.nextWeek;
    h.reason = u"w49"_s;
    QVERIFY(repo.set(h));
    m_controller->reload();

    QComboBox *box = m_page->repBox();
    const int maya = box->findData(m_fx.maya.value());
    QVERIFY(maya > 0);
    QVERIFY(box->itemText(maya).contains(u"Maya Okafor"_s));
    box->setCurrentIndex(maya);
    emit box->activated(maya);
    QVERIFY(m_page->repView()->isVisible());
    QCOMPARE(m_page->repModel()->rowCount(), 2);
    QCOMPARE(m_page->repModel()->index(0, HighlightTableModel::Week).data().toString(), u"2026-W49"_s);
    QCOMPARE(m_page->repModel()->index(1, HighlightTableModel::Reason).data().toString(), u"w48"_s);
    QSignalSpy open(m_controller.get(), &HighlightsController::openCallRequested);
    emit m_page->repView()->doubleClicked(m_page->repModel()->index(1, HighlightTableModel::Reason));
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).value<CallId>(), m_fx.strong);

    box->setCurrentIndex(0);
    emit box->activated(0);
    QVERIFY(!m_page->repView()->isVisible());
    QVERIFY(billing()->isVisible());
}

void TestHighlightsView::pluginSlotsAreHiddenUntilSupplied()
{
    Highlight h;
    h.team = m_fx.billing;
    h.week = IsoWeek(2026, 48);
    h.call = m_fx.strong;
    h.reason = u"bridge"_s;
    QVERIFY(HighlightRepository(*m_db).set(h));
    m_controller->reload();
    QVERIFY(!billing()->exportClipButton()->isVisible());
    QVERIFY(!m_page->standupPackButton()->isVisible());

    QList<CallId> clips;
    QList<IsoWeek> packs;
    m_page->setClipExportHandler([&](const Highlight &highlight) { clips << highlight.call; });
    m_page->setStandupPackHandler([&](IsoWeek week) { packs << week; });
    QVERIFY(billing()->exportClipButton()->isVisible());
    // An empty slot has nothing to export.
    QVERIFY(!m_page->card(m_fx.tech)->exportClipButton()->isVisible());
    QVERIFY(m_page->standupPackButton()->isVisible());
    QTest::mouseClick(billing()->exportClipButton(), Qt::LeftButton);
    QTest::mouseClick(m_page->standupPackButton(), Qt::LeftButton);
    QCOMPARE(clips, QList<CallId>{ m_fx.strong });
    QCOMPARE(packs, QList<IsoWeek>{ IsoWeek(2026, 48) });
    // Cards rebuilt on reload keep the slot.
    m_controller->reload();
    QVERIFY(billing()->exportClipButton()->isVisible());
}

void TestHighlightsView::tableModelPassesTheTester()
{
    HighlightTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HighlightRepository repo(*m_db);
    Highlight h;
    h.team = m_fx.billing;
    h.week = IsoWeek(2026, 48);
    h.call = m_fx.strong;
    h.reason = u"one"_s;
    QVERIFY(repo.set(h));
    h.reason = u"two"_s;
    h.region = TimeRange{ 1'000, 2'000 };
    QVERIFY(repo.set(h));
    model.setHighlights(*repo.history(m_fx.billing, IsoWeek(2026, 48)));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(HighlightTableModel::ColumnCount));
    QCOMPARE(model.index(0, HighlightTableModel::Region).data().toString(), u"0:01–0:02"_s);
    QCOMPARE(model.index(1, HighlightTableModel::Region).data().toString(), u"Whole call"_s);
    QCOMPARE(model.index(0, HighlightTableModel::Team).data().toString(), u"Billing"_s);
    QVERIFY(model.index(1, HighlightTableModel::Reason).data(Qt::ForegroundRole).isValid());
    model.setHighlights({});
    QCOMPARE(model.rowCount(), 0);
}

void TestHighlightsView::noLibraryAndNoTeams()
{
    m_controller.reset();
    QVERIFY(m_page->cards().isEmpty());
    QVERIFY(!m_page->repBox()->isEnabled());
    auto *empty = m_page->findChild<QWidget *>(u"highlightsEmpty"_s);
    QVERIFY(empty && empty->isVisible());

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"empty.coachdb"_s));
    QVERIFY(db);
    HighlightsController controller(**db, m_page.get());
    QVERIFY(m_page->cards().isEmpty());
    QVERIFY(empty->isVisible());
}

namespace {

// A call of `rep` at `startedAt` with one effective off-script annotation; an empty string or what failed.
QString addEffectiveCall(const Database &db, RepId rep, const QDateTime &startedAt, TagId effective, CallId *id)
{
    static int n = 0;
    Call c;
    c.recordingPath = u"/recordings/zone-%1.opus"_s.arg(++n);
    c.fingerprint = u"zone-fp-%1"_s.arg(n);
    c.audio.durationMs = 120'000;
    c.audio.channels = 2;
    c.audio.sampleRate = 16000;
    c.audio.codec = u"opus"_s;
    c.startedAt = startedAt.toUTC();
    c.repId = rep;
    const auto call = CallRepository(db).insert(c);
    if (!call)
        return call.error().message();
    Annotation a;
    a.call = *call;
    a.startMs = 10'000;
    a.endMs = 40'000;
    a.tag = effective;
    if (const auto added = AnnotationRepository(db).insert(a); !added)
        return added.error().message();
    *id = *call;
    return {};
}

QList<CallId> candidateCalls(const HighlightCard *card)
{
    QList<CallId> ids;
    for (const HighlightCandidate &candidate : card->slot().candidates)
        ids << candidate.call;
    return ids;
}

} // namespace

void TestHighlightsView::opensOnTheLatestWeekWithCallsAndSaysSo()
{
    m_controller.reset();
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"older.coachdb"_s));
    QVERIFY(db);
    PeopleRepository people(**db);
    const TeamId team = *people.ensureTeam(u"Billing"_s);
    const RepId rep = *people.ensureRep(u"Maya Okafor"_s, team);
    TagId effective;
    const auto tags = TagRepository(**db).all();
    QVERIFY(tags);
    for (const Tag &tag : *tags) {
        if (tag.key == HighlightCandidates::effectiveTagKey())
            effective = tag.id;
    }
    // Three weeks ago and five weeks ago, mid-week at noon so no zone moves them.
    const QTimeZone machine = QTimeZone::systemTimeZone();
    const IsoWeek current = IsoWeek::current(machine);
    const IsoWeek threeAgo = current.addWeeks(-3);
    CallId recent, older;
    QVERIFY(addEffectiveCall(**db, rep, QDateTime(threeAgo.monday().addDays(2), QTime(12, 0), machine), effective,
                             &recent).isEmpty());
    QVERIFY(addEffectiveCall(**db, rep, QDateTime(current.addWeeks(-5).monday().addDays(2), QTime(12, 0), machine),
                             effective, &older).isEmpty());

    m_page->setWeek(current); // as the page starts
    HighlightsController controller(**db, m_page.get());
    QCOMPARE(m_page->week(), threeAgo);
    QVERIFY(m_page->fallbackNotice()->isVisible());
    QCOMPARE(m_page->fallbackLabel()->text(),
             u"No calls this week yet — showing week %1, the latest with calls"_s.arg(threeAgo.week()));
    QCOMPARE(candidateCalls(m_page->card(team)), QList<CallId>{ recent });
    // A reload (the page shown again) keeps the fallback while the user has not picked a week.
    controller.reload();
    QCOMPARE(m_page->week(), threeAgo);

    m_page->thisWeekAction()->trigger();
    QCOMPARE(m_page->week(), current);
    QVERIFY(!m_page->fallbackNotice()->isVisible());
    QVERIFY(m_page->card(team)->slot().candidates.isEmpty());
    // Picked by the user: a reload leaves it there.
    controller.reload();
    QCOMPARE(m_page->week(), current);
    QVERIFY(!m_page->fallbackNotice()->isVisible());
}

void TestHighlightsView::opensOnThisWeekWhenItHasCalls()
{
    m_controller.reset();
    const IsoWeek current = IsoWeek::current(QTimeZone::systemTimeZone());
    CallId now;
    QVERIFY(addEffectiveCall(*m_db, m_fx.maya, QDateTime::currentDateTimeUtc(),
                             m_fx.tags.value(HighlightCandidates::effectiveTagKey()), &now).isEmpty());
    m_page->setWeek(current);
    m_controller = std::make_unique<HighlightsController>(*m_db, m_page.get());
    QCOMPARE(m_page->week(), current);
    QVERIFY(!m_page->fallbackNotice()->isVisible());
    QVERIFY(candidateCalls(billing()).contains(now));
}

void TestHighlightsView::timeZoneDialogRegroupsTheTeamsWeeks()
{
    // Sunday 29 Nov 2026, 23:30 in Los Angeles is Monday 30 Nov, 20:30 in Auckland: W48 there, W49 here.
    CallId lateSunday;
    QVERIFY(addEffectiveCall(*m_db, m_fx.daniel,
                             QDateTime(QDate(2026, 11, 29), QTime(23, 30), QTimeZone("America/Los_Angeles")),
                             m_fx.tags.value(HighlightCandidates::effectiveTagKey()), &lateSunday).isEmpty());
    QVERIFY(PeopleRepository(*m_db).setTeamTimeZone(m_fx.tech, u"America/Los_Angeles"_s));
    m_controller->reload();
    HighlightCard *tech = m_page->card(m_fx.tech);
    QVERIFY(tech);
    QCOMPARE(m_page->week(), IsoWeek(2026, 48));
    QVERIFY(candidateCalls(tech).contains(lateSunday));
    // The zone is named on the slot when it is not the machine's.
    if (QTimeZone::systemTimeZoneId() != "America/Los_Angeles") {
        QVERIFY(tech->timeZoneLabel()->isVisible());
        QVERIFY2(tech->timeZoneLabel()->text().startsWith(u"America/Los_Angeles"_s),
                 qPrintable(tech->timeZoneLabel()->text()));
    }
    QVERIFY(!billing()->timeZoneLabel()->isVisible()); // the machine's zone: nothing to say

    QString offered;
    m_controller->setZoneRunner([&](TeamTimeZoneDialog &dialog) {
        offered = dialog.zoneId();
        // Searchable: part of the name finds the zone.
        dialog.zoneBox()->completer()->setCompletionPrefix(u"auckl"_s);
        if (dialog.zoneBox()->completer()->currentCompletion() != u"Pacific/Auckland"_s)
            return false;
        dialog.zoneBox()->setEditText(u"Pacific/Auckland"_s);
        return dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled();
    });
    QVERIFY(tech->timeZoneButton()->isVisible());
    QTest::mouseClick(tech->timeZoneButton(), Qt::LeftButton);
    QCOMPARE(offered, u"America/Los_Angeles"_s);
    const auto teams = PeopleRepository(*m_db).teams();
    QVERIFY(teams);
    QCOMPARE(teams->at(1).timeZone, u"Pacific/Auckland"_s); // stored at once
    tech = m_page->card(m_fx.tech);
    QCOMPARE(tech->slot().team.timeZone, u"Pacific/Auckland"_s);
    QVERIFY(!candidateCalls(tech).contains(lateSunday));
    QCOMPARE(candidateCalls(tech), QList<CallId>{ m_fx.otherTeam });
    m_page->nextWeekAction()->trigger();
    QVERIFY(candidateCalls(m_page->card(m_fx.tech)).contains(lateSunday));

    // A name the list lacks cannot be confirmed.
    TeamTimeZoneDialog dialog;
    dialog.setTeam(u"Billing"_s, QString());
    QCOMPARE(dialog.zoneId(), QString());
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.zoneBox()->lineEdit()->selectAll();
    QTest::keyClicks(dialog.zoneBox()->lineEdit(), u"Pacific/Atlantis"_s);
    QCOMPARE(dialog.zoneBox()->currentText(), u"Pacific/Atlantis"_s);
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog.selectZone(u"Europe/Berlin"_s));
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.zoneId(), u"Europe/Berlin"_s);
}

// A team's weeks are read in its zone; so are its calls' times on the card,
// marked with the zone so a manager elsewhere is not misled.
void TestHighlightsView::cardShowsCallsInTheTeamsZone()
{
    TeamWeekSlot slot;
    slot.team.id = TeamId(7);
    slot.team.name = u"Auckland"_s;
    slot.team.timeZone = u"Pacific/Auckland"_s;
    slot.week = IsoWeek(2026, 48);
    HighlightCandidate candidate;
    candidate.call = CallId(70);
    candidate.repName = u"Aroha Ngata"_s;
    // Sunday 20:00 UTC is Monday 09:00 in Auckland (NZDT, UTC+13).
    candidate.callStartedAt = QDateTime(QDate(2026, 11, 22), QTime(20, 0), Qt::UTC);
    candidate.region = TimeRange{ 5'000, 35'000 };
    slot.candidates = { candidate };

    HighlightCard card;
    card.setSlot(slot);
    QStringList texts;
    for (const QLabel *label : card.candidatesPanel()->findChildren<QLabel *>())
        texts << label->text();
    const QString joined = texts.join(u" | "_s);
    const QDateTime auckland = candidate.callStartedAt.toTimeZone(QTimeZone("Pacific/Auckland"));
    QCOMPARE(auckland.time(), QTime(9, 0));
    QVERIFY2(joined.contains(QLocale().toString(auckland.date(), QLocale::ShortFormat)), qPrintable(joined));
    QVERIFY2(joined.contains(u"NZDT"_s) || joined.contains(u"GMT+13"_s), qPrintable(joined));

    // A team in the machine's zone: no zone mark.
    slot.team.timeZone.clear();
    card.setSlot(slot);
    texts.clear();
    for (const QLabel *label : card.candidatesPanel()->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(!texts.join(u" "_s).contains(u"NZDT"_s), qPrintable(texts.join(u" | "_s)));
}

QTEST_MAIN(TestHighlightsView)
#include "TestHighlightsView.moc"
