// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightFixture.h"
#include "storage/HighlightRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * HighlightRepository on a real library file: set() supersedes and keeps
 * history, one current row per team and week, the joined display fields, a
 * rep's highlights over time, the filters of list(), and refusals.
 */
class TestHighlightRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setThenCurrentRoundTrips();
    void setAgainSupersedesAndKeepsHistory();
    void teamsAndWeeksAreIndependent();
    void clearKeepsHistory();
    void forRepFollowsTheCallsRep();
    void listFilters();
    void refuses_data();
    void refuses();
    void unknownCallIsNotFound();
    void deletingTheCallDeletesItsHighlights();
    void callsWithTagReadsTheWeekInstants();

private:
    [[nodiscard]] Highlight make(TeamId team, IsoWeek week, CallId call, const QString &reason) const;

    HighlightFixture m_fx;
};

void TestHighlightRepository::init()
{
    m_fx = {};
    const QString failure = m_fx.open();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestHighlightRepository::cleanup()
{
    m_fx = {};
}

Highlight TestHighlightRepository::make(TeamId team, IsoWeek week, CallId call, const QString &reason) const
{
    Highlight h;
    h.team = team;
    h.week = week;
    h.call = call;
    h.reason = reason;
    h.chosenBy = u"Sam Lee"_s;
    return h;
}

void TestHighlightRepository::setThenCurrentRoundTrips()
{
    HighlightRepository repo(*m_fx.db);
    Highlight h = make(m_fx.billing, IsoWeek(2026, 48), m_fx.strong, u"Empathy bridge, then the fix"_s);
    h.region = TimeRange{ 30'000, 75'000 };
    h.patternTag = m_fx.tags.value(u"pattern.empathy_bridge"_s);
    h.chosenAt = QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC);
    const auto id = repo.set(h);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message()));
    QVERIFY(id->isValid());

    const auto current = repo.current(m_fx.billing, IsoWeek(2026, 48));
    QVERIFY(current);
    QVERIFY(current->has_value());
    const Highlight &got = **current;
    QCOMPARE(got.id, *id);
    QCOMPARE(got.team, m_fx.billing);
    QCOMPARE(got.week, IsoWeek(2026, 48));
    QCOMPARE(got.call, m_fx.strong);
    QVERIFY(got.region.has_value());
    QCOMPARE(got.region->startMs, 30'000);
    QCOMPARE(got.region->endMs, 75'000);
    QCOMPARE(got.reason, u"Empathy bridge, then the fix"_s);
    QCOMPARE(got.patternTag, m_fx.tags.value(u"pattern.empathy_bridge"_s));
    QCOMPARE(got.patternKey, u"pattern.empathy_bridge"_s);
    QCOMPARE(got.patternLabel, u"Empathy bridge"_s);
    QCOMPARE(got.chosenBy, u"Sam Lee"_s);
    QCOMPARE(got.chosenAt, h.chosenAt);
    QVERIFY(got.isCurrent());
    QCOMPARE(got.teamName, u"Billing"_s);
    QCOMPARE(got.rep, m_fx.maya);
    QCOMPARE(got.repName, u"Maya Okafor"_s);
    QCOMPARE(got.callStartedAt, QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
    QCOMPARE(got.callDurationMs, 180'000);

    // No region means the whole call; no chosenAt means now.
    Highlight whole = make(m_fx.tech, IsoWeek(2026, 48), m_fx.otherTeam, u"Calm"_s);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    QVERIFY(repo.set(whole));
    const auto tech = repo.current(m_fx.tech, IsoWeek(2026, 48));
    QVERIFY(tech && tech->has_value());
    QVERIFY(!(*tech)->region.has_value());
    QVERIFY(!(*tech)->patternTag.isValid());
    QVERIFY((*tech)->patternLabel.isEmpty());
    QVERIFY((*tech)->chosenAt.toSecsSinceEpoch() >= before);
    QVERIFY((*tech)->chosenAt.toSecsSinceEpoch() <= QDateTime::currentSecsSinceEpoch());

    const auto none = repo.current(m_fx.billing, IsoWeek(2026, 47));
    QVERIFY(none);
    QVERIFY(!none->has_value());
}

void TestHighlightRepository::setAgainSupersedesAndKeepsHistory()
{
    HighlightRepository repo(*m_fx.db);
    const IsoWeek week(2026, 48);
    Highlight first = make(m_fx.billing, week, m_fx.weak, u"first pick"_s);
    first.chosenAt = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
    Highlight second = make(m_fx.billing, week, m_fx.strong, u"better one"_s);
    second.chosenBy = u"Alex Kim"_s;
    second.chosenAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
    Highlight third = make(m_fx.billing, week, m_fx.suggested, u"changed my mind"_s);
    third.chosenAt = QDateTime(QDate(2026, 11, 28), QTime(8, 0), Qt::UTC);
    const auto firstId = repo.set(first);
    const auto secondId = repo.set(second);
    const auto thirdId = repo.set(third);
    QVERIFY(firstId && secondId && thirdId);
    QVERIFY(*firstId != *secondId && *secondId != *thirdId);

    const auto current = repo.current(m_fx.billing, week);
    QVERIFY(current && current->has_value());
    QCOMPARE((*current)->id, *thirdId);
    QCOMPARE((*current)->call, m_fx.suggested);

    const auto history = repo.history(m_fx.billing, week);
    QVERIFY(history);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(0).id, *thirdId);
    QVERIFY(history->at(0).isCurrent());
    QCOMPARE(history->at(1).id, *secondId);
    QCOMPARE(history->at(1).chosenBy, u"Alex Kim"_s);
    // A replaced choice is stamped with the moment its successor was chosen.
    QCOMPARE(history->at(1).supersededAt, third.chosenAt);
    QCOMPARE(history->at(2).id, *firstId);
    QCOMPARE(history->at(2).supersededAt, second.chosenAt);
    QCOMPARE(history->at(2).reason, u"first pick"_s);

    // Only one current row: the week's list has one highlight.
    const auto ofWeek = repo.currentOfWeek(week);
    QVERIFY(ofWeek);
    QCOMPARE(ofWeek->size(), 1);

    // An old row is still found by id, marked as replaced.
    const auto old = repo.find(*firstId);
    QVERIFY(old && old->has_value());
    QVERIFY(!(*old)->isCurrent());
}

void TestHighlightRepository::teamsAndWeeksAreIndependent()
{
    HighlightRepository repo(*m_fx.db);
    QVERIFY(repo.set(make(m_fx.billing, IsoWeek(2026, 48), m_fx.strong, u"b48"_s)));
    QVERIFY(repo.set(make(m_fx.tech, IsoWeek(2026, 48), m_fx.otherTeam, u"t48"_s)));
    QVERIFY(repo.set(make(m_fx.billing, IsoWeek(2026, 49), m_fx.nextWeek, u"b49"_s)));
    QVERIFY(repo.set(make(m_fx.billing, IsoWeek(2020, 53), m_fx.weak, u"b2020"_s)));
    const auto week48 = repo.currentOfWeek(IsoWeek(2026, 48));
    QVERIFY(week48);
    QCOMPARE(week48->size(), 2);
    // Team name order within a week.
    QCOMPARE(week48->at(0).teamName, u"Billing"_s);
    QCOMPARE(week48->at(1).teamName, u"Tech Support"_s);
    const auto b53 = repo.current(m_fx.billing, IsoWeek(2020, 53));
    QVERIFY(b53 && b53->has_value());
    QCOMPARE((*b53)->week.toString(), u"2020-W53"_s);
    QCOMPARE((*b53)->reason, u"b2020"_s);
    const auto history = repo.history(m_fx.billing, IsoWeek(2026, 48));
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
}

void TestHighlightRepository::clearKeepsHistory()
{
    HighlightRepository repo(*m_fx.db);
    const IsoWeek week(2026, 48);
    QVERIFY(repo.set(make(m_fx.billing, week, m_fx.strong, u"picked"_s)));
    QVERIFY(repo.clear(m_fx.billing, week));
    const auto current = repo.current(m_fx.billing, week);
    QVERIFY(current);
    QVERIFY(!current->has_value());
    const auto history = repo.history(m_fx.billing, week);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QVERIFY(!history->at(0).isCurrent());
    // Clearing an empty week is not an error, and a new choice can follow.
    QVERIFY(repo.clear(m_fx.billing, week));
    QVERIFY(repo.set(make(m_fx.billing, week, m_fx.weak, u"again"_s)));
    QCOMPARE(repo.history(m_fx.billing, week)->size(), 2);
}

void TestHighlightRepository::forRepFollowsTheCallsRep()
{
    HighlightRepository repo(*m_fx.db);
    QVERIFY(repo.set(make(m_fx.billing, IsoWeek(2026, 48), m_fx.weak, u"replaced"_s)));
    QVERIFY(repo.set(make(m_fx.billing, IsoWeek(2026, 48), m_fx.strong, u"w48"_s)));
    QVERIFY(repo.set(make(m_fx.billing, IsoWeek(2026, 49), m_fx.nextWeek, u"w49"_s)));
    QVERIFY(repo.set(make(m_fx.billing, IsoWeek(2026, 47), m_fx.sundayNoon, u"priya"_s)));
    const auto maya = repo.forRep(m_fx.maya);
    QVERIFY(maya);
    // Current highlights only, newest week first; the replaced pick is not among them.
    QCOMPARE(maya->size(), 2);
    QCOMPARE(maya->at(0).reason, u"w49"_s);
    QCOMPARE(maya->at(1).reason, u"w48"_s);
    const auto priya = repo.forRep(m_fx.priya);
    QVERIFY(priya);
    QCOMPARE(priya->size(), 1);
    QCOMPARE(priya->at(0).repName, u"Priya Nair"_s);
    QCOMPARE(repo.forRep(m_fx.daniel)->size(), 0);
}

void TestHighlightRepository::listFilters()
{
    HighlightRepository repo(*m_fx.db);
    QVERIFY(repo.set(make(m_fx.billing, IsoWeek(2026, 48), m_fx.weak, u"old"_s)));
    QVERIFY(repo.set(make(m_fx.billing, IsoWeek(2026, 48), m_fx.strong, u"new"_s)));
    QVERIFY(repo.set(make(m_fx.tech, IsoWeek(2026, 48), m_fx.otherTeam, u"tech"_s)));
    QVERIFY(repo.set(make(m_fx.billing, IsoWeek(2026, 49), m_fx.nextWeek, u"next"_s)));
    HighlightFilter all;
    QCOMPARE(repo.list(all)->size(), 3);
    all.withHistory = true;
    QCOMPARE(repo.list(all)->size(), 4);
    HighlightFilter team;
    team.team = m_fx.billing;
    const auto billing = repo.list(team);
    QCOMPARE(billing->size(), 2);
    QCOMPARE(billing->at(0).week, IsoWeek(2026, 49)); // newest week first
    HighlightFilter rep;
    rep.rep = m_fx.maya;
    rep.withHistory = true;
    QCOMPARE(repo.list(rep)->size(), 3);
    HighlightFilter week;
    week.week = IsoWeek(2026, 49);
    QCOMPARE(repo.list(week)->size(), 1);
}

void TestHighlightRepository::refuses_data()
{
    QTest::addColumn<int>("what");
    QTest::newRow("no team") << 0;
    QTest::newRow("no call") << 1;
    QTest::newRow("invalid week 2021-W53") << 2;
    QTest::newRow("region ends before it starts") << 3;
    QTest::newRow("empty region") << 4;
    QTest::newRow("negative start") << 5;
}

void TestHighlightRepository::refuses()
{
    QFETCH(int, what);
    Highlight h = make(m_fx.billing, IsoWeek(2026, 48), m_fx.strong, u"x"_s);
    switch (what) {
    case 0: h.team = TeamId(); break;
    case 1: h.call = CallId(); break;
    case 2: h.week = IsoWeek(2021, 53); break;
    case 3: h.region = TimeRange{ 5'000, 4'000 }; break;
    case 4: h.region = TimeRange{ 5'000, 5'000 }; break;
    case 5: h.region = TimeRange{ -1, 4'000 }; break;
    }
    HighlightRepository repo(*m_fx.db);
    const auto id = repo.set(h);
    QVERIFY(!id);
    QCOMPARE(id.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(id.error().message().contains(u"library.coachdb"_s), qPrintable(id.error().message()));
    HighlightFilter everything;
    everything.withHistory = true;
    QCOMPARE(repo.list(everything)->size(), 0);
}

void TestHighlightRepository::unknownCallIsNotFound()
{
    HighlightRepository repo(*m_fx.db);
    QVERIFY(repo.set(make(m_fx.billing, IsoWeek(2026, 48), m_fx.strong, u"kept"_s)));
    const auto id = repo.set(make(m_fx.billing, IsoWeek(2026, 48), CallId(9999), u"x"_s));
    QVERIFY(!id);
    QCOMPARE(id.error().code(), ErrorCode::NotFound);
    // The failed set rolled back: the earlier choice is still current, not superseded.
    const auto current = repo.current(m_fx.billing, IsoWeek(2026, 48));
    QVERIFY(current && current->has_value());
    QCOMPARE((*current)->reason, u"kept"_s);
    QVERIFY((*current)->isCurrent());
}

void TestHighlightRepository::deletingTheCallDeletesItsHighlights()
{
    HighlightRepository repo(*m_fx.db);
    QVERIFY(repo.set(make(m_fx.billing, IsoWeek(2026, 48), m_fx.strong, u"gone"_s)));
    QSqlQuery q(m_fx.db->connection());
    QVERIFY(q.exec(u"DELETE FROM calls WHERE id = %1"_s.arg(m_fx.strong.value())));
    const auto current = repo.current(m_fx.billing, IsoWeek(2026, 48));
    QVERIFY(current);
    QVERIFY(!current->has_value());
}

void TestHighlightRepository::callsWithTagReadsTheWeekInstants()
{
    HighlightRepository repo(*m_fx.db);
    const QTimeZone utc("UTC");
    const IsoWeek week(2026, 48);
    const auto calls = repo.callsWithTag(m_fx.billing, week.start(utc), week.end(utc), u"off_script.effective"_s);
    QVERIFY(calls);
    // Oldest first; Tech Support's call, the ineffective one and next week's are left out.
    QCOMPARE(*calls, (QList<CallId>{ m_fx.strong, m_fx.suggested, m_fx.weak }));
    const QTimeZone auckland("Pacific/Auckland");
    const auto nz = repo.callsWithTag(m_fx.billing, week.start(auckland), week.end(auckland),
                                      u"off_script.effective"_s);
    QVERIFY(nz);
    QCOMPARE(*nz, (QList<CallId>{ m_fx.sundayNoon, m_fx.strong, m_fx.suggested, m_fx.weak }));
}

QTEST_GUILESS_MAIN(TestHighlightRepository)
#include "TestHighlightRepository.moc"
