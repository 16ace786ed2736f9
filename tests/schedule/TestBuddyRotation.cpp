// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/BuddyRotation.h"

#include <QRandomGenerator>
#include <QTest>

using namespace coach;

namespace {

quint64 key(RepId a, RepId b)
{
    return (quint64(std::max(a.value(), b.value())) << 32) | quint64(std::min(a.value(), b.value()));
}

// Reps with ids that are neither contiguous nor sorted, as a real team's are.
QList<RepId> team(int n)
{
    QList<RepId> reps;
    for (int i = 0; i < n; ++i)
        reps.append(RepId(1000 - 7 * i));
    return reps;
}

} // namespace

// The rotation's promises, proven for every team size from 2 to 30.
class TestBuddyRotation : public QObject
{
    Q_OBJECT

private slots:
    void fullCycleMeetsEveryPairOnce_data();
    void fullCycleMeetsEveryPairOnce();
    void trioKeepsEveryoneGrouped_data();
    void trioKeepsEveryoneGrouped();
    void availabilityRespectedWithoutRepeats_data();
    void availabilityRespectedWithoutRepeats();
    void deterministic();
};

static void sizes()
{
    QTest::addColumn<int>("n");
    for (int n = 2; n <= 30; ++n)
        QTest::addRow("%d reps", n) << n;
}

void TestBuddyRotation::fullCycleMeetsEveryPairOnce_data()
{
    sizes();
}

void TestBuddyRotation::fullCycleMeetsEveryPairOnce()
{
    QFETCH(int, n);
    const QList<RepId> reps = team(n);
    const int months = n % 2 == 0 ? n - 1 : n;
    QList<QList<BuddyPair>> history;
    QSet<quint64> met;
    QHash<qint64, int> byes;
    for (int m = 0; m < months; ++m) {
        const auto p = BuddyRotation::propose(reps, history);
        QVERIFY(p.round >= 0);
        QSet<qint64> seen;
        for (const BuddyPair &pair : p.pairs) {
            QVERIFY(!pair.isTrio());
            QVERIFY2(!met.contains(key(pair.a, pair.b)), "a pair met twice in one cycle");
            met.insert(key(pair.a, pair.b));
            for (RepId r : pair.members()) {
                QVERIFY(!seen.contains(r.value()));
                seen.insert(r.value());
            }
        }
        // Everyone is paired except, with an odd team, exactly one rep on a bye.
        QCOMPARE(p.unpaired.size(), n % 2);
        for (RepId r : p.unpaired)
            ++byes[r.value()];
        history.append(p.pairs);
    }
    QCOMPARE(met.size(), n * (n - 1) / 2);
    if (n % 2 == 1) {
        // The bye rotated: everyone sat out exactly once.
        QCOMPARE(byes.size(), n);
        for (int count : byes)
            QCOMPARE(count, 1);
    }
    // The next month starts a new cycle.
    QVERIFY(BuddyRotation::propose(reps, history).newCycle);
}

void TestBuddyRotation::trioKeepsEveryoneGrouped_data()
{
    sizes();
}

void TestBuddyRotation::trioKeepsEveryoneGrouped()
{
    QFETCH(int, n);
    const QList<RepId> reps = team(n);
    const int months = n % 2 == 0 ? n - 1 : n;
    QList<QList<BuddyPair>> history;
    QSet<quint64> met;
    QHash<qint64, int> guests;
    for (int m = 0; m < months; ++m) {
        const auto p = BuddyRotation::propose(reps, history, {}, BuddyRotation::OddMode::Trio);
        QVERIFY(p.unpaired.isEmpty() || n == 1);
        int members = 0;
        for (const BuddyPair &pair : p.pairs) {
            QVERIFY(!met.contains(key(pair.a, pair.b)));
            met.insert(key(pair.a, pair.b));
            members += int(pair.members().size());
            if (pair.isTrio())
                ++guests[pair.c.value()];
        }
        QCOMPARE(members, n);
        history.append(p.pairs);
    }
    QCOMPARE(met.size(), n * (n - 1) / 2);
    if (n % 2 == 1 && n > 1) {
        // The guest role rotated through everyone once.
        QCOMPARE(guests.size(), n);
        for (int count : guests)
            QCOMPARE(count, 1);
    }
}

void TestBuddyRotation::availabilityRespectedWithoutRepeats_data()
{
    sizes();
}

void TestBuddyRotation::availabilityRespectedWithoutRepeats()
{
    QFETCH(int, n);
    const QList<RepId> reps = team(n);
    QRandomGenerator random(quint32(n) * 7919u);
    QList<QList<BuddyPair>> history;
    QSet<quint64> met;
    const qsizetype allPairs = qsizetype(n) * (n - 1) / 2;
    for (int m = 0; m < 3 * n; ++m) {
        QSet<qint64> away;
        for (RepId r : reps) {
            if (random.bounded(5) == 0)
                away.insert(r.value());
        }
        const auto p = BuddyRotation::propose(reps, history, away);
        if (p.newCycle)
            met.clear();
        QSet<qint64> seen;
        for (const BuddyPair &pair : p.pairs) {
            for (RepId r : pair.members()) {
                QVERIFY2(!away.contains(r.value()), "an unavailable rep was paired");
                QVERIFY(!seen.contains(r.value()));
                seen.insert(r.value());
            }
            QVERIFY2(!met.contains(key(pair.a, pair.b)), "a pair repeated before every pair had met");
            met.insert(key(pair.a, pair.b));
        }
        for (RepId r : p.unpaired)
            QVERIFY(!away.contains(r.value()));
        // Every available rep is either paired or told they sit out.
        QCOMPARE(seen.size() + p.unpaired.size(), n - away.size());
        if (met.size() >= allPairs)
            met.clear();
        history.append(p.pairs);
    }
}

void TestBuddyRotation::deterministic()
{
    QList<RepId> reps = team(9);
    const auto a = BuddyRotation::propose(reps, {}, { 993 });
    std::reverse(reps.begin(), reps.end());
    const auto b = BuddyRotation::propose(reps, {}, { 993 });
    QCOMPARE(a.pairs, b.pairs);
    QCOMPARE(a.unpaired, b.unpaired);
}

QTEST_GUILESS_MAIN(TestBuddyRotation)
#include "TestBuddyRotation.moc"
