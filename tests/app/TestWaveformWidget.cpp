// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/WaveformWidget.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestWaveformWidget : public QObject
{
    Q_OBJECT

private slots:
    void clickSeeksToTheTimeUnderTheMouse();
    void dragSelectsARange();
    void zoomPicksThePeaksLevel_data();
    void zoomPicksThePeaksLevel();
    void draggingAnAnnotationAsksToMoveIt();
    void overlappingNotesTakeARowEach();

private:
    static void setUp(WaveformWidget &widget, qint64 durationMs);
    static coach::Peaks peaksFor(qint64 durationMs, int sampleRate);
};

void TestWaveformWidget::setUp(WaveformWidget &widget, qint64 durationMs)
{
    widget.resize(700, 240);
    widget.setLanes({{u"Agent"_s, Qt::blue, 0, false, {}}, {u"Customer"_s, Qt::red, 1, false, {}}});
    widget.setDuration(durationMs);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.zoomToFit();
}

// A synthetic overview: Peaks' levels, 4× apart, filled with a ramp.
coach::Peaks TestWaveformWidget::peaksFor(qint64 durationMs, int sampleRate)
{
    const qint64 frames = durationMs * sampleRate / 1000;
    QList<coach::Peaks::Level> levels;
    int samplesPerBin = coach::Peaks::kBaseSamplesPerBin;
    for (int i = 0; i < coach::Peaks::kLevelCount; ++i, samplesPerBin *= 4) {
        coach::Peaks::Level level;
        level.samplesPerBin = samplesPerBin;
        level.binCount = (frames + samplesPerBin - 1) / samplesPerBin;
        QByteArray pairs(level.binCount * 2, Qt::Uninitialized);
        for (qsizetype b = 0; b < level.binCount; ++b) {
            pairs[2 * b] = char(-int(b % 120));
            pairs[2 * b + 1] = char(b % 120);
        }
        level.channels = {pairs, pairs};
        levels << level;
    }
    return coach::Peaks(2, sampleRate, frames, levels);
}

void TestWaveformWidget::clickSeeksToTheTimeUnderTheMouse()
{
    WaveformWidget widget;
    setUp(widget, 60'000);
    const QRect lanes = widget.laneArea();
    QSignalSpy seek(&widget, &WaveformWidget::seekRequested);
    // Fitted: the lanes' width is the whole call, so a third of the way in is 20 s.
    const int x = lanes.left() + lanes.width() / 3;
    QTest::mouseClick(widget.viewport(), Qt::LeftButton, {}, QPoint(x, lanes.center().y()));
    QCOMPARE(seek.size(), 1);
    const qint64 expected = 60'000LL * (x - lanes.left()) / lanes.width();
    QVERIFY2(std::abs(seek.first().at(0).toLongLong() - expected) <= qint64(widget.msPerPixel()) + 1,
             qPrintable(u"%1 vs %2"_s.arg(seek.first().at(0).toLongLong()).arg(expected)));
    QCOMPARE(widget.xForTime(widget.timeAt(x)), x);
}

void TestWaveformWidget::dragSelectsARange()
{
    WaveformWidget widget;
    setUp(widget, 60'000);
    const QRect lanes = widget.laneArea();
    QSignalSpy finished(&widget, &WaveformWidget::selectionFinished);
    QSignalSpy seek(&widget, &WaveformWidget::seekRequested);
    const int x0 = lanes.left() + 100;
    const int x1 = lanes.left() + 250;
    const int y = lanes.center().y();
    QTest::mousePress(widget.viewport(), Qt::LeftButton, {}, QPoint(x0, y));
    QTest::mouseMove(widget.viewport(), QPoint(x0 + 40, y));
    QTest::mouseMove(widget.viewport(), QPoint(x1, y));
    QTest::mouseRelease(widget.viewport(), Qt::LeftButton, {}, QPoint(x1, y));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(seek.size(), 0); // a drag selects, it does not seek
    const auto range = finished.first().at(0).value<coach::TimeRange>();
    QCOMPARE(range.startMs, widget.timeAt(x0));
    QCOMPARE(range.endMs, widget.timeAt(x1));
    QCOMPARE(widget.selection(), range);
    // A plain click afterwards clears it.
    QTest::mouseClick(widget.viewport(), Qt::LeftButton, {}, QPoint(x1 + 50, y));
    QCOMPARE(widget.selection().length(), 0);
}

void TestWaveformWidget::zoomPicksThePeaksLevel_data()
{
    QTest::addColumn<double>("msPerPixel");
    QTest::addColumn<int>("level");
    // 8 kHz: samples per pixel = 8 × ms per pixel.
    QTest::newRow("close: 256 samples a pixel") << 32.0 << 0;
    QTest::newRow("between: 1120 samples a pixel") << 140.0 << 1;
    QTest::newRow("further: 4096 samples a pixel") << 512.0 << 2;
    QTest::newRow("far: 16384 samples a pixel") << 2048.0 << 3;
    QTest::newRow("closer than the finest bins") << 1.0 << 0;
}

void TestWaveformWidget::zoomPicksThePeaksLevel()
{
    QFETCH(double, msPerPixel);
    QFETCH(int, level);
    WaveformWidget widget;
    const qint64 twoHours = 2 * 3600 * 1000;
    setUp(widget, twoHours);
    QCOMPARE(widget.currentLevel(), -1);
    widget.setPeaks(peaksFor(twoHours, 8000));
    QCOMPARE(widget.currentLevel(), 3); // fitted: the coarsest
    widget.setMsPerPixel(msPerPixel);
    QCOMPARE(widget.msPerPixel(), msPerPixel);
    QCOMPARE(widget.currentLevel(), level);
    // Scrolled to the end of a two-hour call, it still draws.
    widget.ensureVisible(twoHours - 1000);
    QVERIFY(widget.visibleRange().endMs > twoHours - 2000);
    QVERIFY(!widget.grab().isNull());
    // Zooming in keeps the time under the anchor.
    const QRect lanes = widget.laneArea();
    const int anchor = lanes.left() + lanes.width() / 2;
    const qint64 before = widget.timeAt(anchor);
    widget.setMsPerPixel(msPerPixel / 2, anchor);
    QVERIFY(std::abs(widget.timeAt(anchor) - before) <= qint64(msPerPixel) + 1);
}

void TestWaveformWidget::draggingAnAnnotationAsksToMoveIt()
{
    WaveformWidget widget;
    setUp(widget, 60'000);
    const coach::AnnotationId id(42);
    widget.setRegions({{id, 10'000, 15'000, Qt::darkGreen, u"Empathy bridge"_s}});
    QSignalSpy clicked(&widget, &WaveformWidget::annotationClicked);
    QSignalSpy move(&widget, &WaveformWidget::annotationMoveRequested);
    const int x = widget.xForTime(10'000) + 5;
    const int bandY = widget.laneArea().top() - 8; // the bar above the lanes
    QTest::mousePress(widget.viewport(), Qt::LeftButton, {}, QPoint(x, bandY));
    QCOMPARE(clicked.size(), 1);
    QTest::mouseMove(widget.viewport(), QPoint(x + 30, bandY));
    QTest::mouseMove(widget.viewport(), QPoint(x + 60, bandY));
    QTest::mouseRelease(widget.viewport(), Qt::LeftButton, {}, QPoint(x + 60, bandY));
    QCOMPARE(move.size(), 1);
    QCOMPARE(move.first().at(0).value<coach::AnnotationId>(), id);
    const qint64 expected = 10'000 + qint64(60 * widget.msPerPixel());
    QVERIFY(std::abs(move.first().at(1).toLongLong() - expected) <= qint64(widget.msPerPixel()) + 1);
}

// Two notes over the same moment used to draw their labels over each other;
// the second now gets a row of its own, and the lanes move down to make room.
void TestWaveformWidget::overlappingNotesTakeARowEach()
{
    WaveformWidget widget;
    setUp(widget, 60'000);
    const coach::AnnotationId first(1);
    const coach::AnnotationId second(2);
    widget.setRegions({{first, 10'000, 20'000, Qt::darkGreen, u"Off-script — effective"_s}});
    widget.repaint();
    const int oneRow = widget.laneArea().top();
    widget.setRegions({{first, 10'000, 20'000, Qt::darkGreen, u"Off-script — effective"_s},
                       {second, 12'000, 18'000, Qt::darkCyan, u"Empathy bridge"_s},
                       {coach::AnnotationId(3), 40'000, 41'000, Qt::darkYellow, u"Pause button"_s}});
    widget.repaint();
    const int twoRows = widget.laneArea().top();
    QVERIFY2(twoRows > oneRow, qPrintable(u"lanes at %1, were at %2"_s.arg(twoRows).arg(oneRow)));

    QSignalSpy clicked(&widget, &WaveformWidget::annotationClicked);
    const int x = widget.xForTime(13'000);
    QTest::mouseClick(widget.viewport(), Qt::LeftButton, {}, QPoint(x, oneRow - 8));
    QTest::mouseClick(widget.viewport(), Qt::LeftButton, {}, QPoint(x, twoRows - 8));
    QCOMPARE(clicked.size(), 2);
    QCOMPARE(clicked.at(0).at(0).value<coach::AnnotationId>(), first);
    QCOMPARE(clicked.at(1).at(0).value<coach::AnnotationId>(), second);

    // Apart again: one row.
    widget.setRegions({{first, 10'000, 20'000, Qt::darkGreen, u"Off-script — effective"_s}});
    widget.repaint();
    QCOMPARE(widget.laneArea().top(), oneRow);
}

QTEST_MAIN(TestWaveformWidget)
#include "TestWaveformWidget.moc"
