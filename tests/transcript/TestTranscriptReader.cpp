// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcript/TranscriptReader.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

Q_DECLARE_METATYPE(coach::ErrorCode)

/*
 * TranscriptReader picks the reader by content and extension; and every file
 * of the shared corpora (WebVTT, SRT, transcripts, their expectation JSON
 * too) either reads or is refused with a message that names it — no crash,
 * no message-less error. Run it under -DCOACH_SANITIZE=ON as well.
 */
class TestTranscriptReader final : public QObject
{
    Q_OBJECT

private slots:
    void picksReader_data();
    void picksReader();
    void refusesUnknownKinds_data();
    void refusesUnknownKinds();
    void readsFromDisk();
    void everyCorpusFile_data();
    void everyCorpusFile();
};

void TestTranscriptReader::picksReader_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("format");

    const QByteArray srt = "1\n00:00:01,000 --> 00:00:02,000\nHi\n";
    const QByteArray vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n";
    const QByteArray whisper = R"({"segments": [{"start": 1, "end": 2, "text": "Hi"}]})";
    const QByteArray amazon = R"({"status": "COMPLETED", "results": {"items": [{"start_time": "1", "end_time": "2",
        "alternatives": [{"content": "Hi"}], "type": "pronunciation"}]}})";
    QTest::newRow(".srt") << u"a.srt"_s << srt << u"srt"_s;
    QTest::newRow(".vtt") << u"a.vtt"_s << vtt << u"webvtt"_s;
    QTest::newRow(".json whisper") << u"a.json"_s << whisper << u"whisper-json"_s;
    QTest::newRow(".json amazon") << u"a.json"_s << amazon << u"amazon-transcribe"_s;
    QTest::newRow("WebVTT named .srt") << u"a.srt"_s << vtt << u"webvtt"_s;
    QTest::newRow("SRT named .txt") << u"a.txt"_s << srt << u"srt"_s;
    QTest::newRow("SRT with BOM, no extension") << u"a"_s << QByteArray("\xEF\xBB\xBF") + srt << u"srt"_s;
    QTest::newRow("Whisper JSON named .txt") << u"a.txt"_s << whisper << u"whisper-json"_s;
    QTest::newRow("upper-case extension") << u"A.SRT"_s << srt << u"srt"_s;
}

void TestTranscriptReader::picksReader()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, input);
    QFETCH(QString, format);
    const auto transcript = TranscriptReader::parse(input, name);
    QVERIFY2(transcript, transcript ? "" : qPrintable(transcript.error().message()));
    QCOMPARE(transcript->format, format);
    QCOMPARE(transcript->segments.size(), 1);
    QCOMPARE(transcript->segments.constFirst().text, u"Hi"_s);
    QCOMPARE(transcript->segments.constFirst().startMs, 1000);
}

void TestTranscriptReader::refusesUnknownKinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("prose") << u"notes.txt"_s << QByteArray("Call went well.\n") << ErrorCode::Unsupported << u"WebVTT, SRT"_s;
    QTest::newRow("other JSON") << u"x.json"_s << QByteArray(R"({"cues": []})") << ErrorCode::Unsupported << u"Whisper"_s;
    QTest::newRow("broken JSON") << u"x.json"_s << QByteArray("{\"segments\": [") << ErrorCode::Corrupt << u"x.json:1"_s;
    QTest::newRow("empty") << u"x.srt"_s << QByteArray(" \n\n") << ErrorCode::Empty << u"x.srt"_s;
    QTest::newRow(".vtt without signature") << u"x.vtt"_s << QByteArray("hello\n") << ErrorCode::Corrupt << u"WEBVTT"_s;
    QTest::newRow("console log opening with a bracket") << u"log.txt"_s << QByteArray("[01:14.500 -> 01:15.500]  Okay.\n")
                                                       << ErrorCode::Unsupported << u"WebVTT, SRT"_s;
    QTest::newRow("binary") << u"x.wav"_s << QByteArray("RIFF\0\0\0\0WAVEfmt ", 16) << ErrorCode::Unsupported << u"x.wav"_s;
}

void TestTranscriptReader::refusesUnknownKinds()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, input);
    QFETCH(ErrorCode, code);
    QFETCH(QString, mentions);
    const auto transcript = TranscriptReader::parse(input, u"/calls/"_s + name);
    QVERIFY(!transcript);
    QCOMPARE(transcript.error().code(), code);
    QVERIFY2(transcript.error().message().contains(mentions), qPrintable(transcript.error().message()));
    QVERIFY2(transcript.error().message().contains(name), qPrintable(transcript.error().message()));
}

void TestTranscriptReader::readsFromDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto missing = TranscriptReader::read(dir.filePath(u"none.srt"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    QVERIFY(missing.error().message().contains(u"none.srt"_s));
    QFile file(dir.filePath(u"call.srt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("1\n00:00:01,000 --> 00:00:02,000\nHi\n");
    file.close();
    const auto transcript = TranscriptReader::read(file.fileName());
    QVERIFY(transcript);
    QCOMPARE(transcript->sourcePath, file.fileName());
}

void TestTranscriptReader::everyCorpusFile_data()
{
    QTest::addColumn<QString>("path");
    for (const auto *folder : { "webvtt", "srt", "transcripts" }) {
        const QString root = QStringLiteral(COACH_SHARED_CORPUS) + u'/' + QLatin1StringView(folder);
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &file : std::as_const(files)) {
            if (!file.endsWith(u".md"_s))
                QTest::newRow(qPrintable(QDir(QStringLiteral(COACH_SHARED_CORPUS)).relativeFilePath(file))) << file;
        }
    }
}

void TestTranscriptReader::everyCorpusFile()
{
    QFETCH(QString, path);
    if (!QFileInfo::exists(path))
        QSKIP("the shared corpus is not available");
    const auto transcript = TranscriptReader::read(path);
    if (transcript) {
        QVERIFY(!transcript->segments.isEmpty());
        QVERIFY(!transcript->format.isEmpty());
        for (const Segment &s : transcript->segments)
            QVERIFY2(!s.text.contains(u'\n'), qPrintable(s.text));
        qInfo("%s: %s, %lld segment(s)", qPrintable(QFileInfo(path).fileName()), qPrintable(transcript->format),
              qlonglong(transcript->segments.size()));
    } else {
        const QString message = transcript.error().message();
        QVERIFY2(message.contains(QFileInfo(path).fileName()), qPrintable(message));
        qInfo("%s: refused: %s", qPrintable(QFileInfo(path).fileName()), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestTranscriptReader)
#include "TestTranscriptReader.moc"
