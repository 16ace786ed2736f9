// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcript/SrtReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

Q_DECLARE_METATYPE(QList<coach::Segment>)
Q_DECLARE_METATYPE(coach::ErrorCode)

/*
 * SrtReader on hand-written files with the mistakes real SRT files contain,
 * and on the shared SRT corpora (pysrt, pysubs2, cdown/srt) against the
 * expectations their collectors wrote down. Where the reader is lenient on
 * purpose and a reference parser is not, the row says so with QEXPECT_FAIL.
 */
class TestSrtReader final : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void corpus_data();
    void corpus();
    void pysrtTimeSlices();
    void windows1252MatchesUtf8();
};

namespace {

Segment seg(qint64 start, qint64 end, const QString &speaker, const QString &text)
{
    return { start, end, speaker, text };
}

QString corpusPath(const QString &relative)
{
    return QStringLiteral(COACH_SHARED_CORPUS) + u'/' + relative;
}

QString describe(const QList<Segment> &segments)
{
    QStringList lines;
    for (const Segment &s : segments)
        lines << u"%1–%2 [%3] %4"_s.arg(s.startMs).arg(s.endMs).arg(s.speaker, s.text);
    return lines.join(u'\n');
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
    return encoder(text);
}

qint64 srtTime(const QString &text)
{
    const auto parts = text.split(QRegularExpression(u"[:,]"_s));
    return ((parts.at(0).toLongLong() * 60 + parts.at(1).toLongLong()) * 60 + parts.at(2).toLongLong()) * 1000
            + parts.at(3).toLongLong();
}

} // namespace

void TestSrtReader::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<Segment>>("expected");

    QTest::newRow("plain") << QByteArray("1\n00:00:01,000 --> 00:00:02,500\nHello there.\n\n"
                                         "2\n00:00:03,000 --> 00:00:04,000\nTwo\nlines.\n")
                           << QList{ seg(1000, 2500, {}, u"Hello there."_s), seg(3000, 4000, {}, u"Two lines."_s) };
    QTest::newRow("no index numbers") << QByteArray("00:00:01,000 --> 00:00:02,000\nA\n\n00:00:02,000 --> 00:00:03,000\nB\n")
                                      << QList{ seg(1000, 2000, {}, u"A"_s), seg(2000, 3000, {}, u"B"_s) };
    QTest::newRow("wrong index numbers") << QByteArray("7\n00:00:01,000 --> 00:00:02,000\nA\n\n7\n00:00:02,000 --> 00:00:03,000\nB\n")
                                         << QList{ seg(1000, 2000, {}, u"A"_s), seg(2000, 3000, {}, u"B"_s) };
    QTest::newRow("no blank lines") << QByteArray("1\n00:00:01,000 --> 00:00:02,000\nA\n2\n00:00:02,000 --> 00:00:03,000\nB")
                                    << QList{ seg(1000, 2000, {}, u"A"_s), seg(2000, 3000, {}, u"B"_s) };
    QTest::newRow("dot and comma, 1-digit hours, no fraction")
            << QByteArray("1\n0:00:01.5 --> 0:00:02\nA\n\n2\n1:00:00,25 --> 1:00:01,250\nB\n")
            << QList{ seg(1500, 2000, {}, u"A"_s), seg(3600250, 3601250, {}, u"B"_s) };
    QTest::newRow("arrow variants and coordinates")
            << QByteArray("00:00:01,000->00:00:02,000\nA\n\n00:00:02,000 - > 00:00:03,000  X1:1 X2:2\nB\n")
            << QList{ seg(1000, 2000, {}, u"A"_s), seg(2000, 3000, {}, u"B"_s) };
    QTest::newRow("full-width delimiters") << QByteArray("1\n00：00：01，000 --> 00：00：02，000\n\xE4\xBD\xA0\xE5\xA5\xBD\n")
                                           << QList{ seg(1000, 2000, {}, u"你好"_s) };
    QTest::newRow("extra whitespace") << QByteArray("\n\n  1  \n   00:00:01,000   -->   00:00:02,000   \n   lots   of    space  \n\n\n\n")
                                      << QList{ seg(1000, 2000, {}, u"lots of space"_s) };
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF" "1\r\n00:00:01,000 --> 00:00:02,000\r\nA\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\nB\r\n")
                                  << QList{ seg(1000, 2000, {}, u"A"_s), seg(2000, 3000, {}, u"B"_s) };
    QTest::newRow("CR only") << QByteArray("1\r00:00:01,000 --> 00:00:02,000\rA\r\r2\r00:00:02,000 --> 00:00:03,000\rB\r")
                             << QList{ seg(1000, 2000, {}, u"A"_s), seg(2000, 3000, {}, u"B"_s) };
    QTest::newRow("UTF-16 LE with BOM") << utf16(u"1\n00:00:01,000 --> 00:00:02,000\né\n"_s, QStringConverter::Utf16LE)
                                        << QList{ seg(1000, 2000, {}, u"é"_s) };
    QTest::newRow("UTF-32 BE with BOM") << utf16(u"1\n00:00:01,000 --> 00:00:02,000\né\n"_s, QStringConverter::Utf32BE)
                                        << QList{ seg(1000, 2000, {}, u"é"_s) };
    QTest::newRow("Windows-1252") << QByteArray("1\n00:00:01,000 --> 00:00:02,000\ncaf\xE9 \x93quoted\x94 \x80" "5\n")
                                  << QList{ seg(1000, 2000, {}, u"café “quoted” €5"_s) };
    QTest::newRow("tags and SSA codes") << QByteArray("1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Hello</i> <font color=\"#fff\">there</font> < b >x</ b>\n")
                                        << QList{ seg(1000, 2000, {}, u"Hello there x"_s) };
    QTest::newRow("speaker prefix") << QByteArray("1\n00:00:01,000 --> 00:00:02,000\nAgent: Thanks for calling.\n\n"
                                                  "2\n00:00:02,000 --> 00:00:03,000\n- Dana Scully: How can I help?\n")
                                    << QList{ seg(1000, 2000, u"Agent"_s, u"Thanks for calling."_s),
                                              seg(2000, 3000, u"Dana Scully"_s, u"How can I help?"_s) };
    QTest::newRow("two speakers in one cue") << QByteArray("1\n00:00:01,000 --> 00:00:03,000\n- CUSTOMER: It broke.\n- AGENT: I see.\n")
                                             << QList{ seg(1000, 3000, u"CUSTOMER"_s, u"It broke."_s),
                                                       seg(1000, 3000, u"AGENT"_s, u"I see."_s) };
    QTest::newRow("dialogue dash without names") << QByteArray("1\n00:00:01,000 --> 00:00:03,000\n- Hi.\n- Hello.\n")
                                                 << QList{ seg(1000, 3000, {}, u"Hi. Hello."_s) };
    QTest::newRow("colon that is no speaker") << QByteArray("1\n00:00:01,000 --> 00:00:03,000\nthe fee: it is waived\nCall me at 10:30 please\n")
                                              << QList{ seg(1000, 3000, {}, u"the fee: it is waived Call me at 10:30 please"_s) };
    QTest::newRow("negative and overlapping times kept")
            << QByteArray("1\n-00:00:01,000 --> 00:00:02,000\nA\n\n2\n00:00:01,500 --> 00:00:01,000\nB\n")
            << QList{ seg(-1000, 2000, {}, u"A"_s), seg(1500, 1000, {}, u"B"_s) };
    QTest::newRow("empty cue kept") << QByteArray("1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:02,000 --> 00:00:03,000\nB\n")
                                    << QList{ seg(1000, 2000, {}, {}), seg(2000, 3000, {}, u"B"_s) };
    QTest::newRow("blank line inside a cue") << QByteArray("1\n00:00:01,000 --> 00:00:02,000\nA\n\nstill A\n\n2\n00:00:02,000 --> 00:00:03,000\nB\n")
                                             << QList{ seg(1000, 2000, {}, u"A still A"_s), seg(2000, 3000, {}, u"B"_s) };
    QTest::newRow("broken timing line skips its block")
            << QByteArray("1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\n00:00:0x,000 --> soon\nlost\n\n3\n00:00:03,000 --> 00:00:04,000\nC\n")
            << QList{ seg(1000, 2000, {}, u"A"_s), seg(3000, 4000, {}, u"C"_s) };
}

void TestSrtReader::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<Segment>, expected);
    const auto transcript = SrtReader::parse(input, u"/calls/test.srt"_s);
    QVERIFY2(transcript, transcript ? "" : qPrintable(transcript.error().message()));
    QCOMPARE(transcript->format, u"srt"_s);
    QCOMPARE(transcript->sourcePath, u"/calls/test.srt"_s);
    QCOMPARE(describe(transcript->segments), describe(expected));
}

void TestSrtReader::refuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << ErrorCode::Empty << u"test.srt"_s;
    QTest::newRow("only blank lines") << QByteArray(20, '\n') << ErrorCode::Empty << u"empty"_s;
    QTest::newRow("prose") << QByteArray("Dear customer,\nthanks.\n") << ErrorCode::Corrupt << u"not an SRT file"_s;
    QTest::newRow("only broken timings") << QByteArray("1\n\n00:00:aa --> 00:00:02\nx\n") << ErrorCode::Corrupt
                                         << u"test.srt:3"_s;
}

void TestSrtReader::refuses()
{
    QFETCH(QByteArray, input);
    QFETCH(ErrorCode, code);
    QFETCH(QString, mentions);
    const auto transcript = SrtReader::parse(input, u"/calls/test.srt"_s);
    QVERIFY(!transcript);
    QCOMPARE(transcript.error().code(), code);
    QVERIFY2(transcript.error().message().contains(mentions), qPrintable(transcript.error().message()));
}

/*
 * One row per corpus file with an expectation. `cues` holds start, end and
 * (where the expectation gives one) text; `count` alone checks the number.
 */
void TestSrtReader::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");       // -1: not checked
    QTest::addColumn<QVariantList>("cues"); // of QVariantList{start, end, text or null}
    QTest::addColumn<bool>("expectError");
    QTest::addColumn<QString>("differs"); // why the reader legitimately differs, empty if it should not

    const auto pysrt = readJson(corpusPath(u"srt/pysrt/expected.json"_s));
    QSet<QString> seen;
    for (const QJsonValue &test : pysrt.value(u"tests"_s).toArray()) {
        const QString file = u"srt/pysrt/"_s + test[u"file"_s].toString();
        const QJsonObject expect = test[u"expect"_s].toObject();
        if (seen.contains(file) || (!expect.contains(u"cue_count"_s) && !expect.contains(u"error"_s)))
            continue;
        seen.insert(file);
        const bool error = expect.contains(u"error"_s);
        QTest::newRow(qPrintable(file)) << file << (error ? -1 : expect[u"cue_count"_s].toInt()) << QVariantList() << error
                                        << (error ? u"lenient on purpose: a timing line without milliseconds is read as "
                                                    "whole seconds, as cdown/srt does; pysrt's strict mode refuses it"_s
                                                  : QString());
    }
    // pysrt asserts nothing for empty.srt; the file has 7 cues, two with empty text, all kept.
    QTest::newRow("srt/pysrt/tests/static/empty.srt") << u"srt/pysrt/tests/static/empty.srt"_s << 7 << QVariantList() << false
                                                       << QString();

    const auto pysubs2 = readJson(corpusPath(u"srt/pysubs2/expected.json"_s));
    for (const QJsonValue &test : pysubs2.value(u"tests"_s).toArray()) {
        const QString file = u"srt/pysubs2/"_s + test[u"file"_s].toString();
        QJsonArray events = test[u"events"_s].toArray();
        if (events.isEmpty())
            events = test[u"events_default"_s].toArray();
        QVariantList cues;
        for (const QJsonValue &event : std::as_const(events)) {
            QString text = event[u"plain_text"_s].isString()
                    ? event[u"plain_text"_s].toString()
                    : event[u"pysubs2_text"_s].toString().remove(QRegularExpression(u"\\{[^}]*\\}"_s));
            cues.append(QVariant(QVariantList{ event[u"start_ms"_s].toInteger(), event[u"end_ms"_s].toInteger(),
                                               text.replace(u"\\N"_s, u" "_s).simplified() }));
        }
        if (!cues.isEmpty())
            QTest::newRow(qPrintable(file)) << file << int(cues.size()) << cues << false << QString();
    }
    // pysubs2's notes-only rows, as the collector wrote them down.
    const auto one = [](qint64 start, qint64 end, const QVariant &text) { return QVariant(QVariantList{ start, end, text }); };
    QTest::newRow("srt/pysubs2/test_subrip__keep_ssa_tags.srt")
            << u"srt/pysubs2/test_subrip__keep_ssa_tags.srt"_s << 2
            << QVariantList{ one(0, 60000, u"An example subtitle."_s), one(60000, 120000, u"Subtitle number two."_s) } << false
            << QString();
    QTest::newRow("srt/pysubs2/test_subrip__utf8_read_write.srt")
            << u"srt/pysubs2/test_subrip__utf8_read_write.srt"_s << 1
            << QVariantList{ one(0, 60000, u"The quick brown fox jumps over the lazy dog Příliš žluťoučký kůň úpěl ďábelské ódy "
                                            "Vamp quäkt: Grüß Felix bzw. Jody schön! 日本国 道德經"_s) }
            << false << QString();
    QTest::newRow("srt/pysubs2/test_subrip__win1250_passthrough.srt")
            << u"srt/pysubs2/test_subrip__win1250_passthrough.srt"_s << 2
            << QVariantList{ one(0, 60000, u"The quick brown fox jumps over the lazy dog"_s), one(60000, 120000, {}) }
            << false << QString();
    QTest::newRow("srt/pysubs2/test_subrip__win1250_read_write.srt")
            << u"srt/pysubs2/test_subrip__win1250_read_write.srt"_s << 1
            << QVariantList{ one(0, 60000, u"The quick brown fox jumps over the lazy dog Příliš žluťoučký kůň úpěl ďábelské ódy"_s) }
            << false << u"no charset detection: bytes that are not UTF-8 are read as Windows-1252, so Czech letters "
                        "of a Windows-1250 file come out wrong (the times are right)"_s;
    QTest::newRow("srt/pysubs2/test_subrip__big5_read_write.srt")
            << u"srt/pysubs2/test_subrip__big5_read_write.srt"_s << 1 << QVariantList{ one(0, 60000, u"道德經"_s) } << false
            << u"no charset detection: Big5 is read as Windows-1252 (the times are right)"_s;
    QTest::newRow("srt/pysubs2/test_subrip__multiencoding_mixed_bytes.srt")
            << u"srt/pysubs2/test_subrip__multiencoding_mixed_bytes.srt"_s << 1 << QVariantList{ one(0, 60000, {}) } << false
            << QString();

    const auto cdown = readJson(corpusPath(u"srt/srt-cdown/expected.json"_s));
    const QJsonObject files = cdown.value(u"files"_s).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString file = u"srt/srt-cdown/"_s + it.key();
        QVariantList cues;
        for (const QJsonValue &cue : it.value()[u"cues"_s].toArray())
            cues.append(one(srtTime(cue[u"start"_s].toString()), srtTime(cue[u"end"_s].toString()),
                            cue[u"text"_s].toString().simplified()));
        QTest::newRow(qPrintable(file)) << file << int(cues.size()) << cues << false
                                        << (it.key().contains(u"gb2312"_s)
                                                    ? u"no charset detection: GB2312 is read as Windows-1252 (the times are right)"_s
                                                    : QString());
    }

    // pysubs2 writes this SRT from whisper-jax's console lines; each line is one cue.
    QVariantList jax;
    QFile txt(corpusPath(u"transcripts/pysubs2/whisper_jax_output.txt"_s));
    if (txt.open(QIODevice::ReadOnly)) {
        static const QRegularExpression line(u"^\\[(\\d+):(\\d+)\\.(\\d+) -> (\\d+):(\\d+)\\.(\\d+)\\]\\s+(.*)$"_s);
        for (const QString &l : QString::fromUtf8(txt.readAll()).split(u'\n')) {
            const auto m = line.match(l);
            if (m.hasMatch())
                jax.append(one((m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong()) * 1000 + m.captured(3).toLongLong(),
                               (m.captured(4).toLongLong() * 60 + m.captured(5).toLongLong()) * 1000 + m.captured(6).toLongLong(),
                               m.captured(7).simplified()));
        }
    }
    QTest::newRow("transcripts/pysubs2/whisper_jax_output.expected.srt")
            << u"transcripts/pysubs2/whisper_jax_output.expected.srt"_s << 14 << jax << false << QString();
}

void TestSrtReader::corpus()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(QVariantList, cues);
    QFETCH(bool, expectError);
    QFETCH(QString, differs);
    if (!QFileInfo::exists(corpusPath(file)))
        QSKIP("the shared SRT corpus is not available");

    const auto transcript = SrtReader::read(corpusPath(file));
    if (!transcript) {
        // A refusal must explain itself and name the file.
        QVERIFY2(transcript.error().message().contains(QFileInfo(file).fileName()),
                 qPrintable(transcript.error().message()));
    }
    if (expectError) {
        if (!differs.isEmpty())
            QEXPECT_FAIL("", qPrintable(differs), Continue);
        QVERIFY2(!transcript, "parsed, the reference refuses it");
        return;
    }
    QVERIFY2(transcript, transcript ? "" : qPrintable(transcript.error().message()));
    const QList<Segment> &segments = transcript->segments;
    if (count >= 0)
        QCOMPARE(segments.size(), qsizetype(count));
    QString diff;
    for (qsizetype i = 0; diff.isEmpty() && i < cues.size() && i < segments.size(); ++i) {
        const QVariantList cue = cues.at(i).toList();
        const Segment &s = segments.at(i);
        if (s.startMs != cue.at(0).toLongLong() || s.endMs != cue.at(1).toLongLong())
            diff = u"cue %1 at %2–%3 ms, expected %4–%5 ms"_s.arg(i).arg(s.startMs).arg(s.endMs)
                           .arg(cue.at(0).toLongLong()).arg(cue.at(1).toLongLong());
        else if (!cue.at(2).isNull() && s.text != cue.at(2).toString())
            diff = u"cue %1 text “%2”, expected “%3”"_s.arg(i).arg(s.text, cue.at(2).toString());
    }
    if (!differs.isEmpty())
        QEXPECT_FAIL("", qPrintable(differs), Continue);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// pysrt's slicing assertions on utf-8.srt, as counts of our segments.
void TestSrtReader::pysrtTimeSlices()
{
    const QString file = corpusPath(u"srt/pysrt/tests/static/utf-8.srt"_s);
    if (!QFileInfo::exists(file))
        QSKIP("the shared SRT corpus is not available");
    const auto transcript = SrtReader::read(file);
    QVERIFY(transcript);
    const qint64 at = srtTime(u"01:02:03,004"_s);
    const auto count = [&](auto predicate) {
        return std::count_if(transcript->segments.cbegin(), transcript->segments.cend(), predicate);
    };
    QCOMPARE(count([&](const Segment &s) { return s.endMs < at; }), 872);
    QCOMPARE(count([&](const Segment &s) { return s.endMs > at; }), 460);
    QCOMPARE(count([&](const Segment &s) { return s.startMs < at; }), 873);
    QCOMPARE(count([&](const Segment &s) { return s.startMs > at; }), 459);
    QCOMPARE(count([](const Segment &s) { return s.startMs <= 31000 && 31000 <= s.endMs; }), 1);
}

// pysrt: windows-1252.srt re-encoded as UTF-8 is utf-8.srt, so the texts must agree.
void TestSrtReader::windows1252MatchesUtf8()
{
    const QString utf8 = corpusPath(u"srt/pysrt/tests/static/utf-8.srt"_s);
    const QString cp1252 = corpusPath(u"srt/pysrt/tests/static/windows-1252.srt"_s);
    if (!QFileInfo::exists(utf8) || !QFileInfo::exists(cp1252))
        QSKIP("the shared SRT corpus is not available");
    const auto a = SrtReader::read(utf8);
    const auto b = SrtReader::read(cp1252);
    QVERIFY(a && b);
    QCOMPARE(describe(b->segments), describe(a->segments));
    // And the UTF-16/32 files with byte order marks read as the UTF-8 one does.
    const auto bom8 = SrtReader::read(corpusPath(u"srt/pysrt/tests/static/bom-utf-8.srt"_s));
    QVERIFY(bom8);
    for (const auto *name : { "bom-utf-16-le.srt", "bom-utf-16-be.srt", "bom-utf-32-le.srt", "bom-utf-32-be.srt" }) {
        const auto other = SrtReader::read(corpusPath(u"srt/pysrt/tests/static/"_s + QLatin1StringView(name)));
        QVERIFY(other);
        QCOMPARE(describe(other->segments), describe(bom8->segments));
    }
}

QTEST_GUILESS_MAIN(TestSrtReader)
#include "TestSrtReader.moc"
