// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranscriptChecks.h"
#include "Mutator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/*
 * The transcript fuzz targets' checks for builds without libFuzzer (g++,
 * CI): the SRT, Whisper and Amazon readers, and TranscriptReader on every
 * input, get their seed files and the shared corpus's files, each with
 * deterministic mutations (bit flips, truncations, inserted grammar tokens,
 * repeated and deleted chunks). Nothing may crash and results must be sane.
 * Built with -DCOACH_SANITIZE=ON this also catches memory errors and UB.
 */
class TestTranscriptRobustness final : public QObject
{
    Q_OBJECT

private slots:
    void survivesMutations_data();
    void survivesMutations();
};

namespace {

// Large corpus files get fewer mutations, so the test stays quick under ASan.
int mutationsFor(qsizetype size)
{
    return size > 64 * 1024 ? 40 : 400;
}

QList<QByteArray> tokensFor(const QString &reader)
{
    QList<QByteArray> common{ "\n", "\r\n", "\r", "\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF", QByteArray(1, '\0'), "\xFF",
                              "\xC3", " ", "\t", "0", "-", "9999999999999999999999", ":", ".", "," };
    if (reader == u"srt"_s)
        return common + QList<QByteArray>{ "-->", " --> ", "->", "- >", "00:00:01,000", "99:59:59,999", "-00:00:01,000",
                                           "999999:59:59,9999", "\xEF\xBC\x9A", "\xEF\xBC\x8C", "<i>", "</i>", "<font color=\"x\">",
                                           "{\\an8}", "{", "<", ">", "Agent: ", "- ", ">> ", "\n\n", "1\n", "WEBVTT" };
    return common + QList<QByteArray>{ "{", "}", "[", "]", "\"", "null", "true", "1e308", "-1e308", "NaN", "\"inf\"",
                                       "\"segments\"", "\"start\"", "\"end\"", "\"text\"", "\"words\"", "\"speaker\"",
                                       "\"results\"", "\"items\"", "\"start_time\"", "\"end_time\"", "\"alternatives\"",
                                       "\"content\"", "\"punctuation\"", "\"pronunciation\"", "\"speaker_label\"",
                                       "\"channel_labels\"", "\"channels\"", "\"audio_segments\"", "\"status\"",
                                       "\"1.5\"", "\"-0.5\"", "\"1e20\"", "[[[[[[[[", "{\"a\":{\"a\":{\"a\":" };
}

QString check(const QString &reader, const QByteArray &data)
{
    QString problem;
    if (reader == u"srt"_s)
        problem = coach::fuzz::checkSrt(data);
    else if (reader == u"whisper"_s)
        problem = coach::fuzz::checkWhisper(data);
    else
        problem = coach::fuzz::checkAmazon(data);
    return problem.isEmpty() ? coach::fuzz::checkAnyTranscript(data) : problem;
}

} // namespace

void TestTranscriptRobustness::survivesMutations_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QString>("seed");
    for (const QString &reader : { u"srt"_s, u"whisper"_s, u"amazon"_s }) {
        const QDir dir(QStringLiteral(COACH_FUZZ_SEEDS) + u'/' + reader);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(u"seeds/"_s + reader + u'/' + name)) << reader << dir.filePath(name);
    }
    // The shared corpus, where present: every SRT file and the Whisper result.
    const QString corpus = QStringLiteral(COACH_SHARED_CORPUS);
    QStringList files;
    QDirIterator it(corpus + u"/srt"_s, { u"*.srt"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &file : std::as_const(files))
        QTest::newRow(qPrintable(QDir(corpus).relativeFilePath(file))) << u"srt"_s << file;
    const QString whisper = corpus + u"/transcripts/pysubs2/whisper_transcribe_result.json"_s;
    if (QFileInfo::exists(whisper))
        QTest::newRow("transcripts/pysubs2/whisper_transcribe_result.json") << u"whisper"_s << whisper;
}

void TestTranscriptRobustness::survivesMutations()
{
    QFETCH(QString, reader);
    QFETCH(QString, seed);
    QFile file(seed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    const QList<QByteArray> tokens = tokensFor(reader);

    QString problem = check(reader, original);
    QVERIFY2(problem.isEmpty(), qPrintable(u"the seed itself: "_s + problem));
    // Seeded by the file name, so a failure reproduces on every run and machine.
    QRandomGenerator random(qHash(QFileInfo(seed).fileName()));
    const int mutations = mutationsFor(original.size());
    for (int i = 0; i < mutations; ++i) {
        const QByteArray input = coach::fuzz::mutate(original, random, tokens);
        problem = check(reader, input);
        QVERIFY2(problem.isEmpty(), qPrintable(u"mutation %1: %2\ninput (base64): %3"_s.arg(i).arg(
                                            problem, QString::fromLatin1(input.left(4096).toBase64()))));
    }
}

QTEST_GUILESS_MAIN(TestTranscriptRobustness)
#include "TestTranscriptRobustness.moc"
