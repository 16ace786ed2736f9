// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

Q_DECLARE_METATYPE(coach::Call)
Q_DECLARE_METATYPE(coach::CallQuery::Sort)

/*
 * CallRepository on a real library file: every field survives a round trip,
 * and list() pages through a sorted, filtered view so that each call shows up
 * exactly once, in the documented order, with count() agreeing.
 */
class TestCallRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void findByFingerprint();
    void setRecordingPath();
    void refusesDuplicateFingerprint();
    void pagesEveryRowOnceInOrder_data();
    void pagesEveryRowOnceInOrder();
    void filtersByText_data();
    void filtersByText();
    void filtersByTeam();
    void filtersByLocalDays_data();
    void filtersByLocalDays();
    void statementErrorsNameTheCause();

private:
    // Inserts the calls the filter tests search, returning name → id.
    QHash<QString, CallId> insertFilterCalls();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

namespace {

void compareCalls(const Call &actual, const Call &expected)
{
    QCOMPARE(actual.recordingPath, expected.recordingPath);
    QCOMPARE(actual.fingerprint, expected.fingerprint);
    QCOMPARE(actual.audio.durationMs, expected.audio.durationMs);
    QCOMPARE(actual.audio.channels, expected.audio.channels);
    QCOMPARE(actual.audio.sampleRate, expected.audio.sampleRate);
    QCOMPARE(actual.audio.codec, expected.audio.codec);
    QCOMPARE(actual.audio.codecName, expected.audio.codecName);
    QCOMPARE(actual.audio.container, expected.audio.container);
    QCOMPARE(actual.audio.bitRate, expected.audio.bitRate);
    QCOMPARE(actual.audio.fileSize, expected.audio.fileSize);
    QCOMPARE(actual.agentChannel, expected.agentChannel);
    QCOMPARE(actual.startedAt.isValid(), expected.startedAt.isValid());
    if (expected.startedAt.isValid()) {
        QCOMPARE(actual.startedAt, expected.startedAt);
        QCOMPARE(actual.startedAt.timeSpec(), Qt::UTC);
    }
    QCOMPARE(actual.importedAt, expected.importedAt);
    QCOMPARE(actual.repId, expected.repId);
    QCOMPARE(actual.queue, expected.queue);
    QCOMPARE(actual.customerRef, expected.customerRef);
    QCOMPARE(actual.csat, expected.csat);
    QCOMPARE(actual.feltHeard, expected.feltHeard);
    QCOMPARE(actual.firstContactResolution, expected.firstContactResolution);
    QCOMPARE(actual.repeatContact, expected.repeatContact);
    QCOMPARE(actual.handleTimeS, expected.handleTimeS);
    QCOMPARE(actual.hasTranscript, false);
}

QList<CallId> idsOf(const QList<Call> &calls)
{
    QList<CallId> ids;
    for (const Call &c : calls)
        ids.append(c.id);
    return ids;
}

// -1, 0, 1 with an absent value below every present one, as SQLite orders NULL.
template<typename T>
int compareOptional(const std::optional<T> &a, const std::optional<T> &b)
{
    if (!a || !b)
        return int(bool(a)) - int(bool(b));
    return *a < *b ? -1 : (*b < *a ? 1 : 0);
}

int compareText(const QString &a, const QString &b, bool hasA, bool hasB, Qt::CaseSensitivity cs)
{
    if (!hasA || !hasB)
        return int(hasA) - int(hasB);
    const int c = a.compare(b, cs);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// The documented order of CallQuery, written independently of the SQL.
bool before(const Call &a, const Call &b, CallQuery::Sort sort, bool descending)
{
    int c = 0;
    switch (sort) {
    case CallQuery::Sort::StartedAt:
        c = compareOptional(std::optional(a.startedAt.toSecsSinceEpoch()), std::optional(b.startedAt.toSecsSinceEpoch()));
        break;
    case CallQuery::Sort::Rep:
        c = compareText(a.repName, b.repName, a.repId.isValid(), b.repId.isValid(), Qt::CaseInsensitive);
        break;
    case CallQuery::Sort::Team:
        c = compareText(a.teamName, b.teamName, !a.teamName.isEmpty(), !b.teamName.isEmpty(), Qt::CaseInsensitive);
        break;
    case CallQuery::Sort::Duration: c = compareOptional(std::optional(a.audio.durationMs), std::optional(b.audio.durationMs)); break;
    case CallQuery::Sort::Channels: c = compareOptional(std::optional(a.audio.channels), std::optional(b.audio.channels)); break;
    case CallQuery::Sort::Csat: c = compareOptional(a.csat, b.csat); break;
    case CallQuery::Sort::Queue: c = compareText(a.queue, b.queue, true, true, Qt::CaseInsensitive); break;
    case CallQuery::Sort::File: c = compareText(a.recordingPath, b.recordingPath, true, true, Qt::CaseSensitive); break;
    }
    if (descending)
        c = -c;
    if (c != 0)
        return c < 0;
    // Ties: by date sort, the id in the same direction; otherwise newest first, then highest id.
    if (sort == CallQuery::Sort::StartedAt)
        return descending ? a.id > b.id : a.id < b.id;
    if (a.startedAt != b.startedAt)
        return a.startedAt > b.startedAt;
    return a.id > b.id;
}

} // namespace

void TestCallRepository::initTestCase()
{
    // Days are the user's calendar days: run in a zone with DST and a large
    // offset, so a UTC-day implementation cannot pass by accident.
    qputenv("TZ", "America/New_York");
    tzset();
    if (QDateTime(QDate(2026, 1, 15), QTime(12, 0)).offsetFromUtc() != -5 * 3600)
        qWarning("time zone America/New_York is unavailable; the date-range test will skip");
}

void TestCallRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"library.coachdb"_s));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_db = std::move(*db);
}

void TestCallRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestCallRepository::roundTrip_data()
{
    QTest::addColumn<Call>("call");
    Call full = test::sampleCall(2);
    full.csat = 4.5;
    full.feltHeard = 3.25;
    full.firstContactResolution = true;
    full.repeatContact = true;
    full.handleTimeS = 345;
    full.agentChannel = AgentChannel::Right;
    full.queue = u"Billing – Ünïcödé"_s;
    full.recordingPath = u"/calls/Zoë’s call, #1.wav"_s;
    QTest::newRow("every field present") << full;

    Call absent = test::sampleCall(3);
    absent.csat.reset();
    absent.feltHeard.reset();
    absent.firstContactResolution.reset();
    absent.repeatContact.reset();
    absent.handleTimeS.reset();
    absent.startedAt = QDateTime();
    absent.queue.clear();
    absent.customerRef.clear();
    absent.agentChannel = AgentChannel::Unknown;
    QTest::newRow("optionals absent, no start") << absent;

    Call zero = test::sampleCall(4);
    zero.csat = 0.0;
    zero.feltHeard = 0.0;
    zero.firstContactResolution = false;
    zero.repeatContact = false;
    zero.handleTimeS = 0;
    zero.agentChannel = AgentChannel::Left;
    QTest::newRow("zero and false are present, not absent") << zero;

    Call utc = test::sampleCall(5);
    // Given in a +05:30 zone; stored and returned as the same instant in UTC.
    utc.startedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30, 15), QTimeZone(5 * 3600 + 1800));
    QTest::newRow("start given with an offset") << utc;
}

void TestCallRepository::roundTrip()
{
    QFETCH(Call, call);
    CallRepository calls(*m_db);
    const auto id = calls.insert(call);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message()));
    QVERIFY(id->isValid());

    // Through a second connection: what is on disk, not what a cache holds.
    auto again = Database::open(m_db->path());
    QVERIFY(again);
    const auto found = CallRepository(**again).find(*id);
    QVERIFY(found);
    QVERIFY(found->has_value());
    QCOMPARE((*found)->id, *id);
    compareCalls(**found, call);
    QVERIFY((*found)->repName.isEmpty());
    QVERIFY((*found)->teamName.isEmpty());

    const auto missing = calls.find(CallId(id->value() + 1000));
    QVERIFY(missing);
    QVERIFY(!missing->has_value());
}

void TestCallRepository::findByFingerprint()
{
    auto ids = test::fillLibrary(*m_db, 10);
    QVERIFY(ids);
    CallRepository calls(*m_db);
    const auto found = calls.findByFingerprint(u"fp-7"_s);
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->id, ids->at(7));
    compareCalls(**found, [&] { Call c = test::sampleCall(7); c.repId = (*found)->repId; return c; }());
    // Reps cycle Ana, bo, Cleo…: call 7 has Cleo, who was first seen (call 2) in Tech and keeps that team.
    QCOMPARE((*found)->repName, u"Cleo"_s);
    QCOMPARE((*found)->teamName, u"Tech"_s);
    const auto none = calls.findByFingerprint(u"fp-77"_s);
    QVERIFY(none && !none->has_value());
}

void TestCallRepository::setRecordingPath()
{
    CallRepository calls(*m_db);
    const auto id = calls.insert(test::sampleCall(1));
    QVERIFY(id);
    QVERIFY(calls.setRecordingPath(*id, u"/moved/here.wav"_s));
    QCOMPARE((*calls.find(*id))->recordingPath, u"/moved/here.wav"_s);
    const auto missing = calls.setRecordingPath(CallId(id->value() + 1), u"/x.wav"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);
}

void TestCallRepository::refusesDuplicateFingerprint()
{
    CallRepository calls(*m_db);
    QVERIFY(calls.insert(test::sampleCall(1)));
    Call copy = test::sampleCall(1);
    copy.recordingPath = u"/elsewhere/copy.wav"_s;
    const auto again = calls.insert(copy);
    QVERIFY(!again);
    QVERIFY(!again.error().message().isEmpty());
    QCOMPARE(*calls.count({}), 1);
}

void TestCallRepository::pagesEveryRowOnceInOrder_data()
{
    QTest::addColumn<CallQuery::Sort>("sort");
    QTest::addColumn<bool>("descending");
    const QList<std::pair<const char *, CallQuery::Sort>> keys{
        { "date", CallQuery::Sort::StartedAt }, { "rep", CallQuery::Sort::Rep },
        { "team", CallQuery::Sort::Team },      { "duration", CallQuery::Sort::Duration },
        { "channels", CallQuery::Sort::Channels }, { "csat", CallQuery::Sort::Csat },
        { "queue", CallQuery::Sort::Queue },    { "file", CallQuery::Sort::File },
    };
    for (const auto &[name, sort] : keys) {
        QTest::addRow("%s descending", name) << sort << true;
        QTest::addRow("%s ascending", name) << sort << false;
    }
}

void TestCallRepository::pagesEveryRowOnceInOrder()
{
    QFETCH(CallQuery::Sort, sort);
    QFETCH(bool, descending);
    constexpr int kCalls = 45;
    auto inserted = test::fillLibrary(*m_db, kCalls);
    QVERIFY(inserted);
    CallRepository calls(*m_db);
    CallQuery query;
    query.sort = sort;
    query.descending = descending;

    const auto all = calls.list(query, 0, -1);
    QVERIFY(all);
    QCOMPARE(all->size(), kCalls);
    QCOMPARE(*calls.count(query), kCalls);

    QList<Call> expected = *all;
    std::sort(expected.begin(), expected.end(),
              [&](const Call &a, const Call &b) { return before(a, b, sort, descending); });
    QCOMPARE(idsOf(*all), idsOf(expected));

    for (const int pageSize : { 1, 7, 10 }) {
        QList<CallId> paged;
        for (int offset = 0;; offset += pageSize) {
            const auto page = calls.list(query, offset, pageSize);
            QVERIFY(page);
            QVERIFY(page->size() <= pageSize);
            paged += idsOf(*page);
            if (page->size() < pageSize)
                break;
        }
        QCOMPARE(paged, idsOf(*all));
        QCOMPARE(QSet<CallId>(paged.cbegin(), paged.cend()).size(), kCalls);
    }
}

QHash<QString, CallId> TestCallRepository::insertFilterCalls()
{
    PeopleRepository people(*m_db);
    CallRepository calls(*m_db);
    QHash<QString, CallId> ids;
    const auto add = [&](const QString &key, const QString &rep, const QString &team, const QString &queue,
                         const QString &customer, const QString &file) {
        Call call = test::sampleCall(ids.size());
        call.fingerprint = key;
        call.queue = queue;
        call.customerRef = customer;
        call.recordingPath = file;
        if (!rep.isEmpty()) {
            TeamId teamId;
            if (!team.isEmpty())
                teamId = *people.ensureTeam(team);
            call.repId = *people.ensureRep(rep, teamId);
        }
        const auto id = calls.insert(call);
        if (id)
            ids.insert(key, *id);
    };
    add(u"dana"_s, u"Dana Scully"_s, u"Billing"_s, u"Refunds"_s, u"C-100"_s, u"/rec/2026/dana_refund.wav"_s);
    add(u"fox"_s, u"Fox Mulder"_s, u"Tech"_s, u"Outage 50%"_s, u"C_200"_s, u"/rec/fox.wav"_s);
    add(u"anon"_s, QString(), QString(), QString(), u"C1000"_s, u"/rec/anon-100%.mp3"_s);
    add(u"zoe"_s, u"Zoë Émilie"_s, u"Retention"_s, u"Cancel"_s, u"X"_s, u"/rec/z.wav"_s);
    return ids;
}

void TestCallRepository::filtersByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty: everything") << QString() << QStringList{ u"dana"_s, u"fox"_s, u"anon"_s, u"zoe"_s };
    QTest::newRow("rep, other case") << u"dANA"_s << QStringList{ u"dana"_s };
    QTest::newRow("team") << u"billing"_s << QStringList{ u"dana"_s };
    QTest::newRow("queue") << u"refund"_s << QStringList{ u"dana"_s };
    QTest::newRow("customer reference") << u"c-100"_s << QStringList{ u"dana"_s };
    QTest::newRow("file name") << u"ANON-"_s << QStringList{ u"anon"_s };
    QTest::newRow("shared substring") << u"c1"_s << QStringList{ u"anon"_s };
    QTest::newRow("two words, both match") << u"fox tech"_s << QStringList{ u"fox"_s };
    QTest::newRow("two words, other order") << u"tech mulder"_s << QStringList{ u"fox"_s };
    QTest::newRow("two words, only one matches") << u"dana tech"_s << QStringList{};
    QTest::newRow("surrounding spaces") << u"   dana   "_s << QStringList{ u"dana"_s };
    QTest::newRow("percent is literal") << u"%"_s << QStringList{ u"fox"_s, u"anon"_s };
    QTest::newRow("percent inside a word") << u"100%"_s << QStringList{ u"anon"_s };
    QTest::newRow("underscore is literal") << u"_"_s << QStringList{ u"dana"_s, u"fox"_s };
    QTest::newRow("underscore inside a word") << u"c_2"_s << QStringList{ u"fox"_s };
    QTest::newRow("backslash") << u"\\"_s << QStringList{};
    QTest::newRow("quote") << u"'"_s << QStringList{};
    QTest::newRow("tag label of an annotation") << u"greeting"_s << QStringList{ u"fox"_s };
    QTest::newRow("annotation comment") << u"escalated"_s << QStringList{ u"fox"_s };
    QTest::newRow("non-ASCII, same case") << u"Zoë"_s << QStringList{ u"zoe"_s };
    QTest::newRow("non-ASCII, other case") << u"émilie"_s << QStringList{ u"zoe"_s };
    QTest::newRow("nothing matches") << u"nobody"_s << QStringList{};
}

void TestCallRepository::filtersByText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const auto ids = insertFilterCalls();
    QCOMPARE(ids.size(), 4);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO annotations (call_id, start_ms, end_ms, tag_id, comment, created_at, updated_at) "
                   "SELECT %1, 0, 1000, id, 'escalated to tier 2', 0, 0 FROM tags WHERE key = 'checkpoint.greeting'"_s
                           .arg(ids.value(u"fox"_s).value())));

    CallRepository calls(*m_db);
    CallQuery query;
    query.text = text;
    const auto found = calls.list(query, 0, -1);
    QVERIFY2(found, found ? "" : qPrintable(found.error().message()));
    const QList<CallId> foundIds = idsOf(*found);
    const QSet<CallId> actual(foundIds.cbegin(), foundIds.cend());
    QSet<CallId> wanted;
    for (const QString &key : expected)
        wanted.insert(ids.value(key));
    QCOMPARE(actual, wanted);
    QCOMPARE(*calls.count(query), int(wanted.size()));
}

void TestCallRepository::filtersByTeam()
{
    const auto ids = insertFilterCalls();
    PeopleRepository people(*m_db);
    CallRepository calls(*m_db);
    CallQuery query;
    query.team = *people.ensureTeam(u"tech"_s);
    auto found = calls.list(query, 0, -1);
    QVERIFY(found);
    QCOMPARE(idsOf(*found), QList<CallId>{ ids.value(u"fox"_s) });
    QCOMPARE((*found).constFirst().teamName, u"Tech"_s);
    QCOMPARE(*calls.count(query), 1);

    query.text = u"fox"_s;
    QCOMPARE(*calls.count(query), 1);
    query.text = u"dana"_s;
    QCOMPARE(*calls.count(query), 0);

    query = {};
    query.team = *people.ensureTeam(u"Empty team"_s);
    found = calls.list(query, 0, -1);
    QVERIFY(found);
    QVERIFY(found->isEmpty());
}

void TestCallRepository::filtersByLocalDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected");
    const QDate dst(2026, 3, 8); // clocks go forward in New York: a 23-hour day
    QTest::newRow("one day (23 h, DST)") << dst << dst << QStringList{ u"b"_s, u"c"_s, u"d"_s };
    QTest::newRow("from only") << dst << QDate() << QStringList{ u"b"_s, u"c"_s, u"d"_s, u"e"_s };
    QTest::newRow("to only") << QDate() << dst << QStringList{ u"a"_s, u"b"_s, u"c"_s, u"d"_s };
    QTest::newRow("no bounds, undated included") << QDate() << QDate()
                                                 << QStringList{ u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"undated"_s };
    QTest::newRow("from after to") << dst.addDays(1) << dst.addDays(-1) << QStringList{};
    QTest::newRow("day with nothing") << QDate(2026, 2, 1) << QDate(2026, 2, 1) << QStringList{};
}

void TestCallRepository::filtersByLocalDays()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);
    if (QDateTime(QDate(2026, 1, 15), QTime(12, 0)).offsetFromUtc() != -5 * 3600)
        QSKIP("the America/New_York time zone is not available");

    CallRepository calls(*m_db);
    QHash<QString, CallId> ids;
    const auto add = [&](const QString &key, const QDateTime &local) {
        Call call = test::sampleCall(ids.size());
        call.fingerprint = key;
        call.startedAt = local.isValid() ? local.toUTC() : QDateTime();
        const auto id = calls.insert(call);
        QVERIFY(id);
        ids.insert(key, *id);
    };
    add(u"a"_s, QDateTime(QDate(2026, 3, 7), QTime(23, 59, 59)));
    add(u"b"_s, QDateTime(QDate(2026, 3, 8), QTime(0, 0, 0)));
    add(u"c"_s, QDateTime(QDate(2026, 3, 8), QTime(12, 0, 0)));
    add(u"d"_s, QDateTime(QDate(2026, 3, 8), QTime(23, 59, 59)));
    add(u"e"_s, QDateTime(QDate(2026, 3, 9), QTime(0, 0, 0)));
    add(u"undated"_s, QDateTime());

    CallQuery query;
    query.from = from;
    query.to = to;
    const auto found = calls.list(query, 0, -1);
    QVERIFY(found);
    const QList<CallId> foundIds = idsOf(*found);
    const QSet<CallId> actual(foundIds.cbegin(), foundIds.cend());
    QSet<CallId> wanted;
    for (const QString &key : expected)
        wanted.insert(ids.value(key));
    QCOMPARE(actual, wanted);
    QCOMPARE(*calls.count(query), int(wanted.size()));
}

// A statement SQLite cannot prepare (here: a table gone from a damaged or
// foreign schema) reports SQLite's own words, not Qt's "Parameter count
// mismatch" from binding values to a statement that never existed.
void TestCallRepository::statementErrorsNameTheCause()
{
    QVERIFY(QSqlQuery(m_db->connection()).exec(u"ALTER TABLE teams RENAME TO teams_gone"_s));
    CallRepository calls(*m_db);
    const auto listed = calls.list(CallQuery(), 0, 10);
    QVERIFY(!listed);
    QVERIFY2(listed.error().message().contains(u"no such table"_s), qPrintable(listed.error().message()));
    QVERIFY2(listed.error().message().contains(m_db->path()), qPrintable(listed.error().message()));
    const auto found = calls.find(CallId(1));
    QVERIFY(!found);
    QVERIFY2(found.error().message().contains(u"no such table"_s), qPrintable(found.error().message()));
}

QTEST_GUILESS_MAIN(TestCallRepository)
#include "TestCallRepository.moc"
