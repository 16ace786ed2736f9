// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcript/WhisperJsonReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

Q_DECLARE_METATYPE(coach::ErrorCode)

/*
 * WhisperJsonReader on openai-whisper and whisperX shaped files written here,
 * and on the Whisper result in the shared corpus (pysubs2's test data).
 */
class TestWhisperJsonReader final : public QObject
{
    Q_OBJECT

private slots:
    void readsSegments();
    void keepsWordsAndWhisperXSpeakers();
    void refuses_data();
    void refuses();
    void corpus_data();
    void corpus();
};

namespace {

QString describe(const QList<Segment> &segments)
{
    QStringList lines;
    for (const Segment &s : segments)
        lines << u"%1–%2 [%3] %4"_s.arg(s.startMs).arg(s.endMs).arg(s.speaker, s.text);
    return lines.join(u'\n');
}

QString corpusPath(const QString &relative)
{
    return QStringLiteral(COACH_SHARED_CORPUS) + u'/' + relative;
}

} // namespace

void TestWhisperJsonReader::readsSegments()
{
    const QByteArray json = R"({"text": " Hi. Bye.", "language": "en", "segments": [
        {"id": 0, "seek": 0, "start": 0.0, "end": 1.2345, "text": " Hi.", "tokens": [1, 2]},
        {"id": 1, "seek": 0, "start": 1.5, "end": 7.6000000000000005, "text": "  Bye   now. "}]})";
    const auto transcript = WhisperJsonReader::parse(json, u"call.json"_s);
    QVERIFY2(transcript, transcript ? "" : qPrintable(transcript.error().message()));
    QCOMPARE(transcript->format, u"whisper-json"_s);
    QCOMPARE(describe(transcript->segments), u"0–1235 [] Hi.\n1500–7600 [] Bye now."_s);
    QVERIFY(transcript->words.isEmpty());

    // A bare list of segments, as some tools save it.
    const auto bare = WhisperJsonReader::parse(R"([{"start": 1, "end": 2, "text": "x"}])", u"call.json"_s);
    QVERIFY(bare);
    QCOMPARE(describe(bare->segments), u"1000–2000 [] x"_s);
}

void TestWhisperJsonReader::keepsWordsAndWhisperXSpeakers()
{
    const QByteArray json = R"({"segments": [
        {"start": 0.5, "end": 2.0, "text": "Thanks for calling.", "speaker": "SPEAKER_00",
         "words": [{"word": " Thanks", "start": 0.5, "end": 0.9, "probability": 0.9},
                   {"word": "for", "start": 0.9, "end": 1.1, "speaker": "SPEAKER_00"},
                   {"word": "calling.", "start": 1.1, "end": 2.0}]},
        {"start": 2.5, "end": 4.0, "text": "My card number is 4111.", "speaker": "SPEAKER_01",
         "words": [{"word": "My", "start": 2.5, "end": 2.7, "speaker": "SPEAKER_01"},
                   {"word": "4111."}]}],
        "word_segments": []})";
    const auto transcript = WhisperJsonReader::parse(json, u"call.json"_s);
    QVERIFY2(transcript, transcript ? "" : qPrintable(transcript.error().message()));
    QCOMPARE(describe(transcript->segments),
             u"500–2000 [SPEAKER_00] Thanks for calling.\n2500–4000 [SPEAKER_01] My card number is 4111."_s);
    // The unaligned "4111." has no times and is not a timed word.
    QCOMPARE(transcript->words.size(), 4);
    const Word &first = transcript->words.constFirst();
    QCOMPARE(first.text, u"Thanks"_s);
    QCOMPARE(first.startMs, 500);
    QCOMPARE(first.endMs, 900);
    QCOMPARE(first.speaker, u"SPEAKER_00"_s);
    QCOMPARE(first.segment, 0);
    QCOMPARE(transcript->words.constLast().segment, 1);
    QCOMPARE(transcript->words.constLast().speaker, u"SPEAKER_01"_s);
}

void TestWhisperJsonReader::refuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << ErrorCode::Empty << u"call.json"_s;
    QTest::newRow("syntax error names the line") << QByteArray("{\n\"segments\": [\n{\"start\": 1,,}]}") << ErrorCode::Corrupt
                                                 << u"call.json:3"_s;
    QTest::newRow("no segments key") << QByteArray(R"({"text": "hi"})") << ErrorCode::Unsupported << u"segments"_s;
    QTest::newRow("no segments") << QByteArray(R"({"segments": []})") << ErrorCode::Empty << u"no segments"_s;
    QTest::newRow("segment without times") << QByteArray(R"({"segments": [{"start": 1, "end": 2, "text": "a"}, {"text": "b"}]})")
                                           << ErrorCode::Corrupt << u"segment 2"_s;
    QTest::newRow("absurd time") << QByteArray(R"({"segments": [{"start": 1e300, "end": 2, "text": "a"}]})")
                                 << ErrorCode::Corrupt << u"segment 1"_s;
}

void TestWhisperJsonReader::refuses()
{
    QFETCH(QByteArray, input);
    QFETCH(ErrorCode, code);
    QFETCH(QString, mentions);
    const auto transcript = WhisperJsonReader::parse(input, u"/calls/call.json"_s);
    QVERIFY(!transcript);
    QCOMPARE(transcript.error().code(), code);
    QVERIFY2(transcript.error().message().contains(mentions), qPrintable(transcript.error().message()));
}

void TestWhisperJsonReader::corpus_data()
{
    QTest::addColumn<bool>("segmentsOnly");
    QTest::newRow("whisper_transcribe_result.json") << false;
    // pysubs2: "Same expectation when given only the segments list."
    QTest::newRow("whisper_transcribe_result.json, segments only") << true;
}

void TestWhisperJsonReader::corpus()
{
    QFETCH(bool, segmentsOnly);
    const QString path = corpusPath(u"transcripts/pysubs2/whisper_transcribe_result.json"_s);
    QFile input(path);
    QFile expectation(corpusPath(u"transcripts/pysubs2/expected.json"_s));
    if (!input.open(QIODevice::ReadOnly) || !expectation.open(QIODevice::ReadOnly))
        QSKIP("the shared transcript corpus is not available");
    QByteArray data = input.readAll();
    if (segmentsOnly)
        data = QJsonDocument(QJsonDocument::fromJson(data).object().value(u"segments"_s).toArray()).toJson();
    const auto transcript = WhisperJsonReader::parse(data, path);
    QVERIFY2(transcript, transcript ? "" : qPrintable(transcript.error().message()));

    const QJsonArray events = QJsonDocument::fromJson(expectation.readAll())
                                      .object()
                                      .value(u"whisper_transcribe_result.json"_s)[u"expected_events"_s]
                                      .toArray();
    QList<Segment> expected;
    for (const QJsonValue &e : events)
        expected.append({ e[u"start_ms"_s].toInteger(), e[u"end_ms"_s].toInteger(), {}, e[u"text"_s].toString() });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(describe(transcript->segments), describe(expected));
}

QTEST_GUILESS_MAIN(TestWhisperJsonReader)
#include "TestWhisperJsonReader.moc"
