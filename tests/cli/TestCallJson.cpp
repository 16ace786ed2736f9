// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/*
 * `coach list --json` writes its array with CallJson::summaryArray() instead
 * of QJsonDocument; the bytes must stay exactly what the document writes, for
 * every kind of value a call holds, or the documented output would drift.
 */
class TestCallJson : public QObject
{
    Q_OBJECT

private slots:
    void summaryArrayMatchesTheDocument_data();
    void summaryArrayMatchesTheDocument();
    void emptyListMatchesTheDocument();

private:
    static QByteArray viaDocument(const QList<coach::Call> &calls)
    {
        QJsonArray array;
        for (const coach::Call &call : calls)
            array.append(coach::cli::CallJson::summary(call));
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
};

void TestCallJson::summaryArrayMatchesTheDocument_data()
{
    QTest::addColumn<QList<coach::Call>>("calls");

    coach::Call empty;
    QTest::newRow("defaults") << QList<coach::Call> { empty };

    coach::Call full;
    full.id = coach::CallId(9007199254740993LL); // above 2^53: must stay an integer
    full.recordingPath = u"/calls/2025/Ünïcødé – “quoted” \\ back\\slash/call 1.wav"_s;
    full.startedAt = QDateTime(QDate(2025, 3, 9), QTime(23, 59, 58), Qt::UTC);
    full.audio.durationMs = 185'123;
    full.audio.channels = 2;
    full.audio.sampleRate = 8000;
    full.audio.codec = u"pcm_mulaw"_s;
    full.agentChannel = coach::AgentChannel::Right;
    full.repName = u"Zoë \"Z\" O'Brien 😀"_s;
    full.teamName = u"Tab\there, new\nline, cr\r, bell\u0007, del\u007f"_s;
    full.queue = u"lone surrogate: "_s + QChar(0xd800) + u" end"_s;
    full.customerRef = u"/slash/ & <tag> 日本語"_s;
    full.csat = 4.5;
    full.feltHeard = 4.0;
    full.firstContactResolution = true;
    full.repeatContact = false;
    full.handleTimeS = 0;
    full.hasTranscript = true;
    QTest::newRow("every field") << QList<coach::Call> { full };

    coach::Call small = full;
    small.csat = 1e-7;
    small.feltHeard = 123456789.125;
    small.agentChannel = coach::AgentChannel::Left;
    small.startedAt = {};
    QTest::newRow("several, odd numbers") << QList<coach::Call> { full, small, empty };
}

void TestCallJson::summaryArrayMatchesTheDocument()
{
    QFETCH(QList<coach::Call>, calls);
    const QByteArray expected = viaDocument(calls);
    const QByteArray written = coach::cli::CallJson::summaryArray(calls);
    QCOMPARE(written, expected);
    // And it is JSON that reads back to the same array.
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(written, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.array().size(), calls.size());
}

void TestCallJson::emptyListMatchesTheDocument()
{
    QCOMPARE(coach::cli::CallJson::summaryArray({}), viaDocument({}));
}

QTEST_GUILESS_MAIN(TestCallJson)
#include "TestCallJson.moc"
