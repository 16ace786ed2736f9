// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestScheduleFixture.h"
#include "schedule/AgendaModel.h"
#include "schedule/DebriefSuggestionModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The agenda and debrief models under QAbstractItemModelTester, fed what libcoach lists.
class TestScheduleAgendaModel final : public QObject
{
    Q_OBJECT

private slots:
    void agendaRows();
    void debriefRows();
};

void TestScheduleAgendaModel::agendaRows()
{
    TestScheduleFixture fixture;
    QVERIFY(fixture.open());
    const QDate monday = TestScheduleFixture::futureMonday();
    const QList<coach::RepId> dana = {fixture.reps.at(0)};
    fixture.add(dana, QDateTime(monday, QTime(9, 0)), 30, u"FREQ=WEEKLY;BYDAY=MO;COUNT=3"_s);
    fixture.add(dana, QDateTime(monday, QTime(9, 15)), 30); // overlaps the first
    fixture.add({fixture.reps.at(1), fixture.reps.at(2)}, QDateTime(monday.addDays(2), QTime(15, 0)), 20, {},
                coach::SessionKind::BuddyDebrief);

    AgendaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const auto meetings = coach::ScheduleService(*fixture.db)
                              .occurrences(QDateTime(monday, QTime(0, 0)).toUTC(), QDateTime(monday.addDays(21), QTime(0, 0)).toUTC());
    QVERIFY(meetings);
    QHash<qint64, QString> names = {{fixture.reps.at(0).value(), u"Dana Ortiz"_s},
                                    {fixture.reps.at(1).value(), u"Sam Ortiz"_s},
                                    {fixture.reps.at(2).value(), u"Alex Kim"_s}};
    model.setOccurrences(*meetings, names);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(AgendaModel::ColumnCount));

    // In time order; the two overlapping meetings flagged, with a warning icon.
    const QModelIndex first = model.index(0, AgendaModel::When);
    QVERIFY(first.data(AgendaModel::ConflictingRole).toBool());
    QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.index(1, AgendaModel::Status).data().toString().contains(u"conflict"_s));
    QCOMPARE(model.index(0, AgendaModel::Participants).data().toString(), u"Dana Ortiz"_s);
    QCOMPARE(model.index(2, AgendaModel::Kind).data().toString(), u"Buddy debrief"_s);
    QCOMPARE(model.index(2, AgendaModel::Participants).data().toString(), QLocale().createSeparatedList({u"Sam Ortiz"_s, u"Alex Kim"_s}));
    QVERIFY(!model.index(2, AgendaModel::When).data(AgendaModel::ConflictingRole).toBool());
    QCOMPARE(model.index(2, 0).data(AgendaModel::StartRole).toDateTime(), QDateTime(monday.addDays(2), QTime(15, 0)).toUTC());
    const coach::Occurrence *third = model.occurrenceAt(2);
    QVERIFY(third);
    QCOMPARE(model.rowOf(third->sessionId, third->occurrence), 2);
    QCOMPARE(model.headerData(AgendaModel::Participants, Qt::Horizontal).toString(), u"With"_s);

    model.setOccurrences({}, {});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.occurrenceAt(0));
}

void TestScheduleAgendaModel::debriefRows()
{
    DebriefSuggestionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    coach::DebriefSuggestion s;
    s.rep = coach::RepId(1);
    s.buddy = coach::RepId(2);
    s.toughDay = QDate(2027, 3, 2);
    s.toughCalls = 4;
    s.start = QDateTime(QDate(2027, 3, 3), QTime(10, 0), Qt::UTC);
    model.setSuggestions({s}, {{1, u"Dana Ortiz"_s}, {2, u"Sam Ortiz"_s}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(DebriefSuggestionModel::ColumnCount));
    QCOMPARE(model.index(0, DebriefSuggestionModel::Rep).data().toString(), u"Dana Ortiz"_s);
    QCOMPARE(model.index(0, DebriefSuggestionModel::Buddy).data().toString(), u"Sam Ortiz"_s);
    QVERIFY(model.index(0, DebriefSuggestionModel::Reason).data().toString().startsWith(u"4 tough call"_s));
    QVERIFY(model.suggestionAt(0));
    QVERIFY(!model.suggestionAt(1));
}

QTEST_MAIN(TestScheduleAgendaModel)
#include "TestScheduleAgendaModel.moc"
