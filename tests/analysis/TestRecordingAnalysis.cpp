// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/RecordingAnalysis.h"

#include <QTest>

using namespace coach;

/*
 * silences(): stretches where every channel is quiet, at least as long as asked.
 */
class TestRecordingAnalysis final : public QObject
{
    Q_OBJECT

private slots:
    void silences_data();
    void silences();
    void noPeaksNoSilence();
};

namespace {

// A recording of `ms` milliseconds at 1 kHz, so frames are milliseconds.
RecordingAnalysis recording(qint64 ms, QList<TimeRanges> speech)
{
    RecordingAnalysis analysis;
    QList<Peaks::Level> levels(Peaks::kLevelCount);
    analysis.peaks = Peaks(int(speech.size()), 1000, ms, levels);
    analysis.speech = std::move(speech);
    return analysis;
}

} // namespace

void TestRecordingAnalysis::silences_data()
{
    QTest::addColumn<QList<TimeRanges>>("speech");
    QTest::addColumn<qint64>("minimum");
    QTest::addColumn<TimeRanges>("expected");
    QTest::newRow("all quiet") << QList<TimeRanges> { {}, {} } << qint64(500) << TimeRanges { { 0, 10000 } };
    QTest::newRow("one channel talks") << QList<TimeRanges> { { { 1000, 2000 } }, {} } << qint64(500)
                                       << TimeRanges { { 0, 1000 }, { 2000, 10000 } };
    QTest::newRow("turns leave a short gap")
        << QList<TimeRanges> { { { 0, 3000 } }, { { 3200, 6000 } } } << qint64(500)
        << TimeRanges { { 6000, 10000 } };
    QTest::newRow("the same gap counts when shorter is asked")
        << QList<TimeRanges> { { { 0, 3000 } }, { { 3200, 6000 } } } << qint64(200)
        << TimeRanges { { 3000, 3200 }, { 6000, 10000 } };
    QTest::newRow("overlap and nesting")
        << QList<TimeRanges> { { { 1000, 5000 }, { 7000, 8000 } }, { { 2000, 3000 }, { 4500, 6000 } } } << qint64(1)
        << TimeRanges { { 0, 1000 }, { 6000, 7000 }, { 8000, 10000 } };
    QTest::newRow("speech to both ends") << QList<TimeRanges> { { { 0, 4000 } }, { { 3000, 10000 } } }
                                         << qint64(1) << TimeRanges {};
    QTest::newRow("exactly the minimum") << QList<TimeRanges> { { { 0, 4000 }, { 4300, 10000 } } } << qint64(300)
                                         << TimeRanges { { 4000, 4300 } };
}

void TestRecordingAnalysis::silences()
{
    QFETCH(QList<TimeRanges>, speech);
    QFETCH(qint64, minimum);
    QFETCH(TimeRanges, expected);
    QCOMPARE(recording(10000, speech).silences(minimum), expected);
}

void TestRecordingAnalysis::noPeaksNoSilence()
{
    QVERIFY(RecordingAnalysis().silences(100).isEmpty());
}

QTEST_GUILESS_MAIN(TestRecordingAnalysis)
#include "TestRecordingAnalysis.moc"
