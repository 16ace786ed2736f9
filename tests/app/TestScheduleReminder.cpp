// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestScheduleFixture.h"
#include "schedule/ScheduleReminder.h"
#include "storage/SessionNotesRepository.h"
#include "storage/Transaction.h"

#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Reminders ten minutes ahead, once per meeting, on an injected clock, with or without a tray.
class TestScheduleReminder final : public QObject
{
    Q_OBJECT

private slots:
    void firesOnceTenMinutesBefore();
    void movedMeetingRemindsAgain();
};

void TestScheduleReminder::firesOnceTenMinutesBefore()
{
    TestScheduleFixture fixture;
    QVERIFY(fixture.open());
    const coach::RepId dana = fixture.reps.at(0);
    const QDateTime start = QDateTime(TestScheduleFixture::futureMonday().addDays(1), QTime(9, 0)).toUTC();
    const coach::Session s = fixture.add({dana}, start.toLocalTime(), 30);
    {
        coach::ActionItem item;
        item.sessionId = s.id;
        item.occurrence = s.start.addDays(-14);
        item.repId = dana;
        item.text = u"Send the escalation guide"_s;
        coach::Transaction transaction(*fixture.db);
        QVERIFY(coach::SessionNotesRepository(*fixture.db).addActionItem(item));
        QVERIFY(transaction.commit());
    }

    QDateTime now = start.addSecs(-11 * 60);
    ScheduleReminder reminder(*fixture.db);
    reminder.setClock([&now] { return now; });
    reminder.setTrayIcon(nullptr); // no tray on this platform: the signal still comes, nothing crashes
    QSignalSpy due(&reminder, &ScheduleReminder::reminderDue);

    reminder.checkNow();
    QCOMPARE(due.size(), 0); // eleven minutes ahead: too early

    now = start.addSecs(-10 * 60);
    reminder.checkNow();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).at(0).value<coach::Occurrence>().sessionId, s.id);
    QVERIFY(due.at(0).at(1).toString().contains(s.title));
    QVERIFY(due.at(0).at(2).toString().contains(u"Send the escalation guide"_s));

    // Not again, however often the timer scans.
    for (int minutesBefore : {9, 5, 1, 0}) {
        now = start.addSecs(-minutesBefore * 60);
        reminder.checkNow();
    }
    QCOMPARE(due.size(), 1);
    now = start.addSecs(60); // started: nothing to remind of
    reminder.checkNow();
    QCOMPARE(due.size(), 1);

    // With a tray icon that is not shown (as on the offscreen platform), still once and no crash.
    QSystemTrayIcon tray;
    ScheduleReminder second(*fixture.db);
    second.setClock([&] { return start.addSecs(-5 * 60); });
    second.setTrayIcon(&tray);
    QSignalSpy secondDue(&second, &ScheduleReminder::reminderDue);
    second.start();
    QVERIFY(second.isActive());
    second.checkNow();
    QCOMPARE(secondDue.size(), 1);
    second.stop();
}

void TestScheduleReminder::movedMeetingRemindsAgain()
{
    TestScheduleFixture fixture;
    QVERIFY(fixture.open());
    const QDateTime start = QDateTime(TestScheduleFixture::futureMonday().addDays(2), QTime(11, 0)).toUTC();
    coach::Session s = fixture.add({fixture.reps.at(1)}, start.toLocalTime(), 30);
    QDateTime now = start.addSecs(-8 * 60);
    ScheduleReminder reminder(*fixture.db);
    reminder.setClock([&now] { return now; });
    QSignalSpy due(&reminder, &ScheduleReminder::reminderDue);
    reminder.checkNow();
    QCOMPARE(due.size(), 1);

    // Pushed back by half an hour: reminded again ten minutes before the new start.
    s.start = start.addSecs(30 * 60);
    QVERIFY(coach::ScheduleService(*fixture.db).updateSeries(s, {true, true}));
    reminder.checkNow();
    QCOMPARE(due.size(), 1);
    now = s.start.addSecs(-10 * 60);
    reminder.checkNow();
    QCOMPARE(due.size(), 2);
}

QTEST_MAIN(TestScheduleReminder)
#include "TestScheduleReminder.moc"
