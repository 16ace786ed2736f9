// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParserChecks.h"
#include "Mutator.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/*
 * The fuzz targets' checks for builds without libFuzzer (g++, CI): each
 * parser gets its seed files and a few thousand deterministic mutations of
 * them (bit flips, truncations, insertions of the tokens its grammar cares
 * about, repeated chunks). Nothing may crash, and results must be sane.
 * Built with -DCOACH_SANITIZE=ON this also catches undefined behaviour.
 */
class TestParserRobustness final : public QObject
{
    Q_OBJECT

private slots:
    void survivesMutations_data();
    void survivesMutations();
};

namespace {

constexpr int kMutationsPerSeed = 700;

QList<QByteArray> tokensFor(const QString &parser)
{
    QList<QByteArray> common{ "\"", "\"\"", "\n", "\r\n", "\r", "\xEF\xBB\xBF", QByteArray(1, '\0'), "\xFF", "\xC3",
                              " ", "\t", "0", "-", "9999999999999999999999" };
    if (parser == u"webvtt"_s)
        return common + QList<QByteArray>{ "-->", " --> ", "WEBVTT", "NOTE", "STYLE", "REGION", "<v ", "<v.a ",
                                           ">", "</v>", "&amp;", "&lt;", "00:00.000", "99:59:59.999",
                                           "99999999999999999:00:00.000", ":", ".", "\n\n" };
    return common + QList<QByteArray>{ ",", ";", "\t", "file", "agent", "aht", "csat", "date", "yes", "inf", "nan",
                                       "1e308", "-1", "5:30", "1:02:03", "2026-11-24T09:30:00Z", "../", "/" };
}

QString check(const QString &parser, const QByteArray &data)
{
    if (parser == u"csv"_s)
        return coach::fuzz::checkCsv(data);
    if (parser == u"manifest"_s)
        return coach::fuzz::checkManifest(data);
    return coach::fuzz::checkWebVtt(data);
}

} // namespace

void TestParserRobustness::survivesMutations_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QString>("seed");
    for (const QString &parser : { u"csv"_s, u"manifest"_s, u"webvtt"_s }) {
        const QDir dir(QStringLiteral(COACH_FUZZ_SEEDS) + u'/' + parser);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(parser + u'/' + name)) << parser << dir.filePath(name);
    }
}

void TestParserRobustness::survivesMutations()
{
    QFETCH(QString, parser);
    QFETCH(QString, seed);
    QFile file(seed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    const QList<QByteArray> tokens = tokensFor(parser);

    QString problem = check(parser, original);
    QVERIFY2(problem.isEmpty(), qPrintable(u"the seed itself: "_s + problem));
    // Seeded by the file name, so a failure reproduces on every run and machine.
    QRandomGenerator random(qHash(QFileInfo(seed).fileName()));
    for (int i = 0; i < kMutationsPerSeed; ++i) {
        const QByteArray input = coach::fuzz::mutate(original, random, tokens);
        problem = check(parser, input);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(u"mutation %1: %2\ninput (base64): %3"_s.arg(i).arg(problem, QString::fromLatin1(input.toBase64()))));
    }
}

QTEST_GUILESS_MAIN(TestParserRobustness)
#include "TestParserRobustness.moc"
