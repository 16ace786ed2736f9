// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewFixture.h"
#include "TestSupport.h"

#include "review/ReviewController.h"
#include "review/ReviewPage.h"
#include "review/SpeakerColors.h"
#include "review/WaveformWidget.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/TranscriptRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/*
 * "Mono calls show one lane, split by the transcript's speakers where there
 * is one": the lanes ReviewController gives the waveform for a mono
 * recording, and what the waveform then draws, read back pixel by pixel. The
 * recording is a steady tone, so every column of a lane has a full-height
 * bar: drawn in the lane's own colour where its speaker talks, faint elsewhere.
 */
class TestReviewLanes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void monoWithAgentAndCustomerHasTwoLanesFollowingTheCues();
    void monoWithoutTranscriptHasOneLane();
    void monoWithUnnamedSpeakersSplitsByThem();

private:
    void store(const QList<coach::Segment> &segments, const QHash<QString, coach::SpeakerRole> &roles = {});
    void open();
    // How many pixels of the lane's column at `ms` are exactly the lane's colour.
    [[nodiscard]] int strongPixels(const QImage &image, int lane, qint64 ms) const;

    ReviewFixture m_fx;
    std::unique_ptr<ReviewController> m_controller;
};

void TestReviewLanes::initTestCase()
{
    QVERIFY(m_fx.dir.isValid());
    const QString made = m_fx.makeRecording(u"mono.wav"_s, 1);
    if (!made.isEmpty())
        QSKIP(qPrintable(made));
}

void TestReviewLanes::init()
{
    coach::Call call = m_fx.toneCall(1);
    call.customerRef = u"CUST-1042"_s;
    const QString opened = m_fx.openLibrary(u"lanes"_s, call);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    m_fx.showPage();
    QVERIFY(QTest::qWaitForWindowExposed(m_fx.page.get()));
}

void TestReviewLanes::cleanup()
{
    m_controller.reset();
    m_fx.reset();
}

void TestReviewLanes::store(const QList<coach::Segment> &segments, const QHash<QString, coach::SpeakerRole> &roles)
{
    coach::Transcript transcript;
    transcript.format = u"webvtt"_s;
    transcript.segments = segments;
    coach::TranscriptRepository repository(*m_fx.db);
    QVERIFY(repository.store(m_fx.call, transcript));
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        QVERIFY(repository.setSpeakerRole(m_fx.call, it.key(), it.value()));
}

void TestReviewLanes::open()
{
    ReviewController::Options options;
    options.startMs = 0;
    options.autoPlay = false;
    options.analysisCacheDirectory = m_fx.dir.filePath(u"cache"_s);
    m_controller = std::make_unique<ReviewController>(*m_fx.db, m_fx.page.get(), m_fx.call, options);
    QVERIFY(m_controller->isLoaded());
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isAnalysed(), 30000);
    m_fx.page->waveform()->zoomToFit();
}

int TestReviewLanes::strongPixels(const QImage &image, int lane, qint64 ms) const
{
    const WaveformWidget *waveform = m_fx.page->waveform();
    const QRect area = waveform->laneArea();
    const int count = int(waveform->lanes().size());
    // WaveformWidget stacks equal lanes with 4 px between them.
    const int height = (area.height() - 4 * count) / count;
    const int top = area.top() + 2 + lane * (height + 4);
    const int x = waveform->xForTime(ms);
    const QRgb color = waveform->lanes().at(lane).color.rgb();
    int strong = 0;
    for (int y = top; y < top + height; ++y)
        strong += image.pixel(x, y) == color ? 1 : 0;
    return strong;
}

void TestReviewLanes::monoWithAgentAndCustomerHasTwoLanesFollowingTheCues()
{
    store({
            {1000, 5000, u"Dana"_s, u"Thanks for calling, this is Dana."_s},
            {6000, 9000, u"Caller"_s, u"I was charged twice."_s},
            {9500, 14000, u"Dana"_s, u"I can see both charges."_s},
            {13000, 15000, u"Dana"_s, u"One moment."_s}, // overlaps the line before: one stretch
    }, {{u"Dana"_s, coach::SpeakerRole::Agent}, {u"Caller"_s, coach::SpeakerRole::Customer}});
    open();

    const QList<WaveformWidget::Lane> lanes = m_fx.page->waveform()->lanes();
    QCOMPARE(lanes.size(), 2);
    QCOMPARE(lanes.at(0).label, SpeakerColors::name(coach::SpeakerRole::Agent));
    QCOMPARE(lanes.at(1).label, SpeakerColors::name(coach::SpeakerRole::Customer));
    QCOMPARE(lanes.at(1).detail, u"CUST-1042"_s);
    for (const WaveformWidget::Lane &lane : lanes) {
        QCOMPARE(lane.channel, 0); // both draw the one channel there is
        QVERIFY(lane.masked);
    }
    QCOMPARE(lanes.at(0).mask, (coach::TimeRanges {{1000, 5000}, {9500, 15000}}));
    QCOMPARE(lanes.at(1).mask, (coach::TimeRanges {{6000, 9000}}));

    const QImage image = m_fx.page->waveform()->viewport()->grab().toImage();
    QVERIFY(!image.isNull());
    // The agent speaks at 3 s and 12 s, the customer at 7.5 s, nobody at 17 s.
    for (const qint64 ms : {3000, 12000}) {
        QVERIFY2(strongPixels(image, 0, ms) > 5, qPrintable(u"agent lane at %1 ms"_s.arg(ms)));
        QCOMPARE(strongPixels(image, 1, ms), 0);
    }
    QVERIFY(strongPixels(image, 1, 7500) > 5);
    QCOMPARE(strongPixels(image, 0, 7500), 0);
    QCOMPARE(strongPixels(image, 0, 17000), 0);
    QCOMPARE(strongPixels(image, 1, 17000), 0);
}

void TestReviewLanes::monoWithoutTranscriptHasOneLane()
{
    open();
    const QList<WaveformWidget::Lane> lanes = m_fx.page->waveform()->lanes();
    QCOMPARE(lanes.size(), 1);
    QCOMPARE(lanes.first().label, SpeakerColors::name(coach::SpeakerRole::Unknown));
    QVERIFY(!lanes.first().masked);
    // Unmasked, the whole tone is drawn strongly.
    const QImage image = m_fx.page->waveform()->viewport()->grab().toImage();
    for (const qint64 ms : {3000, 7500, 17000})
        QVERIFY2(strongPixels(image, 0, ms) > 5, qPrintable(u"at %1 ms"_s.arg(ms)));
}

void TestReviewLanes::monoWithUnnamedSpeakersSplitsByThem()
{
    // Diarised, with no names to say who is the agent.
    store({
            {500, 4000, u"SPEAKER_00"_s, u"Good morning."_s},
            {4500, 8000, u"SPEAKER_01"_s, u"Hi, my order is late."_s},
            {8500, 12000, u"SPEAKER_00"_s, u"Let me look."_s},
    });
    open();
    const QList<WaveformWidget::Lane> lanes = m_fx.page->waveform()->lanes();
    QCOMPARE(lanes.size(), 2);
    QCOMPARE(lanes.at(0).label, u"SPEAKER_00"_s);
    QCOMPARE(lanes.at(1).label, u"SPEAKER_01"_s);
    QCOMPARE(lanes.at(0).mask, (coach::TimeRanges {{500, 4000}, {8500, 12000}}));
    QCOMPARE(lanes.at(1).mask, (coach::TimeRanges {{4500, 8000}}));
    const QImage image = m_fx.page->waveform()->viewport()->grab().toImage();
    QVERIFY(strongPixels(image, 0, 2000) > 5);
    QCOMPARE(strongPixels(image, 1, 2000), 0);
    QVERIFY(strongPixels(image, 1, 6000) > 5);
}

QTEST_MAIN(TestReviewLanes)
#include "TestReviewLanes.moc"
