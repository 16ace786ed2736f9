// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcript/AmazonTranscribeReader.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

Q_DECLARE_METATYPE(coach::ErrorCode)

/*
 * AmazonTranscribeReader on job results in the shapes Amazon writes: speaker
 * identification, channel identification (with results.items filled or
 * empty), the newer item-level labels with audio_segments, and no labels at
 * all. The shared corpus has no Transcribe JSON (the PCA sample ships audio
 * only), so these are written here after Amazon's documented output.
 */
class TestAmazonTranscribeReader final : public QObject
{
    Q_OBJECT

private slots:
    void groups_data();
    void groups();
    void keepsTimedWords();
    void refuses_data();
    void refuses();
};

namespace {

QString describe(const QList<Segment> &segments)
{
    QStringList lines;
    for (const Segment &s : segments)
        lines << u"%1–%2 [%3] %4"_s.arg(s.startMs).arg(s.endMs).arg(s.speaker, s.text);
    return lines.join(u'\n');
}

QByteArray word(const char *start, const char *end, const char *content, const char *extra = "")
{
    return QByteArray(R"({"start_time": ")") + start + R"(", "end_time": ")" + end
            + R"(", "alternatives": [{"confidence": "0.99", "content": ")" + content + R"("}], "type": "pronunciation")"
            + extra + "}";
}

QByteArray punct(const char *content)
{
    return QByteArray(R"({"alternatives": [{"confidence": "0.0", "content": ")") + content + R"("}], "type": "punctuation"})";
}

QByteArray job(const QByteArray &results)
{
    return R"({"jobName": "call-1", "accountId": "1", "status": "COMPLETED", "results": {"transcripts": [{"transcript": "…"}], )"
            + results + "}}";
}

const QByteArray kWords = "[" + word("0.44", "0.8", "Hello") + "," + punct(",") + "," + word("0.8", "1.2", "Dana") + ","
        + word("1.3", "1.5", "here") + "," + punct(".") + "," + word("2.0", "2.3", "Hi") + "," + punct(".") + ","
        + word("2.4", "2.9", "Thanks") + "]";

} // namespace

void TestAmazonTranscribeReader::groups_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("speaker identification")
            << job(R"("speaker_labels": {"speakers": 2, "segments": [
                   {"start_time": "0.44", "end_time": "1.5", "speaker_label": "spk_0", "items": [
                     {"start_time": "0.44", "end_time": "0.8", "speaker_label": "spk_0"},
                     {"start_time": "0.8", "end_time": "1.2", "speaker_label": "spk_0"},
                     {"start_time": "1.3", "end_time": "1.5", "speaker_label": "spk_0"}]},
                   {"start_time": "2.0", "end_time": "2.9", "speaker_label": "spk_1", "items": [
                     {"start_time": "2.0", "end_time": "2.3", "speaker_label": "spk_1"},
                     {"start_time": "2.4", "end_time": "2.9", "speaker_label": "spk_1"}]}]},
                   "items": )" + kWords)
            << u"440–1500 [spk_0] Hello, Dana here.\n2000–2900 [spk_1] Hi. Thanks"_s;

    const QByteArray ch0 = "[" + word("0.44", "0.8", "Hello") + "," + punct(",") + "," + word("0.8", "1.2", "Dana") + ","
            + word("1.3", "1.5", "here") + "," + punct(".") + "," + word("2.4", "2.9", "Right") + "]";
    const QByteArray ch1 = "[" + word("2.0", "2.3", "Hi") + "," + punct("!") + "]";
    QTest::newRow("channel identification, words only per channel")
            << job(R"("channel_labels": {"number_of_channels": 2, "channels": [
                   {"channel_label": "ch_0", "items": )" + ch0 + R"(},
                   {"channel_label": "ch_1", "items": )" + ch1 + R"(}]}, "items": [])")
            << u"440–1500 [ch_0] Hello, Dana here.\n2000–2300 [ch_1] Hi!\n2400–2900 [ch_0] Right"_s;
    QTest::newRow("channel identification, merged items matched by time")
            << job(R"("channel_labels": {"number_of_channels": 2, "channels": [
                   {"channel_label": "ch_0", "items": )" + ch0 + R"(},
                   {"channel_label": "ch_1", "items": )" + ch1 + R"(}]}, "items": [)"
                   + word("0.44", "0.8", "Hello") + "," + punct(",") + "," + word("0.8", "1.2", "Dana") + ","
                   + word("1.3", "1.5", "here") + "," + punct(".") + "," + word("2.0", "2.3", "Hi") + "," + punct("!")
                   + "," + word("2.4", "2.9", "Right") + "]")
            << u"440–1500 [ch_0] Hello, Dana here.\n2000–2300 [ch_1] Hi!\n2400–2900 [ch_0] Right"_s;
    QTest::newRow("item-level labels")
            << job("\"items\": [" + word("0.44", "0.8", "Hello", R"(, "speaker_label": "spk_0")") + "," + punct("?") + ","
                   + word("1.0", "1.4", "Yes", R"(, "speaker_label": "spk_1")") + "]")
            << u"440–800 [spk_0] Hello?\n1000–1400 [spk_1] Yes"_s;
    QTest::newRow("audio segments win")
            << job("\"items\": [" + word("0.44", "0.8", "Hello", R"(, "id": 0, "speaker_label": "spk_0")") + ","
                   + word("1.0", "1.4", "there", R"(, "id": 1, "speaker_label": "spk_0")") + R"(],
                   "audio_segments": [{"id": 0, "transcript": "Hello.", "start_time": "0.44", "end_time": "0.9",
                                       "speaker_label": "spk_0", "items": [0]},
                                      {"id": 1, "transcript": "There.", "start_time": "1.0", "end_time": "1.4",
                                       "speaker_label": "spk_0", "items": [1]}])")
            << u"440–900 [spk_0] Hello.\n1000–1400 [spk_0] There."_s;
    QTest::newRow("no speakers: one segment per sentence")
            << job("\"items\": " + kWords) << u"440–1500 [] Hello, Dana here.\n2000–2300 [] Hi.\n2400–2900 [] Thanks"_s;
    QTest::newRow("numeric times") << job(R"("items": [{"start_time": 1.5, "end_time": 2, "alternatives": [{"content": "ok"}], "type": "pronunciation"}])")
                                   << u"1500–2000 [] ok"_s;
}

void TestAmazonTranscribeReader::groups()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const auto transcript = AmazonTranscribeReader::parse(input, u"job.json"_s);
    QVERIFY2(transcript, transcript ? "" : qPrintable(transcript.error().message()));
    QCOMPARE(transcript->format, u"amazon-transcribe"_s);
    QCOMPARE(describe(transcript->segments), expected);
}

void TestAmazonTranscribeReader::keepsTimedWords()
{
    const auto transcript = AmazonTranscribeReader::parse(job("\"items\": " + kWords), u"job.json"_s);
    QVERIFY(transcript);
    QCOMPARE(transcript->words.size(), 5);
    const Word &dana = transcript->words.at(1);
    QCOMPARE(dana.text, u"Dana"_s);
    QCOMPARE(dana.startMs, 800);
    QCOMPARE(dana.endMs, 1200);
    QCOMPARE(dana.segment, 0);
    // Punctuation is in the segment, not in the timed word.
    QCOMPARE(transcript->words.at(2).text, u"here"_s);
    QCOMPARE(transcript->words.at(3).segment, 1);

    // With Amazon's audio segments a word belongs to the segment holding its start, or none.
    const auto segmented = AmazonTranscribeReader::parse(
            job("\"items\": [" + word("0.5", "0.8", "Hello") + "," + word("1.1", "1.4", "there") + ","
                + word("3.0", "3.2", "stray") + R"(], "audio_segments": [
                {"transcript": "Hello", "start_time": "0.44", "end_time": "0.9"},
                {"transcript": "there", "start_time": "1.0", "end_time": "1.5"}])"),
            u"job.json"_s);
    QVERIFY(segmented);
    QCOMPARE(segmented->words.size(), 3);
    QCOMPARE(segmented->words.at(0).segment, 0);
    QCOMPARE(segmented->words.at(1).segment, 1);
    QCOMPARE(segmented->words.at(2).segment, -1);
}

void TestAmazonTranscribeReader::refuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("job in progress") << QByteArray(R"({"jobName": "x", "status": "IN_PROGRESS", "results": {}})")
                                     << ErrorCode::Unsupported << u"IN_PROGRESS"_s;
    QTest::newRow("not a result") << QByteArray(R"({"results": {"foo": 1}})") << ErrorCode::Unsupported << u"results.items"_s;
    QTest::newRow("no words") << job(R"("items": [])") << ErrorCode::Empty << u"no words"_s;
    QTest::newRow("word without time") << job(R"("items": [{"alternatives": [{"content": "hi"}], "type": "pronunciation"}])")
                                       << ErrorCode::Corrupt << u"“hi”"_s;
    QTest::newRow("broken JSON") << QByteArray("{\"results\": {\n\"items\": [\n}") << ErrorCode::Corrupt << u"job.json:3"_s;
}

void TestAmazonTranscribeReader::refuses()
{
    QFETCH(QByteArray, input);
    QFETCH(ErrorCode, code);
    QFETCH(QString, mentions);
    const auto transcript = AmazonTranscribeReader::parse(input, u"/calls/job.json"_s);
    QVERIFY(!transcript);
    QCOMPARE(transcript.error().code(), code);
    QVERIFY2(transcript.error().message().contains(mentions), qPrintable(transcript.error().message()));
    QVERIFY2(transcript.error().message().contains(u"job.json"_s), qPrintable(transcript.error().message()));
}

QTEST_GUILESS_MAIN(TestAmazonTranscribeReader)
#include "TestAmazonTranscribeReader.moc"
