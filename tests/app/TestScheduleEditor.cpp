// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestScheduleFixture.h"
#include "schedule/RecurrencePattern.h"
#include "schedule/ScheduleController.h"
#include "schedule/SchedulePage.h"
#include "schedule/SessionEditorDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

using namespace Qt::Literals::StringLiterals;
using Frequency = RecurrencePattern::Frequency;

// The session editor: the RRULE its repeat controls stand for, and conflicts shown before saving.
class TestScheduleEditor final : public QObject
{
    Q_OBJECT

private slots:
    void everyOtherTuesday();
    void patternRules_data();
    void patternRules();
    void patternReadsBack();
    void weekdayMovesTheDate();
    void showsConflictBeforeSaving();

private:
    static void fill(SessionEditorDialog &dialog, const QDate &date, const QTime &time, int minutes);
    static void checkRep(SessionEditorDialog &dialog, const QString &name);
};

void TestScheduleEditor::checkRep(SessionEditorDialog &dialog, const QString &name)
{
    const auto found = dialog.findChild<QListWidget *>(u"reps"_s)->findItems(name, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    found.first()->setCheckState(Qt::Checked);
}

void TestScheduleEditor::fill(SessionEditorDialog &dialog, const QDate &date, const QTime &time, int minutes)
{
    dialog.findChild<QDateEdit *>(u"date"_s)->setDate(date);
    dialog.findChild<QTimeEdit *>(u"time"_s)->setTime(time);
    dialog.findChild<QSpinBox *>(u"duration"_s)->setValue(minutes);
}

void TestScheduleEditor::everyOtherTuesday()
{
    TestScheduleFixture fixture;
    QVERIFY(fixture.open());
    SchedulePage page;
    ScheduleController controller(*fixture.db, &page);
    SessionEditorDialog dialog;
    controller.attachEditor(&dialog);

    const QDate tuesday = TestScheduleFixture::futureMonday().addDays(1);
    checkRep(dialog, u"Dana Ortiz"_s);
    fill(dialog, tuesday, QTime(9, 0), 30);
    auto *repeat = dialog.findChild<QComboBox *>(u"repeat"_s);
    repeat->setCurrentIndex(repeat->findData(int(Frequency::EveryOtherWeek)));
    dialog.findChild<QRadioButton *>(u"endCount"_s)->setChecked(true);
    dialog.findChild<QSpinBox *>(u"count"_s)->setValue(6);

    QCOMPARE(dialog.findChild<QComboBox *>(u"weekday"_s)->currentData().toInt(), int(Qt::Tuesday));
    QCOMPARE(dialog.rrule(), u"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6"_s);
    const coach::Session s = dialog.session();
    QCOMPARE(s.durationMin, 30);
    QCOMPARE(s.rrule, dialog.rrule());
    QCOMPARE(s.start, QDateTime(tuesday, QTime(9, 0)).toUTC());
    QCOMPARE(s.participants.size(), 1);
    QVERIFY(s.title.contains(u"Dana Ortiz"_s));

    // libcoach agrees: six meetings, two weeks apart, all on Tuesdays at 09:00.
    const auto meetings = coach::ScheduleService::expand(s, s.start.addSecs(-1), s.start.addDays(200));
    QVERIFY(meetings);
    QCOMPARE(meetings->size(), 6);
    for (qsizetype i = 0; i < meetings->size(); ++i) {
        QCOMPARE(meetings->at(i).start.toLocalTime().date(), tuesday.addDays(14 * i));
        QCOMPARE(meetings->at(i).start.toLocalTime().time(), QTime(9, 0));
    }
}

void TestScheduleEditor::patternRules_data()
{
    QTest::addColumn<int>("frequency");
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<bool>("until");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no repeat") << int(Frequency::None) << QDate(2027, 3, 2) << false << QString();
    QTest::newRow("weekly, ten times") << int(Frequency::Weekly) << QDate(2027, 3, 2) << false
                                       << u"FREQ=WEEKLY;BYDAY=TU;COUNT=10"_s;
    QTest::newRow("every other week until a date") << int(Frequency::EveryOtherWeek) << QDate(2027, 3, 2) << true
                                                   << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630T235959Z"_s;
    QTest::newRow("monthly, first Tuesday") << int(Frequency::Monthly) << QDate(2027, 3, 2) << false
                                            << u"FREQ=MONTHLY;BYDAY=1TU;COUNT=10"_s;
    QTest::newRow("monthly, last Tuesday") << int(Frequency::Monthly) << QDate(2027, 3, 30) << false
                                           << u"FREQ=MONTHLY;BYDAY=-1TU;COUNT=10"_s;
}

void TestScheduleEditor::patternRules()
{
    QFETCH(int, frequency);
    QFETCH(QDate, firstDay);
    QFETCH(bool, until);
    QFETCH(QString, expected);
    RecurrencePattern p;
    p.frequency = Frequency(frequency);
    p.weekday = firstDay.dayOfWeek();
    p.count = 10;
    p.end = until ? RecurrencePattern::End::Until : RecurrencePattern::End::Count;
    p.until = QDate(2027, 6, 30);
    QCOMPARE(p.toRRule(firstDay, QString()), expected);
}

void TestScheduleEditor::patternReadsBack()
{
    const QDateTime start(QDate(2027, 3, 2), QTime(9, 0), Qt::UTC);
    const auto p = RecurrencePattern::fromRRule(u"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6"_s, start, QString());
    QCOMPARE(int(p.frequency), int(Frequency::EveryOtherWeek));
    QCOMPARE(p.weekday, int(Qt::Tuesday));
    QCOMPARE(p.count, 6);
    const auto custom = RecurrencePattern::fromRRule(u"FREQ=DAILY;COUNT=3"_s, start, QString());
    QCOMPARE(int(custom.frequency), int(Frequency::Custom));
    QCOMPARE(custom.toRRule(start.date(), QString()), u"FREQ=DAILY;COUNT=3"_s);
    QCOMPARE(RecurrencePattern::shiftWeekdays(u"FREQ=WEEKLY;BYDAY=TU;COUNT=4"_s, 1), u"FREQ=WEEKLY;BYDAY=WE;COUNT=4"_s);
    QCOMPARE(RecurrencePattern::shiftWeekdays(u"FREQ=MONTHLY;BYDAY=-1SU;COUNT=4"_s, 1), u"FREQ=MONTHLY;BYDAY=-1MO;COUNT=4"_s);
}

void TestScheduleEditor::weekdayMovesTheDate()
{
    SessionEditorDialog dialog;
    const QDate monday = TestScheduleFixture::futureMonday();
    fill(dialog, monday, QTime(9, 0), 30);
    auto *repeat = dialog.findChild<QComboBox *>(u"repeat"_s);
    repeat->setCurrentIndex(repeat->findData(int(Frequency::Weekly)));
    auto *weekday = dialog.findChild<QComboBox *>(u"weekday"_s);
    weekday->setCurrentIndex(weekday->findData(int(Qt::Thursday)));
    QCOMPARE(dialog.findChild<QDateEdit *>(u"date"_s)->date(), monday.addDays(3));
    QCOMPARE(dialog.rrule(), u"FREQ=WEEKLY;BYDAY=TH;COUNT=12"_s);
}

void TestScheduleEditor::showsConflictBeforeSaving()
{
    TestScheduleFixture fixture;
    QVERIFY(fixture.open());
    const QDate tuesday = TestScheduleFixture::futureMonday().addDays(1);
    fixture.add({fixture.reps.at(0)}, QDateTime(tuesday, QTime(9, 15)), 30);
    SchedulePage page;
    ScheduleController controller(*fixture.db, &page);
    SessionEditorDialog dialog;
    controller.attachEditor(&dialog);

    checkRep(dialog, u"Dana Ortiz"_s);
    fill(dialog, tuesday, QTime(9, 0), 30);
    auto *repeat = dialog.findChild<QComboBox *>(u"repeat"_s);
    repeat->setCurrentIndex(repeat->findData(int(Frequency::EveryOtherWeek)));
    dialog.checkConflictsNow();

    QVERIFY(dialog.conflictList()->count() >= 1);
    QVERIFY(dialog.conflictList()->item(0)->text().contains(u"Session 1"_s));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.saveAnywayButton()->isVisibleTo(&dialog));
    // Nothing saved yet.
    QCOMPARE(coach::ScheduleService(*fixture.db).sessions()->size(), 1);

    // A free slot clears the list and brings Save back.
    dialog.findChild<QTimeEdit *>(u"time"_s)->setTime(QTime(11, 0));
    dialog.checkConflictsNow();
    QCOMPARE(dialog.conflictList()->count(), 0);
    QVERIFY(dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.saveAnywayButton()->isVisibleTo(&dialog));

    // Back onto the conflict, and the explicit Save Anyway keeps it.
    dialog.findChild<QTimeEdit *>(u"time"_s)->setTime(QTime(9, 0));
    dialog.checkConflictsNow();
    QTest::mouseClick(dialog.saveAnywayButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto sessions = coach::ScheduleService(*fixture.db).sessions();
    QCOMPARE(sessions->size(), 2);
    const auto added = std::find_if(sessions->cbegin(), sessions->cend(), [](const coach::Session &s) { return s.isRecurring(); });
    QVERIFY(added != sessions->cend());
    QVERIFY(added->rrule.contains(u"INTERVAL=2"_s));
    QVERIFY(added->rrule.contains(u"BYDAY=TU"_s));
}

QTEST_MAIN(TestScheduleEditor)
#include "TestScheduleEditor.moc"
