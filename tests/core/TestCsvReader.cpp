// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CsvReader.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using coach::CsvReader;
using coach::CsvRecord;
using coach::ErrorCode;

Q_DECLARE_METATYPE(QList<coach::CsvRecord>)
Q_DECLARE_METATYPE(coach::ErrorCode)

/*
 * CsvReader on what contact-centre exports and spreadsheets write: quoting,
 * line endings, BOMs, European delimiters, and the two ways input is refused.
 */
class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

namespace {

CsvRecord rec(int line, const QStringList &fields)
{
    return { line, fields };
}

const QString kPath = u"/exports/calls.csv"_s;

} // namespace

void TestCsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<CsvRecord>>("expected");

    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n")
                           << QList{ rec(1, { u"a"_s, u"b"_s, u"c"_s }), rec(2, { u"1"_s, u"2"_s, u"3"_s }) };
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2")
                                      << QList{ rec(1, { u"a"_s, u"b"_s }), rec(2, { u"1"_s, u"2"_s }) };
    QTest::newRow("empty input") << QByteArray() << QList<CsvRecord>{};
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << QList<CsvRecord>{};
    QTest::newRow("quoted field with delimiter") << QByteArray("a,\"b,c\",d\n")
                                                 << QList{ rec(1, { u"a"_s, u"b,c"_s, u"d"_s }) };
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n")
                                    << QList{ rec(1, { u"say \"hi\""_s, u"\""_s }) };
    QTest::newRow("embedded newlines keep line numbers")
            << QByteArray("h1,h2\n\"line one\nline two\",x\nnext,y\n\"a\n\nb\",z\nlast,w\n")
            << QList{ rec(1, { u"h1"_s, u"h2"_s }), rec(2, { u"line one\nline two"_s, u"x"_s }),
                      rec(4, { u"next"_s, u"y"_s }), rec(5, { u"a\n\nb"_s, u"z"_s }), rec(8, { u"last"_s, u"w"_s }) };
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n")
                          << QList{ rec(1, { u"a"_s, u"b"_s }), rec(2, { u"1"_s, u"2"_s }) };
    QTest::newRow("CRLF inside quotes is kept")
            << QByteArray("a,b\r\n\"x\r\ny\",2\r\nz,3\r\n")
            << QList{ rec(1, { u"a"_s, u"b"_s }), rec(2, { u"x\r\ny"_s, u"2"_s }), rec(4, { u"z"_s, u"3"_s }) };
    QTest::newRow("CR only (old Mac)") << QByteArray("a,b\r1,2\r")
                                       << QList{ rec(1, { u"a"_s, u"b"_s }), rec(2, { u"1"_s, u"2"_s }) };
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF" "file,rep\nx.wav,Zo\xC3\xAB\n")
                               << QList{ rec(1, { u"file"_s, u"rep"_s }), rec(2, { u"x.wav"_s, u"Zoë"_s }) };
    QTest::newRow("semicolon delimiter, decimal comma")
            << QByteArray("file;rep;csat\nx.wav;Dana;4,5\n")
            << QList{ rec(1, { u"file"_s, u"rep"_s, u"csat"_s }), rec(2, { u"x.wav"_s, u"Dana"_s, u"4,5"_s }) };
    QTest::newRow("tab delimiter") << QByteArray("file\trep\tnote\nx.wav\tDana, Jr\ta;b\n")
                                   << QList{ rec(1, { u"file"_s, u"rep"_s, u"note"_s }),
                                             rec(2, { u"x.wav"_s, u"Dana, Jr"_s, u"a;b"_s }) };
    QTest::newRow("blank lines are skipped")
            << QByteArray("a,b\n\n1,2\n\n\n3,4\n\n")
            << QList{ rec(1, { u"a"_s, u"b"_s }), rec(3, { u"1"_s, u"2"_s }), rec(6, { u"3"_s, u"4"_s }) };
    QTest::newRow("whitespace-only line is blank")
            << QByteArray("a,b\n   \t\n1,2\n") << QList{ rec(1, { u"a"_s, u"b"_s }), rec(3, { u"1"_s, u"2"_s }) };
    QTest::newRow("blank lines before a semicolon header")
            << QByteArray("\n\nfile;rep\nx.wav;Dana\n")
            << QList{ rec(3, { u"file"_s, u"rep"_s }), rec(4, { u"x.wav"_s, u"Dana"_s }) };
    QTest::newRow("spaces around unquoted fields are trimmed")
            << QByteArray(" a , b \n") << QList{ rec(1, { u"a"_s, u"b"_s }) };
    QTest::newRow("spaces inside quotes are kept")
            << QByteArray("\" a \",b\n") << QList{ rec(1, { u" a "_s, u"b"_s }) };
    QTest::newRow("empty fields") << QByteArray("a,,c\n,,\n")
                                  << QList{ rec(1, { u"a"_s, QString(), u"c"_s }), rec(2, { QString(), QString(), QString() }) };
    QTest::newRow("quote inside an unquoted field is literal")
            << QByteArray("ab\"c,d\n") << QList{ rec(1, { u"ab\"c"_s, u"d"_s }) };
    QTest::newRow("ragged rows are kept as they are")
            << QByteArray("a,b,c\n1\n1,2,3,4\n")
            << QList{ rec(1, { u"a"_s, u"b"_s, u"c"_s }), rec(2, { u"1"_s }), rec(3, { u"1"_s, u"2"_s, u"3"_s, u"4"_s }) };
    QTest::newRow("non-ASCII text") << QByteArray("n\xC3\xA9v\n\xC3\x81rv\xC3\xADzt\xC5\xB1r\xC5\x91 \xE6\x97\xA5\n")
                                    << QList{ rec(1, { u"név"_s }), rec(2, { u"Árvíztűrő 日"_s }) };
}

void TestCsvReader::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<CsvRecord>, expected);
    const auto records = CsvReader::parse(input, kPath);
    QVERIFY2(records, records ? "" : qPrintable(records.error().message()));
    QCOMPARE(records->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(records->at(i).fields, expected.at(i).fields);
        QCOMPARE(records->at(i).line, expected.at(i).line);
    }
}

void TestCsvReader::refuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,3\n") << ErrorCode::Corrupt << u"line 2"_s;
    QTest::newRow("unterminated after an embedded newline")
            << QByteArray("a\n\"x\ny\"\n\"z\n") << ErrorCode::Corrupt << u"line 4"_s;
    QTest::newRow("unterminated on the first line") << QByteArray("\"file,rep\n") << ErrorCode::Corrupt << u"line 1"_s;
    QTest::newRow("Latin-1, not UTF-8") << QByteArray("name\nJos\xE9\n") << ErrorCode::InvalidInput << u"UTF-8"_s;
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEn\x00""a\x00\n\x00", 8) << ErrorCode::InvalidInput << u"UTF-8"_s;
    QTest::newRow("truncated UTF-8 sequence") << QByteArray("name\nZo\xC3") << ErrorCode::InvalidInput << u"UTF-8"_s;
}

void TestCsvReader::refuses()
{
    QFETCH(QByteArray, input);
    QFETCH(ErrorCode, code);
    QFETCH(QString, messagePart);
    const auto records = CsvReader::parse(input, kPath);
    QVERIFY(!records);
    QCOMPARE(records.error().code(), code);
    QVERIFY2(records.error().message().contains(messagePart), qPrintable(records.error().message()));
    QVERIFY2(records.error().message().contains(kPath), qPrintable(records.error().message()));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
