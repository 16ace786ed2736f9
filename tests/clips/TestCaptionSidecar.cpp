// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "export/CaptionSidecar.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using coach::CaptionSidecar;
using coach::Segment;

// Captions for a clip: cut to the clip, timed from its first sample, escaped.
class TestCaptionSidecar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webVtt();
    void srt();
    void hoursAndEscaping();
    void nothingInRange();
    void names();
    void writeAndRefuse();

private:
    const QList<Segment> m_segments {
        { 55'000, 61'500, u"spk_0"_s, u"Starts before the clip."_s },
        { 62'000, 64'250, u"spk_1"_s, u"  Inside it,\n\non two lines.  "_s },
        { 66'000, 66'000, u"spk_0"_s, u"No length."_s },
        { 68'000, 75'000, u"spk_0"_s, u"Runs past its end."_s },
        { 75'000, 80'000, u"spk_1"_s, u"After it."_s },
        { 63'000, 63'500, u""_s, u"Nobody's, out of order."_s },
    };
};

void TestCaptionSidecar::webVtt()
{
    const QString vtt = CaptionSidecar::render(m_segments, { 60'000, 70'000 }, CaptionSidecar::Format::WebVtt,
        { { u"spk_0"_s, u"Dana Ruiz"_s }, { u"spk_1"_s, u"Customer"_s } });
    QCOMPARE(vtt,
        u"WEBVTT\n"
        "\n00:00:00.000 --> 00:00:01.500\n<v Dana Ruiz>Starts before the clip.\n"
        "\n00:00:02.000 --> 00:00:04.250\n<v Customer>Inside it,\non two lines.\n"
        "\n00:00:03.000 --> 00:00:03.500\nNobody's, out of order.\n"
        "\n00:00:08.000 --> 00:00:10.000\n<v Dana Ruiz>Runs past its end.\n"_s);
}

void TestCaptionSidecar::srt()
{
    const QString srt = CaptionSidecar::render(m_segments, { 60'000, 70'000 }, CaptionSidecar::Format::Srt,
        { { u"spk_0"_s, u"Agent"_s } });
    QCOMPARE(srt,
        u"1\n00:00:00,000 --> 00:00:01,500\nAgent: Starts before the clip.\n"
        "\n2\n00:00:02,000 --> 00:00:04,250\nspk_1: Inside it,\non two lines.\n"
        "\n3\n00:00:03,000 --> 00:00:03,500\nNobody's, out of order.\n"
        "\n4\n00:00:08,000 --> 00:00:10,000\nAgent: Runs past its end.\n"_s);
}

void TestCaptionSidecar::hoursAndEscaping()
{
    const QList<Segment> segments { { 7'200'000, 7'265'123, u"A<b>"_s, u"Fees & charges -> <i>now</i>"_s } };
    const QString vtt = CaptionSidecar::render(segments, { 3'600'000, 7'300'000 }, CaptionSidecar::Format::WebVtt);
    QCOMPARE(vtt, u"WEBVTT\n\n01:00:00.000 --> 01:01:05.123\n<v A&lt;b&gt;>Fees &amp; charges -&gt; &lt;i&gt;now&lt;/i&gt;\n"_s);
}

void TestCaptionSidecar::nothingInRange()
{
    QCOMPARE(CaptionSidecar::render(m_segments, { 0, 50'000 }, CaptionSidecar::Format::WebVtt), u"WEBVTT\n"_s);
    QCOMPARE(CaptionSidecar::render(m_segments, { 0, 50'000 }, CaptionSidecar::Format::Srt), QString());
}

void TestCaptionSidecar::names()
{
    QCOMPARE(CaptionSidecar::formatFromName(u"VTT"_s), CaptionSidecar::Format::WebVtt);
    QCOMPARE(CaptionSidecar::formatFromName(u"webvtt"_s), CaptionSidecar::Format::WebVtt);
    QCOMPARE(CaptionSidecar::formatFromName(u"srt"_s), CaptionSidecar::Format::Srt);
    QVERIFY(!CaptionSidecar::formatFromName(u"ass"_s));
    QCOMPARE(CaptionSidecar::pathBeside(u"/tmp/clips/tip.week48.opus"_s, CaptionSidecar::Format::Srt),
        u"/tmp/clips/tip.week48.srt"_s);
}

void TestCaptionSidecar::writeAndRefuse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tip.vtt"_s);
    QVERIFY(CaptionSidecar::write(path, m_segments, { 60'000, 70'000 }, CaptionSidecar::Format::WebVtt));
    QVERIFY(coach::test::readFile(path).startsWith("WEBVTT\n\n00:00:00.000 --> 00:00:01.500\n<v spk_0>"));
    const auto refused = CaptionSidecar::write(dir.filePath(u"missing/tip.vtt"_s), m_segments, { 60'000, 70'000 },
        CaptionSidecar::Format::WebVtt);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(u"missing"_s), qPrintable(refused.error().message()));
}

QTEST_GUILESS_MAIN(TestCaptionSidecar)
#include "TestCaptionSidecar.moc"
