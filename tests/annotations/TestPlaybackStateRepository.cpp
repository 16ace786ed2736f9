// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/PlaybackStateRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

// Where playback stopped in each call survives closing the library and goes with the call.
class TestPlaybackStateRepository final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripAcrossReopen();
    void unknownCallIsNotFound();
    void goesWithTheCall();
};

void TestPlaybackStateRepository::roundTripAcrossReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"library.coachdb"_s);
    QList<CallId> calls;
    {
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
        auto filled = test::fillLibrary(**db, 2);
        QVERIFY(filled);
        calls = *filled;
        PlaybackStateRepository state(**db);
        QCOMPARE(*state.position(calls.at(0)), 0); // never played
        QVERIFY(state.setPosition(calls.at(0), 83'200));
        QCOMPARE(*state.position(calls.at(0)), 83'200);
        QVERIFY(state.setPosition(calls.at(0), 95'000)); // replaces
        QVERIFY(state.setPosition(calls.at(1), -20)); // a seek overshoot is the start
        QCOMPARE(*state.position(calls.at(1)), 0);
    }
    auto db = Database::open(path);
    QVERIFY(db);
    PlaybackStateRepository state(**db);
    QCOMPARE(*state.position(calls.at(0)), 95'000);
    QCOMPARE(*state.position(calls.at(1)), 0);
}

void TestPlaybackStateRepository::unknownCallIsNotFound()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"library.coachdb"_s));
    QVERIFY(db);
    PlaybackStateRepository state(**db);
    const auto set = state.setPosition(CallId(4242), 1000);
    QVERIFY(!set);
    QCOMPARE(set.error().code(), ErrorCode::NotFound);
    QVERIFY2(set.error().message().contains(u"4242"_s), qPrintable(set.error().message()));
    QCOMPARE(*state.position(CallId(4242)), 0);
}

void TestPlaybackStateRepository::goesWithTheCall()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"library.coachdb"_s));
    QVERIFY(db);
    const auto calls = test::fillLibrary(**db, 1);
    QVERIFY(calls);
    PlaybackStateRepository state(**db);
    QVERIFY(state.setPosition(calls->at(0), 5000));
    QSqlQuery q((*db)->connection());
    q.prepare(u"DELETE FROM calls WHERE id = ?"_s);
    q.addBindValue(calls->at(0).value());
    QVERIFY(q.exec());
    QVERIFY(q.exec(u"SELECT count(*) FROM playback_state"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestPlaybackStateRepository)
#include "TestPlaybackStateRepository.moc"
