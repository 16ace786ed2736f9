// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/TranscriptModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTranscriptModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void rowAt_data();
    void rowAt();
    void positionMovesTheCurrentLine();
    void speakerRolesColourTheSpeaker();
};

namespace {
QList<coach::Segment> segments()
{
    return {
        {1000, 4000, u"Dana"_s, u"Thanks for calling, this is Dana."_s},
        {4500, 7000, u"Customer"_s, u"Hi, I was charged twice."_s},
        {7200, 12000, u"Dana"_s, u"Let me look at the account."_s},
    };
}
QHash<QString, coach::SpeakerRole> roles()
{
    return {{u"Dana"_s, coach::SpeakerRole::Agent}, {u"Customer"_s, coach::SpeakerRole::Customer}};
}
} // namespace

void TestTranscriptModel::passesTheModelTester()
{
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTranscript(segments(), roles());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(TranscriptModel::ColumnCount));
    model.setPosition(5000);
    model.setPosition(0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestTranscriptModel::rowAt_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<int>("row");
    QTest::newRow("before the first line") << qint64(0) << -1;
    QTest::newRow("first line starts") << qint64(1000) << 0;
    QTest::newRow("in the gap after the first") << qint64(4200) << 0;
    QTest::newRow("second line") << qint64(6999) << 1;
    QTest::newRow("after the last") << qint64(60000) << 2;
}

void TestTranscriptModel::rowAt()
{
    QFETCH(qint64, ms);
    QFETCH(int, row);
    TranscriptModel model;
    model.setTranscript(segments(), roles());
    QCOMPARE(model.rowAt(ms), row);
}

void TestTranscriptModel::positionMovesTheCurrentLine()
{
    TranscriptModel model;
    model.setTranscript(segments(), roles());
    QSignalSpy current(&model, &TranscriptModel::currentRowChanged);
    QSignalSpy changed(&model, &TranscriptModel::dataChanged);
    model.setPosition(5000);
    QCOMPARE(model.currentRow(), 1);
    QCOMPARE(current.size(), 1);
    QVERIFY(model.index(1, TranscriptModel::Text).data(TranscriptModel::CurrentRole).toBool());
    QVERIFY(model.index(1, TranscriptModel::Text).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(0, TranscriptModel::Text).data(TranscriptModel::CurrentRole).toBool());
    // Within the same line nothing is re-announced.
    model.setPosition(6000);
    QCOMPARE(current.size(), 1);
    model.setPosition(8000);
    QCOMPARE(model.currentRow(), 2);
    QCOMPARE(current.size(), 2);
    QCOMPARE(changed.size(), 3); // row 1 on, row 1 off, row 2 on
}

void TestTranscriptModel::speakerRolesColourTheSpeaker()
{
    TranscriptModel model;
    model.setTranscript(segments(), roles());
    QCOMPARE(model.index(0, TranscriptModel::Speaker).data().toString(), u"Dana"_s);
    QCOMPARE(model.index(0, TranscriptModel::Speaker).data(TranscriptModel::SpeakerRoleRole).toInt(),
             int(coach::SpeakerRole::Agent));
    QCOMPARE(model.index(1, TranscriptModel::Speaker).data(TranscriptModel::SpeakerRoleRole).toInt(),
             int(coach::SpeakerRole::Customer));
    QVERIFY(model.index(0, TranscriptModel::Speaker).data(Qt::ForegroundRole)
            != model.index(1, TranscriptModel::Speaker).data(Qt::ForegroundRole));
    QCOMPARE(model.index(2, TranscriptModel::Time).data().toString(), u"0:07"_s);
    QCOMPARE(model.index(2, TranscriptModel::Text).data(TranscriptModel::StartRole).toLongLong(), 7200);
}

QTEST_MAIN(TestTranscriptModel)
#include "TestTranscriptModel.moc"
