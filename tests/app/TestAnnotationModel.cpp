// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/AnnotationModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestAnnotationModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void keepsTimeOrder();
    void movingKeepsTheRow();
    void showsMomentsAndRegions();
};

namespace {
coach::Annotation make(qint64 id, qint64 start, qint64 end, const QString &label = u"Empathy bridge"_s)
{
    coach::Annotation a;
    a.id = coach::AnnotationId(id);
    a.call = coach::CallId(1);
    a.startMs = start;
    a.endMs = end;
    a.tag = coach::TagId(7);
    a.tagLabel = label;
    a.tagColor = u"#e45756"_s;
    a.comment = u"comment %1"_s.arg(id);
    return a;
}
} // namespace

void TestAnnotationModel::passesTheModelTester()
{
    AnnotationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnnotations({make(1, 5000, 5000), make(2, 1000, 3000)});
    model.upsert(make(3, 2000, 2000));
    model.upsert(make(1, 500, 500)); // moves to the front
    model.upsert(make(2, 1000, 4000)); // changes in place
    model.remove(coach::AnnotationId(3));
    model.remove(coach::AnnotationId(99));
    QCOMPARE(model.rowCount(), 2);
}

void TestAnnotationModel::keepsTimeOrder()
{
    AnnotationModel model;
    model.setAnnotations({make(1, 9000, 9000), make(2, 1000, 3000), make(3, 4000, 4000)});
    QList<qint64> starts;
    for (const coach::Annotation &a : model.annotations())
        starts << a.startMs;
    QCOMPARE(starts, (QList<qint64> {1000, 4000, 9000}));
    model.upsert(make(4, 5000, 5000));
    QCOMPARE(model.rowOf(coach::AnnotationId(4)), 2);
}

void TestAnnotationModel::movingKeepsTheRow()
{
    AnnotationModel model;
    model.setAnnotations({make(1, 1000, 1000), make(2, 2000, 2000), make(3, 3000, 3000)});
    QSignalSpy moved(&model, &AnnotationModel::rowsMoved);
    QSignalSpy reset(&model, &AnnotationModel::modelReset);
    model.upsert(make(1, 3500, 3500));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowOf(coach::AnnotationId(1)), 2);
    QCOMPARE(model.annotation(2).startMs, 3500);
}

void TestAnnotationModel::showsMomentsAndRegions()
{
    AnnotationModel model;
    model.setAnnotations({make(1, 61000, 61000), make(2, 1000, 12000)});
    QCOMPARE(model.index(0, AnnotationModel::Time).data().toString(), u"0:01–0:12"_s);
    QCOMPARE(model.index(1, AnnotationModel::Time).data().toString(), u"1:01"_s);
    QCOMPARE(model.index(1, AnnotationModel::Tag).data().toString(), u"Empathy bridge"_s);
    QCOMPARE(model.index(1, AnnotationModel::Comment).data().toString(), u"comment 1"_s);
    QCOMPARE(model.index(1, AnnotationModel::Tag).data(AnnotationModel::TagIdRole).toLongLong(), 7);
    QCOMPARE(model.index(1, AnnotationModel::Tag).data(AnnotationModel::ColorRole).value<QColor>(), QColor(u"#e45756"_s));
    QVERIFY(model.index(1, AnnotationModel::Tag).data(Qt::DecorationRole).isValid());
}

QTEST_MAIN(TestAnnotationModel)
#include "TestAnnotationModel.moc"
