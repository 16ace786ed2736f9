// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/AnalysisBuilder.h"
#include "analysis/Peaks.h"

#include <QTest>

#include <cmath>

using namespace coach;

/*
 * The Peaks value and how AnalysisBuilder fills it from float samples:
 * level choice, accessors, quantisation, short final bins, chunk boundaries.
 */
class TestPeaks final : public QObject
{
    Q_OBJECT

private slots:
    void empty();
    void levelFor_data();
    void levelFor();
    void quantize_data();
    void quantize();
    void builderAcrossChunks();
};

void TestPeaks::empty()
{
    const Peaks peaks;
    QVERIFY(peaks.isEmpty());
    QCOMPARE(peaks.durationMs(), 0);
    QCOMPARE(peaks.levelFor(1000), 0);
}

void TestPeaks::levelFor_data()
{
    QTest::addColumn<double>("samplesPerPixel");
    QTest::addColumn<int>("level");
    QTest::newRow("closer than a bin") << 10.0 << 0;
    QTest::newRow("one bin") << 256.0 << 0;
    QTest::newRow("just under level 1") << 1023.0 << 0;
    QTest::newRow("level 1") << 1024.0 << 1;
    QTest::newRow("level 2") << 5000.0 << 2;
    QTest::newRow("far out") << 1e9 << 3;
}

void TestPeaks::levelFor()
{
    QFETCH(double, samplesPerPixel);
    QFETCH(int, level);
    AnalysisBuilder builder(1, 8000);
    builder.commit(0);
    const Peaks peaks = builder.finish().peaks;
    QCOMPARE(peaks.levelCount(), Peaks::kLevelCount);
    QCOMPARE(peaks.levelFor(samplesPerPixel), level);
}

void TestPeaks::quantize_data()
{
    QTest::addColumn<float>("sample");
    QTest::addColumn<int>("value");
    QTest::newRow("zero") << 0.0f << 0;
    QTest::newRow("full scale") << 1.0f << 127;
    QTest::newRow("negative full scale") << -1.0f << -127;
    QTest::newRow("over full scale") << 3.5f << 127;
    QTest::newRow("half") << 0.5f << 64; // 63.5 rounds to even
    QTest::newRow("tiny") << 0.003f << 0;
    QTest::newRow("nan") << std::nanf("") << 0;
}

void TestPeaks::quantize()
{
    QFETCH(float, sample);
    QFETCH(int, value);
    QCOMPARE(int(AnalysisBuilder::quantize(sample)), value);
}

// Samples committed in odd-sized pieces land in the same bins as if written at once.
void TestPeaks::builderAcrossChunks()
{
    constexpr qsizetype kFrames = AnalysisBuilder::kChunkFrames * 3 + 300;
    AnalysisBuilder builder(2, 16000);
    qsizetype written = 0;
    qsizetype piece = 1;
    while (written < kFrames) {
        const qsizetype count = std::min({ piece, builder.room(), kFrames - written });
        for (qsizetype i = 0; i < count; ++i) {
            builder.writePointer(0)[i] = float(std::sin(double(written + i) * 0.001));
            builder.writePointer(1)[i] = (written + i) == 5000 ? -0.5f : 0.0f;
        }
        builder.commit(count);
        written += count;
        piece = piece * 3 + 1;
    }
    QCOMPARE(builder.frameCount(), kFrames);
    const Peaks peaks = builder.finish().peaks;
    QCOMPARE(peaks.frameCount(), kFrames);
    QCOMPARE(peaks.sampleRate(), 16000);
    QCOMPARE(peaks.level(0).binCount, (kFrames + 255) / 256);
    QCOMPARE(peaks.level(3).binCount, 1);
    for (qsizetype bin = 0; bin < peaks.level(0).binCount; ++bin) {
        float low = 2;
        float high = -2;
        for (qsizetype i = bin * 256; i < std::min(kFrames, bin * 256 + 256); ++i) {
            low = std::min(low, float(std::sin(double(i) * 0.001)));
            high = std::max(high, float(std::sin(double(i) * 0.001)));
        }
        QCOMPARE(peaks.min(0, 0, bin), AnalysisBuilder::quantize(low));
        QCOMPARE(peaks.max(0, 0, bin), AnalysisBuilder::quantize(high));
        QCOMPARE(peaks.min(0, 1, bin), qint8(bin == 5000 / 256 ? -64 : 0));
    }
    QCOMPARE(peaks.min(3, 1, 0), qint8(-64));
    QCOMPARE(peaks.max(3, 1, 0), qint8(0));
}

QTEST_GUILESS_MAIN(TestPeaks)
#include "TestPeaks.moc"
