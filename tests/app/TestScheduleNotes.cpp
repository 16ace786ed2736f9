// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestScheduleFixture.h"
#include "schedule/MeetingNotesDialog.h"
#include "schedule/MeetingNotesStore.h"
#include "storage/SessionNotesRepository.h"

#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Meeting notes edited in the dialog and kept by libcoach: check-in, action items, status, huddle.
class TestScheduleNotes final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void checkInAndActionItemsPersist();
    void huddleEntriesPersist();

private:
    [[nodiscard]] QList<coach::Occurrence> meetings(const QDate &from, int days) const;

    std::unique_ptr<TestScheduleFixture> m_fixture;
};

void TestScheduleNotes::init()
{
    m_fixture = std::make_unique<TestScheduleFixture>();
    QVERIFY(m_fixture->open());
}

void TestScheduleNotes::cleanup()
{
    m_fixture.reset();
}

QList<coach::Occurrence> TestScheduleNotes::meetings(const QDate &from, int days) const
{
    return coach::ScheduleService(*m_fixture->db)
        .occurrences(QDateTime(from, QTime(0, 0)).toUTC(), QDateTime(from.addDays(days), QTime(0, 0)).toUTC())
        .value_or(QList<coach::Occurrence>());
}

void TestScheduleNotes::checkInAndActionItemsPersist()
{
    const QDate monday = TestScheduleFixture::futureMonday();
    const coach::RepId dana = m_fixture->reps.at(0);
    m_fixture->add({dana}, QDateTime(monday, QTime(9, 0)), 30, u"FREQ=WEEKLY;BYDAY=MO;COUNT=3"_s);
    const QList<coach::Occurrence> series = meetings(monday, 21);
    QCOMPARE(series.size(), 3);

    MeetingNotesStore store(*m_fixture->db);
    const auto before = store.load(series.at(0));
    QVERIFY(before);
    MeetingNotesDialog dialog;
    dialog.setNotes(*before, {{dana.value(), u"Dana Ortiz"_s}});
    auto *energy = dialog.findChild<QComboBox *>(u"energy"_s);
    auto *workload = dialog.findChild<QComboBox *>(u"workload"_s);
    QVERIFY(energy && workload);
    energy->setCurrentIndex(energy->findData(2));
    workload->setCurrentIndex(workload->findData(5));
    dialog.findChild<QPlainTextEdit *>(u"checkInNotes"_s)->setPlainText(u"Tired after the outage week."_s);
    dialog.addActionItem(u"Listen back to the refund call"_s, dana);
    dialog.addActionItem(u"Book a quieter queue for Friday"_s, coach::RepId());
    auto *status = dialog.findChild<QComboBox *>(u"status"_s);
    status->setCurrentIndex(status->findData(int(coach::SessionStatus::Held)));
    QVERIFY(store.save(*before, dialog.notes()));

    // Read back through libcoach.
    const coach::SessionNotesRepository notes(*m_fixture->db);
    const auto checkIn = notes.checkIn(series.at(0).sessionId, series.at(0).occurrence, dana);
    QVERIFY(checkIn && *checkIn);
    QCOMPARE((*checkIn)->energy, std::optional<int>(2));
    QCOMPARE((*checkIn)->workload, std::optional<int>(5));
    QCOMPARE((*checkIn)->notes, u"Tired after the outage week."_s);
    const auto items = notes.actionItemsFor(series.at(0).sessionId, series.at(0).occurrence);
    QVERIFY(items);
    QCOMPARE(items->size(), 2);
    QCOMPARE(meetings(monday, 21).at(0).status, coach::SessionStatus::Held);

    // The next meeting shows both open items, marked carried; ticking one there closes it.
    const auto next = store.load(series.at(1));
    QVERIFY(next);
    QCOMPARE(next->actionItems.size(), 2);
    QVERIFY(next->actionItems.at(0).carried);
    MeetingNotesDialog second;
    second.setNotes(*next, {{dana.value(), u"Dana Ortiz"_s}});
    auto *list = second.findChild<QListWidget *>(u"actionItems"_s);
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().contains(u"carried"_s));
    list->item(0)->setCheckState(Qt::Checked);
    QVERIFY(store.save(*next, second.notes()));
    const auto open = notes.openActionItemsOf(dana);
    QVERIFY(open);
    QCOMPARE(open->size(), 0); // the manager's item is not Dana's; hers is done
    const auto third = store.load(series.at(2));
    QVERIFY(third);
    QCOMPARE(third->actionItems.size(), 1);
    QCOMPARE(third->actionItems.at(0).text, u"Book a quieter queue for Friday"_s);

    // Saving unchanged notes writes nothing new and fails nothing.
    const auto again = store.load(series.at(0));
    QVERIFY(again);
    QVERIFY(store.save(*again, *again));
}

void TestScheduleNotes::huddleEntriesPersist()
{
    const QDate friday = TestScheduleFixture::futureMonday().addDays(4);
    m_fixture->add(m_fixture->reps, QDateTime(friday, QTime(16, 0)), 10, {}, coach::SessionKind::Huddle);
    const QList<coach::Occurrence> huddle = meetings(friday, 1);
    QCOMPARE(huddle.size(), 1);

    MeetingNotesStore store(*m_fixture->db);
    const auto before = store.load(huddle.first());
    QVERIFY(before);
    QCOMPARE(before->huddleEntries.size(), 3);
    MeetingNotesDialog dialog;
    dialog.setNotes(*before, {});
    auto *table = dialog.findChild<QTableWidget *>(u"huddle"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    table->item(1, 1)->setText(u"Calmed a customer with a paraphrase"_s);
    table->item(1, 2)->setText(u"Refund policy questions"_s);
    QVERIFY(store.save(*before, dialog.notes()));

    const auto entries = coach::SessionNotesRepository(*m_fixture->db).huddleEntries(huddle.first().sessionId,
                                                                                    huddle.first().occurrence);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().repId, before->huddleEntries.at(1).repId);
    QCOMPARE(entries->first().success, u"Calmed a customer with a paraphrase"_s);
    QCOMPARE(entries->first().struggle, u"Refund policy questions"_s);
}

QTEST_MAIN(TestScheduleNotes)
#include "TestScheduleNotes.moc"
