// SPDX-License-Identifier: GPL-3.0-or-later
#include "Mutator.h"
#include "PiiChecks.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/*
 * The fuzz-pii target's checks for builds without libFuzzer: each seed in
 * tests/fuzz/seeds/pii and the guide's own text, with deterministic mutations
 * built from the detector's grammar (digits, digit words, cue words, "@",
 * surrogate pairs, broken UTF-8). Nothing may crash, spans must be sorted,
 * in range and whole characters, and the redactor must keep every segment and
 * all text outside its spans. Built with -DCOACH_SANITIZE=ON, ASan and UBSan watch.
 */
class TestPiiRobustness final : public QObject
{
    Q_OBJECT

private slots:
    void survivesMutations_data();
    void survivesMutations();
    void survivesPathologicalInput();
};

void TestPiiRobustness::survivesMutations_data()
{
    QTest::addColumn<QString>("seed");
    const QDir dir(QStringLiteral(COACH_FUZZ_SEEDS) + u"/pii"_s);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
    QVERIFY(!dir.entryList(QDir::Files).isEmpty());
}

void TestPiiRobustness::survivesMutations()
{
    QFETCH(QString, seed);
    QFile file(seed);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(seed));
    const QByteArray original = file.readAll();
    QCOMPARE(coach::fuzz::checkPii(original), QString());

    const QList<QByteArray> tokens{ "0",      "4",      " ",       "-",          "four ",   "oh ",      "double ",
                                    "triple", " at ",   " dot ",   "@",          ".com",    "+44 ",     "(",
                                    ")",      "\n",     "my name is ", "Mr. ",   "expiry ", "cvv ",     "born on ",
                                    "account number ", "Street", " Apt 4", "\xF0\x9F\x98\x80", "\xC3\xA9", "\xFF",
                                    "\xED\xA0\x80", QByteArray(1, '\0'), "GB82 WEST ", "AB 12 34 56 C", "078-05-1120",
                                    "4111111111111111", "'s", "\xE2\x80\x99" };
    QRandomGenerator random(quint32(qHash(seed)));
    for (int i = 0; i < 300; ++i) {
        const QByteArray mutated = coach::fuzz::mutate(original, random, tokens);
        const QString problem = coach::fuzz::checkPii(mutated);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u" for input "_s + QString::fromLatin1(mutated.toHex())));
    }
}

void TestPiiRobustness::survivesPathologicalInput()
{
    // Long runs that regular expressions with nested repetition choke on must stay quick.
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &piece : { QByteArray("1 "), QByteArray("one "), QByteArray("A "), QByteArray("Aa "),
                                     QByteArray("a."), QByteArray("- "), QByteArray("\n"), QByteArray("x@") }) {
        const QString problem = coach::fuzz::checkPii(piece.repeated(4000));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QVERIFY2(timer.elapsed() < 60000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestPiiRobustness)
#include "TestPiiRobustness.moc"
