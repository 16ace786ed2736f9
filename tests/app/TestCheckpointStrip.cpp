// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/CheckpointStrip.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCheckpointStrip : public QObject
{
    Q_OBJECT

private slots:
    void showsWhichWereTaggedAndInWhatOrder();
    void clickingATaggedCheckpointSeeks();
};

namespace {
coach::Annotation tagged(const QString &key, qint64 start)
{
    coach::Annotation a;
    a.tagKey = key;
    a.startMs = start;
    a.endMs = start;
    return a;
}
QList<coach::Annotation> sample()
{
    // Resolution before verification, greeting twice, and a tag that is no checkpoint.
    return {tagged(u"pattern.empathy_bridge"_s, 0), tagged(u"checkpoint.greeting"_s, 9000),
            tagged(u"checkpoint.resolution"_s, 40000), tagged(u"checkpoint.greeting"_s, 1000),
            tagged(u"checkpoint.verification"_s, 52000)};
}
} // namespace

void TestCheckpointStrip::showsWhichWereTaggedAndInWhatOrder()
{
    CheckpointStrip strip;
    strip.setAnnotations(sample());
    const QList<CheckpointStrip::Entry> &entries = strip.entries();
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.at(0).key, u"checkpoint.greeting"_s);
    QCOMPARE(entries.at(0).order, 1);
    QCOMPARE(entries.at(0).startMs, 1000); // the first time it was tagged
    QCOMPARE(entries.at(1).order, 3);      // verification came after resolution
    QCOMPARE(entries.at(2).order, 0);      // issue summary: not tagged
    QCOMPARE(entries.at(3).order, 2);
    QCOMPARE(entries.at(4).order, 0);
    QCOMPARE(strip.orderText(), u"Greeting → Resolution → Verification"_s);
    QVERIFY(strip.accessibleDescription().contains(u"3 of 5"_s));
    strip.resize(900, strip.sizeHint().height());
    QVERIFY(!strip.grab().isNull());
}

void TestCheckpointStrip::clickingATaggedCheckpointSeeks()
{
    CheckpointStrip strip;
    strip.resize(900, strip.sizeHint().height());
    strip.setAnnotations(sample());
    QSignalSpy seek(&strip, &CheckpointStrip::seekRequested);
    // Keyboard: the focus starts on the first chip.
    QTest::keyClick(&strip, Qt::Key_Right); // verification
    QTest::keyClick(&strip, Qt::Key_Return);
    QCOMPARE(seek.size(), 1);
    QCOMPARE(seek.takeFirst().at(0).toLongLong(), 52000);
    QTest::keyClick(&strip, Qt::Key_Right); // issue summary: not tagged, nothing to play
    QTest::keyClick(&strip, Qt::Key_Return);
    QCOMPARE(seek.size(), 0);
}

QTEST_MAIN(TestCheckpointStrip)
#include "TestCheckpointStrip.moc"
