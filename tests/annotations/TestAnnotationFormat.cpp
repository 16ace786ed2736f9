// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/AnnotationFormat.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * The annotation file formats: CSV and Audacity labels read back what was
 * written; ELAN output is well-formed with the right time slots; TextGrid
 * tiers cover the call without gaps; parse errors name the file and line.
 */
class TestAnnotationFormat final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvRoundTrip();
    void csvOfOneCallFromElsewhereIsTakenWhole();
    void csvParseErrorsNameTheLine_data();
    void csvParseErrorsNameTheLine();
    void audacityRoundTrip();
    void audacityIsLenient();
    void audacityParseErrorsNameTheLine_data();
    void audacityParseErrorsNameTheLine();
    void elanIsWellFormedWithTheRightSlots();
    void textGridCoversTheCall();
    void parseSeconds_data();
    void parseSeconds();
    void formatNames();

private:
    QList<Annotation> m_annotations; // of m_calls, two calls
    QList<Call> m_calls;
};

namespace {

Annotation annotation(CallId call, qint64 start, qint64 end, const QString &key, const QString &label,
                      const QString &comment, bool suggested = false)
{
    Annotation a;
    a.call = call;
    a.startMs = start;
    a.endMs = end;
    a.tagKey = key;
    a.tagLabel = label;
    a.comment = comment;
    a.author = u"Dana Scully"_s;
    a.createdAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30, 15), Qt::UTC);
    a.updatedAt = a.createdAt;
    a.suggested = suggested;
    return a;
}

// The fields a file keeps (not ids, colours or updatedAt).
QString describe(const Annotation &a, bool withMeta)
{
    QString text = u"%1-%2 [%3|%4] «%5»"_s.arg(a.startMs).arg(a.endMs).arg(a.tagKey, a.tagLabel, a.comment);
    if (withMeta)
        text += u" %1 %2 %3"_s.arg(a.author, a.createdAt.toString(Qt::ISODate)).arg(a.suggested);
    return text;
}

QStringList describe(const QList<Annotation> &list, bool withMeta)
{
    QStringList result;
    for (const Annotation &a : list)
        result << describe(a, withMeta);
    return result;
}

} // namespace

void TestAnnotationFormat::initTestCase()
{
    Call first;
    first.id = CallId(3);
    first.recordingPath = u"/recordings/2026/Müller call, #1.wav"_s;
    first.audio.durationMs = 120'000;
    Call second;
    second.id = CallId(8);
    second.recordingPath = u"/recordings/b.mp3"_s;
    second.audio.durationMs = 60'000;
    m_calls = { first, second };
    m_annotations = {
        annotation(first.id, 0, 4'500, u"checkpoint.greeting"_s, u"Greeting"_s, QString()),
        annotation(first.id, 10'000, 10'000, u"off_script.effective"_s, u"Off-script — effective"_s,
                   u"calm, \"warm\" tone; “good”"_s),
        annotation(first.id, 12'345, 30'001, u"anti.boundary_promise"_s, u"Boundary breach: promise"_s,
                   u"promised a refund | today"_s, true),
        annotation(first.id, 20'000, 25'000, u"anti.boundary_promise"_s, u"Boundary breach: promise"_s,
                   u"overlaps the one before"_s),
        annotation(first.id, 40'000, 40'000, QString(), QString(), u"no tag, just a note: Jürgen 😀"_s),
        annotation(first.id, 119'999, 119'999, u"checkpoint.confirmation"_s, u"Confirmation"_s, u"at the end"_s),
        annotation(second.id, 1'000, 2'000, u"pattern.yes_and"_s, u"“Yes, And”"_s, u"  leading spaces kept"_s),
    };
}

void TestAnnotationFormat::csvRoundTrip()
{
    QList<Annotation> input = m_annotations;
    // CSV carries what the label formats cannot: newlines in a comment.
    input[1].comment += u"\nsecond line\r\nthird"_s;
    const QByteArray csv = AnnotationFormat::write(AnnotationFormat::Kind::Csv, input, m_calls);
    QVERIFY(csv.startsWith("call_id,file,start_s,end_s,tag_key,tag_label,comment,author,created_at,status\r\n"));
    QVERIFY2(csv.contains("3,\"/recordings/2026/Müller call, #1.wav\",12.345,30.001,anti.boundary_promise,"
                          "Boundary breach: promise,promised a refund | today,Dana Scully,2026-11-24T09:30:15Z,suggested\r\n"),
             csv.constData());

    for (const Call &call : std::as_const(m_calls)) {
        const auto read = AnnotationFormat::read(AnnotationFormat::Kind::Csv, csv, call.id, u"notes.csv"_s);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
        QList<Annotation> expected;
        for (const Annotation &a : std::as_const(input)) {
            if (a.call == call.id)
                expected.append(a);
        }
        QCOMPARE(describe(*read, true), describe(expected, true));
        for (const Annotation &a : *read)
            QCOMPARE(a.call, call.id);
    }
}

void TestAnnotationFormat::csvOfOneCallFromElsewhereIsTakenWhole()
{
    const QList<Annotation> one = m_annotations.mid(0, 3);
    const QByteArray csv = AnnotationFormat::write(AnnotationFormat::Kind::Csv, one, m_calls);
    const auto read = AnnotationFormat::read(AnnotationFormat::Kind::Csv, csv, CallId(77), u"other.csv"_s);
    QVERIFY(read);
    QCOMPARE(read->size(), 3);
    QCOMPARE(read->at(0).call, CallId(77));
    // A bulk file with none of the call's rows says so instead of importing nothing.
    const QByteArray both = AnnotationFormat::write(AnnotationFormat::Kind::Csv, m_annotations, m_calls);
    const auto none = AnnotationFormat::read(AnnotationFormat::Kind::Csv, both, CallId(77), u"all.csv"_s);
    QVERIFY(!none);
    QVERIFY2(none.error().message().contains(u"all.csv"_s), qPrintable(none.error().message()));
    // Semicolons (a European spreadsheet) and a minimal header.
    const auto minimal = AnnotationFormat::read(AnnotationFormat::Kind::Csv,
                                                "start_s;end_s;tag_label;comment\n1:23.5;95;Greeting;hi\n",
                                                CallId(1), u"min.csv"_s);
    QVERIFY2(minimal, minimal ? "" : qPrintable(minimal.error().message()));
    QCOMPARE(minimal->size(), 1);
    QCOMPARE(minimal->at(0).startMs, 83'500);
    QCOMPARE(minimal->at(0).endMs, 95'000);
    QCOMPARE(minimal->at(0).tagLabel, u"Greeting"_s);
    QVERIFY(!minimal->at(0).createdAt.isValid());
}

void TestAnnotationFormat::csvParseErrorsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("where");
    const QByteArray header = "call_id,file,start_s,end_s,tag_key,tag_label,comment,author,created_at,status\n";
    QTest::newRow("bad start") << header + "1,a.wav,1,2,,,,,,\n1,a.wav,abc,2,,,,,,\n" << u"notes.csv: line 3"_s;
    QTest::newRow("negative start") << header + "1,a.wav,-1,2,,,,,,\n" << u"notes.csv: line 2"_s;
    QTest::newRow("end before start") << header + "1,a.wav,5,2,,,,,,\n" << u"notes.csv: line 2"_s;
    QTest::newRow("infinite") << header + "1,a.wav,inf,inf,,,,,,\n" << u"notes.csv: line 2"_s;
    QTest::newRow("bad status") << header + "1,a.wav,1,2,,,,,,maybe\n" << u"notes.csv: line 2"_s;
    QTest::newRow("bad date") << header + "1,a.wav,1,2,,,,,yesterday,\n" << u"notes.csv: line 2"_s;
    QTest::newRow("after a quoted newline")
            << header + "1,a.wav,1,2,,,\"two\nlines\",,,\n1,a.wav,x,2,,,,,,\n" << u"notes.csv: line 4"_s;
    QTest::newRow("no start column") << QByteArray("a,b\n1,2\n") << u"notes.csv: line 1"_s;
}

void TestAnnotationFormat::csvParseErrorsNameTheLine()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, where);
    const auto read = AnnotationFormat::read(AnnotationFormat::Kind::Csv, data, CallId(1), u"notes.csv"_s);
    QVERIFY(!read);
    QVERIFY2(read.error().message().contains(where), qPrintable(read.error().message()));
}

void TestAnnotationFormat::audacityRoundTrip()
{
    const QList<Annotation> first = m_annotations.mid(0, 6);
    const QByteArray labels = AnnotationFormat::write(AnnotationFormat::Kind::AudacityLabels, m_annotations, m_calls);
    const QList<QByteArray> lines = labels.split('\n');
    QCOMPARE(lines.size(), first.size() + 1); // only the first call's, one line each
    QCOMPARE(lines.at(0), QByteArray("0.000000\t4.500000\tGreeting"));
    QCOMPARE(lines.at(2), "12.345000\t30.001000\tBoundary breach: promise | promised a refund | today");
    QCOMPARE(lines.at(4), "40.000000\t40.000000\t| no tag, just a note: Jürgen 😀");

    const auto read = AnnotationFormat::read(AnnotationFormat::Kind::AudacityLabels, labels, CallId(3), u"l.txt"_s);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
    // Labels carry the tag's label and the comment; the key comes from the library on import.
    QList<Annotation> expected = first;
    for (Annotation &a : expected)
        a.tagKey.clear();
    QCOMPARE(describe(*read, false), describe(expected, false));

    // The second call on its own keeps leading spaces of a comment.
    const QByteArray other = AnnotationFormat::write(AnnotationFormat::Kind::AudacityLabels, m_annotations, { m_calls.at(1) });
    const auto back = AnnotationFormat::read(AnnotationFormat::Kind::AudacityLabels, other, CallId(8), u"l.txt"_s);
    QVERIFY(back);
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->at(0).comment, u"  leading spaces kept"_s);
}

void TestAnnotationFormat::audacityIsLenient()
{
    const QByteArray data = "\xEF\xBB\xBF"
                            "1.5\t2.5\tGreeting\r\n"
                            "\\\t300.000000\t3400.000000\r\n"
                            "\r\n"
                            "3,25\t4,75\tEmpathy bridge | nice\r\n"
                            "5 6 Pause button with spaces\n"
                            "7.000000\t8.000000\n"
                            "   \n";
    const auto read = AnnotationFormat::read(AnnotationFormat::Kind::AudacityLabels, data, CallId(1), u"l.txt"_s);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
    QCOMPARE(read->size(), 4);
    QCOMPARE(read->at(0).startMs, 1500);
    QCOMPARE(read->at(0).tagLabel, u"Greeting"_s);
    QCOMPARE(read->at(1).startMs, 3250);
    QCOMPARE(read->at(1).endMs, 4750);
    QCOMPARE(read->at(1).tagLabel, u"Empathy bridge"_s);
    QCOMPARE(read->at(1).comment, u"nice"_s);
    QCOMPARE(read->at(2).tagLabel, u"Pause button with spaces"_s);
    QCOMPARE(read->at(3).endMs, 8000);
    QVERIFY(read->at(3).tagLabel.isEmpty());
    QVERIFY(AnnotationFormat::read(AnnotationFormat::Kind::AudacityLabels, QByteArray(), CallId(1), u"e.txt"_s)->isEmpty());
}

void TestAnnotationFormat::audacityParseErrorsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("where");
    QTest::newRow("text for a time") << QByteArray("1\t2\ta\n\nabc\t2\tb\n") << u"labels.txt: line 3"_s;
    QTest::newRow("only one number") << QByteArray("1\t2\ta\n3\n") << u"labels.txt: line 2"_s;
    QTest::newRow("end before start") << QByteArray("5\t2\tx\n") << u"labels.txt: line 1"_s;
    QTest::newRow("nan") << QByteArray("nan\tnan\tx\n") << u"labels.txt: line 1"_s;
    QTest::newRow("not UTF-8") << QByteArray("1\t2\t\xff\xfe\n") << u"labels.txt"_s;
}

void TestAnnotationFormat::audacityParseErrorsNameTheLine()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, where);
    const auto read = AnnotationFormat::read(AnnotationFormat::Kind::AudacityLabels, data, CallId(1), u"labels.txt"_s);
    QVERIFY(!read);
    QVERIFY2(read.error().message().contains(where), qPrintable(read.error().message()));
}

void TestAnnotationFormat::elanIsWellFormedWithTheRightSlots()
{
    const QByteArray eaf = AnnotationFormat::write(AnnotationFormat::Kind::Elan, m_annotations, m_calls);
    QXmlStreamReader xml(eaf);
    QHash<QString, qint64> slotValues;
    QList<qint64> slotOrder;
    QString tier;
    QString mediaUrl;
    QString format;
    QStringList tiers;
    QList<std::tuple<QString, QString, QString>> annotations; // tier, ref1, ref2
    QStringList values;
    QString ref1;
    QString ref2;
    while (!xml.atEnd()) {
        if (!xml.readNext() || xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        const auto attr = [&](const char *name) { return xml.attributes().value(QLatin1StringView(name)).toString(); };
        if (xml.name() == u"ANNOTATION_DOCUMENT"_s) {
            format = attr("FORMAT");
        } else if (xml.name() == u"MEDIA_DESCRIPTOR"_s) {
            mediaUrl = attr("MEDIA_URL");
        } else if (xml.name() == u"TIME_SLOT"_s) {
            slotValues.insert(attr("TIME_SLOT_ID"), attr("TIME_VALUE").toLongLong());
            slotOrder.append(attr("TIME_VALUE").toLongLong());
        } else if (xml.name() == u"TIER"_s) {
            tier = attr("TIER_ID");
            tiers << tier;
            QCOMPARE(attr("LINGUISTIC_TYPE_REF"), u"coachbench"_s);
        } else if (xml.name() == u"ALIGNABLE_ANNOTATION"_s) {
            annotations.append({ tier, attr("TIME_SLOT_REF1"), attr("TIME_SLOT_REF2") });
        } else if (xml.name() == u"ANNOTATION_VALUE"_s) {
            values << xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(format, u"3.0"_s);
    QCOMPARE(QUrl(mediaUrl).toLocalFile(), m_calls.at(0).recordingPath);
    QVERIFY(std::is_sorted(slotOrder.begin(), slotOrder.end()));

    // The first call's six annotations, in time order, each on its tag's tier.
    QCOMPARE(annotations.size(), 6);
    QList<Annotation> expected = m_annotations.mid(0, 6);
    std::stable_sort(expected.begin(), expected.end(),
                     [](const Annotation &a, const Annotation &b) { return a.startMs < b.startMs; });
    QMultiHash<QString, std::pair<qint64, qint64>> byTier;
    for (const auto &[tierId, first, second] : annotations) {
        QVERIFY2(slotValues.contains(first) && slotValues.contains(second), qPrintable(first + second));
        byTier.insert(tierId, { slotValues.value(first), slotValues.value(second) });
    }
    QCOMPARE(byTier.values(u"Greeting"_s), (QList<std::pair<qint64, qint64>>{ { 0, 4'500 } }));
    QCOMPARE(byTier.values(u"Boundary breach: promise"_s), (QList<std::pair<qint64, qint64>>{ { 12'345, 30'001 } }));
    // The overlapping one of the same tag spills into a second tier.
    QCOMPARE(byTier.values(u"Boundary breach: promise (2)"_s), (QList<std::pair<qint64, qint64>>{ { 20'000, 25'000 } }));
    QCOMPARE(byTier.values(u"Comments"_s), (QList<std::pair<qint64, qint64>>{ { 40'000, 40'000 } }));
    QCOMPARE(byTier.values(u"Confirmation"_s), (QList<std::pair<qint64, qint64>>{ { 119'999, 119'999 } }));
    QVERIFY(values.contains(u"calm, \"warm\" tone; “good”"_s));
    QVERIFY(values.contains(u"Greeting"_s)); // no comment: the tag
    QVERIFY(tiers.contains(u"Off-script — effective"_s));
}

void TestAnnotationFormat::textGridCoversTheCall()
{
    const QString grid = QString::fromUtf8(
            AnnotationFormat::write(AnnotationFormat::Kind::PraatTextGrid, m_annotations, m_calls));
    QVERIFY(grid.startsWith(u"File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n"_s));
    QVERIFY2(grid.contains(u"\nxmax = 120 \n"_s), qPrintable(grid));
    // Read back tier by tier: every IntervalTier runs 0..120 without gaps or overlaps.
    static const QRegularExpression tierPattern(u"class = \"(\\w+)\" \\n\\s+name = \"([^\"]*)\" "_s);
    static const QRegularExpression intervalPattern(
            u"xmin = ([0-9.]+) \\n\\s+xmax = ([0-9.]+) \\n\\s+text = \"((?:[^\"]|\"\")*)\" "_s);
    static const QRegularExpression pointPattern(u"number = ([0-9.]+) \\n\\s+mark = \"((?:[^\"]|\"\")*)\" "_s);
    const QStringList items = grid.split(QRegularExpression(u"\\n    item \\[\\d+\\]:\\n"_s));
    QCOMPARE(items.size(), 4); // header, regions, regions 2 (the overlap), moments
    QStringList regionTexts;
    for (const QString &item : items.mid(1)) {
        const auto tier = tierPattern.match(item);
        QVERIFY2(tier.hasMatch(), qPrintable(item));
        if (tier.captured(1) == u"IntervalTier"_s) {
            double at = 0;
            int count = 0;
            for (auto it = intervalPattern.globalMatch(item); it.hasNext();) {
                const auto m = it.next();
                QCOMPARE(m.captured(1).toDouble(), at);
                QVERIFY(m.captured(2).toDouble() > at);
                at = m.captured(2).toDouble();
                ++count;
                if (!m.captured(3).isEmpty())
                    regionTexts << m.captured(3).replace(u"\"\""_s, u"\""_s);
            }
            QCOMPARE(at, 120.0);
            QVERIFY2(item.contains(u"intervals: size = %1 "_s.arg(count)), qPrintable(item));
        } else {
            QCOMPARE(tier.captured(1), u"TextTier"_s);
            QStringList points;
            for (auto it = pointPattern.globalMatch(item); it.hasNext();) {
                const auto m = it.next();
                points << m.captured(1) + u' ' + m.captured(2).replace(u"\"\""_s, u"\""_s);
            }
            QCOMPARE(points, (QStringList{ u"10 Off-script — effective | calm, \"warm\" tone; “good”"_s,
                                           u"40 | no tag, just a note: Jürgen 😀"_s,
                                           u"119.999 Confirmation | at the end"_s }));
        }
    }
    QCOMPARE(regionTexts, (QStringList{ u"Greeting"_s, u"Boundary breach: promise | promised a refund | today"_s,
                                        u"Boundary breach: promise | overlaps the one before"_s }));
    // A grid with nothing in it still covers the call.
    const QString empty = QString::fromUtf8(
            AnnotationFormat::write(AnnotationFormat::Kind::PraatTextGrid, {}, { m_calls.at(1) }));
    QVERIFY2(empty.contains(u"intervals: size = 1 "_s) && empty.contains(u"xmax = 60 "_s), qPrintable(empty));
}

void TestAnnotationFormat::parseSeconds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: refused
    QTest::newRow("seconds") << u"83.2"_s << qint64(83'200);
    QTest::newRow("whole") << u"95"_s << qint64(95'000);
    QTest::newRow("m:ss") << u"1:23"_s << qint64(83'000);
    QTest::newRow("m:ss.f") << u"1:23.25"_s << qint64(83'250);
    QTest::newRow("h:mm:ss") << u"1:02:03"_s << qint64(3'723'000);
    QTest::newRow("six decimals") << u"12.345000"_s << qint64(12'345);
    QTest::newRow("rounding") << u"0.0005"_s << qint64(1);
    QTest::newRow("comma") << u"3,5"_s << qint64(3'500);
    QTest::newRow("negative") << u"-1"_s << qint64(-1);
    QTest::newRow("seconds over 59") << u"1:75"_s << qint64(-1);
    QTest::newRow("exponent") << u"1e3"_s << qint64(-1);
    QTest::newRow("inf") << u"inf"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("dot") << u"."_s << qint64(-1);
    QTest::newRow("huge") << u"99999999999"_s << qint64(-1);
    QTest::newRow("too many colons") << u"1:2:3:4"_s << qint64(-1);
}

void TestAnnotationFormat::parseSeconds()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const auto parsed = AnnotationFormat::parseSeconds(text);
    if (ms < 0)
        QVERIFY(!parsed);
    else
        QCOMPARE(parsed, std::optional<qint64>(ms));
}

void TestAnnotationFormat::formatNames()
{
    using Kind = AnnotationFormat::Kind;
    QCOMPARE(AnnotationFormat::kindFromName(u"CSV"_s), std::optional(Kind::Csv));
    QCOMPARE(AnnotationFormat::kindFromName(u"audacity"_s), std::optional(Kind::AudacityLabels));
    QCOMPARE(AnnotationFormat::kindFromName(u"elan"_s), std::optional(Kind::Elan));
    QCOMPARE(AnnotationFormat::kindFromName(u"TextGrid"_s), std::optional(Kind::PraatTextGrid));
    QVERIFY(!AnnotationFormat::kindFromName(u"xlsx"_s));
    QCOMPARE(AnnotationFormat::fileSuffix(Kind::Elan), u"eaf"_s);
    QVERIFY(AnnotationFormat::holdsManyCalls(Kind::Csv));
    QVERIFY(!AnnotationFormat::holdsManyCalls(Kind::Elan));
    const auto unsupported = AnnotationFormat::read(Kind::Elan, "<x/>", CallId(1), u"a.eaf"_s);
    QVERIFY(!unsupported);
    QCOMPARE(unsupported.error().code(), ErrorCode::Unsupported);
}

QTEST_GUILESS_MAIN(TestAnnotationFormat)
#include "TestAnnotationFormat.moc"
