// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestScheduleFixture.h"
#include "schedule/ScheduleController.h"
#include "schedule/SchedulePage.h"
#include "schedule/WeekView.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The week view on the offscreen platform: where a meeting is drawn, and what dragging it does to the library.
class TestScheduleWeekView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void placesMeetingAtItsDayAndTime();
    void dragMovesSingleMeeting();
    void dragMovesOneMeetingOfSeries();
    void dragOntoConflictIsPreviewedAndCanBeRefused();
    void keyboardNavigatesWeeks();

private:
    void drag(const QPointF &from, const QPointF &to);
    [[nodiscard]] QList<coach::Occurrence> week() const;

    std::unique_ptr<TestScheduleFixture> m_fixture;
    std::unique_ptr<SchedulePage> m_page;
    std::unique_ptr<ScheduleController> m_controller;
    WeekView *m_view = nullptr;
    QDate m_monday;
};

void TestScheduleWeekView::init()
{
    m_fixture = std::make_unique<TestScheduleFixture>();
    QVERIFY(m_fixture->open());
    m_monday = TestScheduleFixture::futureMonday();
    m_page = std::make_unique<SchedulePage>();
    m_page->resize(1300, 900);
    m_view = m_page->weekView();
}

void TestScheduleWeekView::cleanup()
{
    m_controller.reset();
    m_page.reset();
    m_fixture.reset();
}

QList<coach::Occurrence> TestScheduleWeekView::week() const
{
    const auto found = coach::ScheduleService(*m_fixture->db)
                           .occurrences(QDateTime(m_monday, QTime(0, 0)).toUTC(),
                                        QDateTime(m_monday.addDays(14), QTime(0, 0)).toUTC());
    return found.value_or(QList<coach::Occurrence>());
}

void TestScheduleWeekView::drag(const QPointF &from, const QPointF &to)
{
    QTest::mousePress(m_view, Qt::LeftButton, {}, from.toPoint());
    QTest::mouseMove(m_view, ((from + to) / 2).toPoint());
    QTest::mouseMove(m_view, to.toPoint());
    QTest::mouseRelease(m_view, Qt::LeftButton, {}, to.toPoint());
}

void TestScheduleWeekView::placesMeetingAtItsDayAndTime()
{
    const QDate wednesday = m_monday.addDays(2);
    m_fixture->add({m_fixture->reps.at(0)}, QDateTime(wednesday, QTime(10, 0)), 30);
    m_controller = std::make_unique<ScheduleController>(*m_fixture->db, m_page.get());
    m_controller->showWeek(wednesday);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));

    QCOMPARE(m_view->week(), m_monday);
    QCOMPARE(m_view->occurrences().size(), 1);
    const QRectF block = m_view->occurrenceRect(0);
    const QRectF column = m_view->dayRect(2);
    QVERIFY2(block.left() >= column.left() && block.right() <= column.right(), "the block sits in Wednesday's column");
    QCOMPARE(block.top(), m_view->yForMinutes(10 * 60));
    QCOMPARE(block.bottom(), m_view->yForMinutes(10 * 60 + 30));
    QVERIFY(block.height() >= WeekView::MinHourHeight / 2 - 1);
    QCOMPARE(m_view->occurrenceAt(block.center()), 0);
    QCOMPARE(m_view->timeAt(block.topLeft() + QPointF(4, 1)), QDateTime(wednesday, QTime(10, 0)));
    // Nothing on the other days.
    QCOMPARE(m_view->occurrenceAt(QPointF(m_view->dayRect(1).center().x(), block.center().y())), -1);
}

void TestScheduleWeekView::dragMovesSingleMeeting()
{
    const QDate wednesday = m_monday.addDays(2);
    const coach::Session s = m_fixture->add({m_fixture->reps.at(0)}, QDateTime(wednesday, QTime(10, 0)), 30);
    m_controller = std::make_unique<ScheduleController>(*m_fixture->db, m_page.get());
    m_controller->showWeek(wednesday);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));

    QSignalSpy moved(m_view, &WeekView::moveRequested);
    const QRectF block = m_view->occurrenceRect(0);
    const QPointF grab(block.center().x(), block.top() + 2);
    const QPointF drop(m_view->dayRect(3).center().x(), m_view->yForMinutes(14 * 60) + 2);
    drag(grab, drop);
    QCOMPARE(moved.size(), 1);

    const QList<coach::Occurrence> after = week();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().sessionId, s.id);
    QCOMPARE(after.first().start, QDateTime(wednesday.addDays(1), QTime(14, 0)).toUTC());
    QCOMPARE(after.first().end, QDateTime(wednesday.addDays(1), QTime(14, 30)).toUTC());
    // The view follows the library.
    QCOMPARE(m_view->occurrences().size(), 1);
    QCOMPARE(m_view->occurrences().first().start, after.first().start);
}

void TestScheduleWeekView::dragMovesOneMeetingOfSeries()
{
    const QDate wednesday = m_monday.addDays(2);
    const coach::Session s = m_fixture->add({m_fixture->reps.at(1)}, QDateTime(wednesday, QTime(10, 0)), 30,
                                            u"FREQ=WEEKLY;BYDAY=WE;COUNT=4"_s);
    m_controller = std::make_unique<ScheduleController>(*m_fixture->db, m_page.get());
    int asked = 0;
    m_controller->setMoveQuestions(
        [&asked](const coach::Occurrence &) {
            ++asked;
            return std::optional(ScheduleController::Scope::Meeting);
        },
        [](const coach::Occurrence &, const QStringList &) { return false; });
    m_controller->showWeek(wednesday);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QCOMPARE(m_view->occurrences().size(), 1);

    const QRectF block = m_view->occurrenceRect(0);
    drag(QPointF(block.center().x(), block.top() + 2), QPointF(m_view->dayRect(3).center().x(), m_view->yForMinutes(9 * 60) + 2));
    QCOMPARE(asked, 1);

    const QList<coach::Occurrence> after = week();
    QCOMPARE(after.size(), 2); // this week's, moved, and next week's
    const QDateTime original = QDateTime(wednesday, QTime(10, 0)).toUTC();
    QCOMPARE(after.at(0).sessionId, s.id);
    QCOMPARE(after.at(0).occurrence, original);
    QCOMPARE(after.at(0).start, QDateTime(wednesday.addDays(1), QTime(9, 0)).toUTC());
    QVERIFY(after.at(0).moved);
    QCOMPARE(after.at(1).start, QDateTime(wednesday.addDays(7), QTime(10, 0)).toUTC());
    QVERIFY(!after.at(1).moved);
}

void TestScheduleWeekView::dragOntoConflictIsPreviewedAndCanBeRefused()
{
    const QDate wednesday = m_monday.addDays(2);
    const QList<coach::RepId> dana = {m_fixture->reps.at(0)};
    m_fixture->add(dana, QDateTime(wednesday, QTime(10, 0)), 30);
    m_fixture->add(dana, QDateTime(wednesday.addDays(1), QTime(14, 0)), 60);
    m_controller = std::make_unique<ScheduleController>(*m_fixture->db, m_page.get());
    QStringList shown;
    m_controller->setMoveQuestions([](const coach::Occurrence &) { return std::optional(ScheduleController::Scope::Meeting); },
                                   [&shown](const coach::Occurrence &, const QStringList &conflicts) {
                                       shown = conflicts;
                                       return false;
                                   });
    m_controller->showWeek(wednesday);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QCOMPARE(m_view->occurrences().size(), 2);

    const QRectF block = m_view->occurrenceRect(0);
    const QPointF grab(block.center().x(), block.top() + 2);
    const QPointF drop(m_view->dayRect(3).center().x(), m_view->yForMinutes(14 * 60 + 15) + 2);
    QTest::mousePress(m_view, Qt::LeftButton, {}, grab.toPoint());
    QTest::mouseMove(m_view, ((grab + drop) / 2).toPoint());
    QTest::mouseMove(m_view, drop.toPoint());
    // Shown while dragging, before anything is saved.
    QVERIFY(!m_view->movePreview().isEmpty());
    QTest::mouseRelease(m_view, Qt::LeftButton, {}, drop.toPoint());
    QVERIFY(!shown.isEmpty());

    const QList<coach::Occurrence> after = week();
    QCOMPARE(after.first().start, QDateTime(wednesday, QTime(10, 0)).toUTC());
}

void TestScheduleWeekView::keyboardNavigatesWeeks()
{
    m_controller = std::make_unique<ScheduleController>(*m_fixture->db, m_page.get());
    m_controller->showWeek(m_monday);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_PageDown);
    QCOMPARE(m_view->week(), m_monday.addDays(7));
    QTest::keyClick(m_view, Qt::Key_PageUp);
    QTest::keyClick(m_view, Qt::Key_PageUp);
    QCOMPARE(m_view->week(), m_monday.addDays(-7));
    QTest::keyClick(m_view, Qt::Key_Home);
    const QDate today = QDate::currentDate();
    QCOMPARE(m_view->week(), today.addDays(1 - today.dayOfWeek()));
}

QTEST_MAIN(TestScheduleWeekView)
#include "TestScheduleWeekView.moc"
