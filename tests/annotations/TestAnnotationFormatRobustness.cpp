// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/AnnotationFormat.h"

#include <QTest>

#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * Hostile and random input for the annotation readers: mutated CSV and
 * Audacity label files never crash and either parse into sane annotations or
 * fail with a message naming the file; random annotations survive a write and
 * a read. Deterministic (fixed seeds), so a failure reproduces; configure
 * with -DCOACH_SANITIZE=ON to run it under ASan and UBSan.
 */
class TestAnnotationFormatRobustness final : public QObject
{
    Q_OBJECT

private slots:
    void mutatedInputNeverCrashes_data();
    void mutatedInputNeverCrashes();
    void randomAnnotationsRoundTrip_data();
    void randomAnnotationsRoundTrip();
};

namespace {

constexpr int kMutations = 2500;

QByteArray mutate(QByteArray data, std::mt19937 &random)
{
    static const QList<QByteArray> pieces{ "\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "\\", "|", ":", ".", "-",
                                           "1e308", "nan", "99999999999999999999", "\xff", "\xc3", "\xef\xbb\xbf",
                                           "\0", "😀", "start_s", "\\\t1\t2\n", "0:60", "1:2:3:4" };
    const int steps = 1 + int(random() % 6);
    for (int s = 0; s < steps; ++s) {
        const qsizetype at = data.isEmpty() ? 0 : qsizetype(random() % quint32(data.size() + 1));
        switch (random() % 6) {
        case 0: // flip a byte
            if (!data.isEmpty())
                data[std::min(at, data.size() - 1)] = char(random() % 256);
            break;
        case 1: { // insert a piece that means something to a parser
            const QByteArray &piece = pieces.at(qsizetype(random() % quint32(pieces.size())));
            data.insert(at, piece.isEmpty() ? QByteArray(1, '\0') : piece);
            break;
        }
        case 2: // truncate
            data.truncate(at);
            break;
        case 3: // delete a run
            data.remove(at, qsizetype(random() % 16));
            break;
        case 4: // duplicate a run
            data.insert(at, data.mid(at, qsizetype(random() % 64)));
            break;
        default: // random bytes
            for (int i = int(random() % 8); i > 0; --i)
                data.insert(at, char(random() % 256));
            break;
        }
    }
    return data;
}

} // namespace

void TestAnnotationFormatRobustness::mutatedInputNeverCrashes_data()
{
    QTest::addColumn<AnnotationFormat::Kind>("kind");
    QTest::addColumn<QByteArray>("seed");
    QTest::newRow("csv") << AnnotationFormat::Kind::Csv
                         << QByteArray("call_id,file,start_s,end_s,tag_key,tag_label,comment,author,created_at,status\r\n"
                                       "3,\"/r/a, b.wav\",0.000,4.500,checkpoint.greeting,Greeting,,Dana,2026-11-24T09:30:15Z,confirmed\r\n"
                                       "3,/r/a.wav,12.345,30.001,anti.x,\"Boundary, promise\",\"said \"\"today\"\"\nnext\",Dana,,suggested\r\n"
                                       "4,/r/b.wav,1:02,1:03.5,,,plain,,,\r\n");
    QTest::newRow("audacity") << AnnotationFormat::Kind::AudacityLabels
                              << QByteArray("0.000000\t4.500000\tGreeting\n"
                                            "\\\t300.000000\t3400.000000\n"
                                            "12.345000\t30.001000\tBoundary breach: promise | promised | today\n"
                                            "40.000000\t40.000000\t| note 😀\n"
                                            "5 6 spaced label\n");
}

void TestAnnotationFormatRobustness::mutatedInputNeverCrashes()
{
    QFETCH(AnnotationFormat::Kind, kind);
    QFETCH(QByteArray, seed);
    std::mt19937 random(kind == AnnotationFormat::Kind::Csv ? 4180 : 1999);
    const auto seedRead = AnnotationFormat::read(kind, seed, CallId(3), u"seed"_s);
    QVERIFY2(seedRead, seedRead ? "" : qPrintable(seedRead.error().message()));
    int parsed = 0;
    int refused = 0;
    for (int i = 0; i < kMutations; ++i) {
        const QByteArray input = mutate(seed, random);
        const auto read = AnnotationFormat::read(kind, input, CallId(3), u"fuzz.in"_s);
        if (!read) {
            ++refused;
            QVERIFY2(read.error().message().contains(u"fuzz.in"_s),
                     qPrintable(read.error().message() + u" for input "_s + QString::fromLatin1(input.toHex())));
            continue;
        }
        ++parsed;
        for (const Annotation &a : *read) {
            QVERIFY2(a.startMs >= 0 && a.endMs >= a.startMs, input.toHex().constData());
            QCOMPARE(a.call, CallId(3));
        }
    }
    // Both outcomes must occur, or the mutations are not reaching the parser.
    QVERIFY2(parsed > 0 && refused > 0, qPrintable(u"%1 parsed, %2 refused"_s.arg(parsed).arg(refused)));
}

void TestAnnotationFormatRobustness::randomAnnotationsRoundTrip_data()
{
    QTest::addColumn<AnnotationFormat::Kind>("kind");
    QTest::newRow("csv") << AnnotationFormat::Kind::Csv;
    QTest::newRow("audacity") << AnnotationFormat::Kind::AudacityLabels;
}

void TestAnnotationFormatRobustness::randomAnnotationsRoundTrip()
{
    QFETCH(AnnotationFormat::Kind, kind);
    const bool csv = kind == AnnotationFormat::Kind::Csv;
    std::mt19937 random(csv ? 1 : 2);
    // Comments may hold anything; label formats have one line, and a label no bar.
    // Whole characters, so an emoji is never cut into a lone surrogate.
    const auto characters = [](const QString &chars) {
        QStringList result;
        for (const uint c : chars.toUcs4())
            result << QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        return result;
    };
    const QStringList commentChars = characters(csv ? u"ab ,;\"'|\n\r\t:é😀—“”\\"_s : u"ab ,;\"'|:é😀—“”\\"_s);
    const QStringList labelChars = characters(u"Ab ,;\"':é—“”-"_s);
    const auto text = [&](const QStringList &chars, int maxLength) {
        QString s;
        for (int n = int(random() % quint32(maxLength + 1)); n > 0; --n)
            s += chars.at(qsizetype(random() % quint32(chars.size())));
        return s;
    };
    for (int round = 0; round < 200; ++round) {
        Call call;
        call.id = CallId(5);
        QList<Annotation> input;
        for (int i = int(random() % 8); i > 0; --i) {
            Annotation a;
            a.call = call.id;
            a.startMs = random() % 10'000'000;
            a.endMs = a.startMs + (random() % 2 ? 0 : random() % 100'000);
            a.tagLabel = text(labelChars, 12).trimmed();
            a.comment = text(commentChars, 30);
            if (csv) {
                a.tagKey = a.tagLabel.isEmpty() ? QString() : u"custom.k%1"_s.arg(i);
                a.author = text(labelChars, 8).trimmed();
                a.createdAt = QDateTime::fromSecsSinceEpoch(qint64(random() % 2'000'000'000), Qt::UTC);
                a.updatedAt = a.createdAt;
                a.suggested = random() % 2;
            }
            input.append(a);
        }
        const QByteArray bytes = AnnotationFormat::write(kind, input, { call });
        const auto read = AnnotationFormat::read(kind, bytes, call.id, u"round.trip"_s);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
        QCOMPARE(read->size(), input.size());
        for (qsizetype i = 0; i < input.size(); ++i) {
            const Annotation &a = input.at(i);
            const Annotation &b = read->at(i);
            const QByteArray where = "round " + QByteArray::number(round) + " #" + QByteArray::number(i) + ": "
                    + bytes;
            QVERIFY2(b.startMs == a.startMs && b.endMs == a.endMs, where.constData());
            QVERIFY2(b.tagLabel == a.tagLabel, where.constData());
            QVERIFY2(b.comment == a.comment, qPrintable(u"«"_s + a.comment + u"» vs «"_s + b.comment + u"»"_s));
            if (csv) {
                QVERIFY2(b.tagKey == a.tagKey && b.author == a.author && b.createdAt == a.createdAt
                                 && b.suggested == a.suggested,
                         where.constData());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestAnnotationFormatRobustness)
#include "TestAnnotationFormatRobustness.moc"
