// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryFixture.h"

#include "common/DisplayFormat.h"
#include "library/CallTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCallTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fetchesPageByPage();
    void headers();
    void displayAndAlignment();
    void durationFormat_data();
    void durationFormat();
    void sortByEachColumn_data();
    void sortByEachColumn();
    void filterNarrowsRows_data();
    void filterNarrowsRows();
    void teamAndDateFilters();
    void resetsOnQueryChange();

private:
    static void fetchAll(CallTableModel &model);
    static int expectedMatches(const QList<coach::Call> &calls, const QString &text);

    static constexpr int CallCount = 1000;
    QTemporaryDir m_dir;
    std::unique_ptr<coach::Database> m_db;
    QList<coach::Call> m_calls;
};

void TestCallTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = coach::Database::open(m_dir.filePath(u"library.coachdb"_s));
    QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().message()));
    m_db = std::move(*db);
    m_calls = LibraryFixture::fill(*m_db, CallCount, m_dir.filePath(u"recordings"_s));
    QCOMPARE(m_calls.size(), CallCount);
}

void TestCallTableModel::fetchAll(CallTableModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

int TestCallTableModel::expectedMatches(const QList<coach::Call> &calls, const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    return int(std::count_if(calls.cbegin(), calls.cend(), [&words](const coach::Call &call) {
        return std::all_of(words.cbegin(), words.cend(), [&call](const QString &word) {
            for (const QString &field : {call.repName, call.teamName, call.queue, call.customerRef, call.recordingPath}) {
                if (field.contains(word, Qt::CaseInsensitive))
                    return true;
            }
            return false;
        });
    }));
}

void TestCallTableModel::fetchesPageByPage()
{
    CallTableModel model(*m_db);
    // A fresh model holds the first page only, not the library.
    QCOMPARE(model.matchingCount(), CallCount);
    QCOMPARE(model.rowCount(), CallTableModel::PageSize);
    QVERIFY(model.canFetchMore({}));

    // The tester fetches on its own as it walks the model; count from what it left.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    QCOMPARE(before % CallTableModel::PageSize, 0);
    QVERIFY(before < CallCount);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), before + CallTableModel::PageSize);
    // One page, appended: slots reacting to the insertion did not fetch again.
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), before);
    QCOMPARE(inserted.first().at(2).toInt(), before + CallTableModel::PageSize - 1);

    fetchAll(model);
    QCOMPARE(model.rowCount(), CallCount);
    QVERIFY(!model.canFetchMore({}));
    // Child indexes never fetch: the model is flat.
    QVERIFY(!model.canFetchMore(model.index(0, 0)));

    // Every call arrives exactly once across the pages.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(CallTableModel::CallIdRole).toLongLong());
    QCOMPARE(ids.size(), CallCount);
}

void TestCallTableModel::headers()
{
    CallTableModel model(*m_db);
    QCOMPARE(model.columnCount(), int(CallTableModel::ColumnCount));
    const QStringList expected{u"Date"_s, u"Rep"_s, u"Team"_s, u"Duration"_s, u"Channels"_s, u"CSAT"_s, u"Queue"_s, u"File"_s};
    for (int column = 0; column < CallTableModel::ColumnCount; ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
    QCOMPARE(model.headerData(CallTableModel::Duration, Qt::Horizontal, Qt::TextAlignmentRole).value<Qt::Alignment>()
                 & Qt::AlignHorizontal_Mask,
             Qt::AlignRight);
    QCOMPARE(model.headerData(CallTableModel::Rep, Qt::Horizontal, Qt::TextAlignmentRole).value<Qt::Alignment>()
                 & Qt::AlignHorizontal_Mask,
             Qt::AlignLeft);
}

void TestCallTableModel::displayAndAlignment()
{
    CallTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);

    int mono = 0;
    int stereo = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const coach::Call *call = model.callAt(row);
        QVERIFY(call);
        const auto text = [&](int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(CallTableModel::Rep), call->repName);
        QCOMPARE(text(CallTableModel::Team), call->teamName);
        QCOMPARE(text(CallTableModel::Queue), call->queue);
        QCOMPARE(text(CallTableModel::File), QFileInfo(call->recordingPath).fileName());
        QCOMPARE(text(CallTableModel::Date), DisplayFormat::dateTime(call->startedAt, QLocale::ShortFormat));
        QVERIFY(text(CallTableModel::Date).contains(QString::number(call->startedAt.toLocalTime().date().year() % 100)));
        QCOMPARE(text(CallTableModel::Duration), DisplayFormat::duration(call->audio.durationMs));
        QCOMPARE(text(CallTableModel::Csat), call->csat ? QLocale().toString(*call->csat, 'g', QLocale::FloatingPointShortest)
                                                         : QString());
        if (call->audio.channels == 1) {
            QCOMPARE(text(CallTableModel::Channels), u"Mono"_s);
            ++mono;
        } else {
            QCOMPARE(text(CallTableModel::Channels), u"Stereo"_s);
            ++stereo;
        }
        QCOMPARE(model.index(row, CallTableModel::File).data(Qt::ToolTipRole).toString(), call->recordingPath);
    }
    QVERIFY(mono > 0 && stereo > 0);

    const auto horizontal = [&](int column) {
        return model.index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignHorizontal_Mask;
    };
    for (int column : {CallTableModel::Duration, CallTableModel::Channels, CallTableModel::Csat})
        QCOMPARE(horizontal(column), Qt::AlignRight);
    for (int column : {CallTableModel::Date, CallTableModel::Rep, CallTableModel::Team, CallTableModel::Queue, CallTableModel::File})
        QCOMPARE(horizontal(column), Qt::AlignLeft);
}

void TestCallTableModel::durationFormat_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown") << qint64(0) << QString();
    QTest::newRow("seconds") << qint64(7'000) << u"0:07"_s;
    QTest::newRow("rounds up to a minute") << qint64(59'600) << u"1:00"_s;
    QTest::newRow("minutes") << qint64(187'000) << u"3:07"_s;
    QTest::newRow("just under an hour") << qint64(3'599'000) << u"59:59"_s;
    QTest::newRow("an hour") << qint64(3'600'000) << u"1:00:00"_s;
    QTest::newRow("hours") << qint64(7'325'000) << u"2:02:05"_s;
}

void TestCallTableModel::durationFormat()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(DisplayFormat::duration(ms), expected);
}

void TestCallTableModel::sortByEachColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("date") << int(CallTableModel::Date);
    QTest::newRow("rep") << int(CallTableModel::Rep);
    QTest::newRow("team") << int(CallTableModel::Team);
    QTest::newRow("duration") << int(CallTableModel::Duration);
    QTest::newRow("channels") << int(CallTableModel::Channels);
    QTest::newRow("csat") << int(CallTableModel::Csat);
    QTest::newRow("queue") << int(CallTableModel::Queue);
    QTest::newRow("file") << int(CallTableModel::File);
}

void TestCallTableModel::sortByEachColumn()
{
    QFETCH(int, column);
    CallTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // A missing value sorts below every present one, as SQLite puts NULL.
    const auto less = [](const QVariant &a, const QVariant &b) {
        if (a.isNull() || b.isNull())
            return a.isNull() && !b.isNull();
        if (a.typeId() == QMetaType::QString)
            return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    };
    const auto keys = [&] {
        fetchAll(model);
        QVariantList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, column).data(CallTableModel::SortKeyRole);
        return list;
    };

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(column, Qt::AscendingOrder);
    QCOMPARE(model.query().sort, CallTableModel::sortForColumn(column));
    QVERIFY(!model.query().descending);
    // Sorting re-queries from the first page rather than sorting what was fetched.
    QCOMPARE(model.rowCount(), CallTableModel::PageSize);
    const QVariantList ascending = keys();
    QCOMPARE(ascending.size(), CallCount);
    for (int i = 1; i < ascending.size(); ++i)
        QVERIFY2(!less(ascending.at(i), ascending.at(i - 1)), qPrintable(u"row %1 out of order"_s.arg(i)));
    // The column really has different values, or the check above proves nothing.
    QVERIFY(less(ascending.first(), ascending.last()));

    model.sort(column, Qt::DescendingOrder);
    QVERIFY(model.query().descending);
    QVariantList descending = keys();
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(descending, ascending);
    QVERIFY(reset.count() >= 1);
}

void TestCallTableModel::filterNarrowsRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("rep surname") << u"Ortiz"_s;
    QTest::newRow("rep, any case") << u"priya"_s;
    QTest::newRow("team") << u"Tech Support"_s;
    QTest::newRow("queue") << u"Cancellations"_s;
    QTest::newRow("customer") << u"CUST-1003"_s;
    QTest::newRow("two words narrow further") << u"Ortiz Returns"_s;
    QTest::newRow("nothing") << u"no-such-caller"_s;
}

void TestCallTableModel::filterNarrowsRows()
{
    QFETCH(QString, text);
    CallTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    coach::CallQuery query;
    query.text = text;
    model.setQuery(query);
    fetchAll(model);

    const int expected = expectedMatches(m_calls, text);
    QVERIFY(expected < CallCount);
    QCOMPARE(model.matchingCount(), expected);
    QCOMPARE(model.rowCount(), expected);
    const QStringList words = text.split(u' ');
    for (int row = 0; row < model.rowCount(); ++row) {
        const coach::Call *call = model.callAt(row);
        const QString haystack = QStringList{call->repName, call->teamName, call->queue, call->customerRef,
                                             call->recordingPath}.join(u'\n');
        for (const QString &word : words)
            QVERIFY(haystack.contains(word, Qt::CaseInsensitive));
    }
}

void TestCallTableModel::teamAndDateFilters()
{
    CallTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const auto teams = coach::PeopleRepository(*m_db).teams();
    QVERIFY(teams.has_value());
    const auto billing = std::find_if(teams->cbegin(), teams->cend(), [](const coach::Team &t) { return t.name == u"Billing"_s; });
    QVERIFY(billing != teams->cend());

    coach::CallQuery query;
    query.team = billing->id;
    model.setQuery(query);
    fetchAll(model);
    const auto inBilling = std::count_if(m_calls.cbegin(), m_calls.cend(),
                                         [](const coach::Call &c) { return c.teamName == u"Billing"_s; });
    QCOMPARE(model.rowCount(), int(inBilling));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.callAt(row)->teamName, u"Billing"_s);

    // A range open on one side: everything from a day on.
    query = {};
    const QDate from = m_calls.at(500).startedAt.toLocalTime().date();
    query.from = from;
    model.setQuery(query);
    fetchAll(model);
    const auto since = std::count_if(m_calls.cbegin(), m_calls.cend(),
                                     [&](const coach::Call &c) { return c.startedAt.toLocalTime().date() >= from; });
    QVERIFY(since > 0 && since < CallCount);
    QCOMPARE(model.rowCount(), int(since));
}

void TestCallTableModel::resetsOnQueryChange()
{
    CallTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    model.fetchMore({});
    QVERIFY(model.rowCount() >= 3 * CallTableModel::PageSize);

    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    coach::CallQuery query;
    query.text = u"Billing"_s;
    model.setQuery(query);
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    // Back to the first page of the new query.
    QCOMPARE(model.rowCount(), std::min(CallTableModel::PageSize, expectedMatches(m_calls, u"Billing"_s)));
    QCOMPARE(model.query().text, u"Billing"_s);

    // Sorting by what the model already shows changes nothing and costs no query.
    model.sort(CallTableModel::Date, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 1);

    // The filter survives a sort, and the sort survives a reload.
    model.sort(CallTableModel::Rep, Qt::AscendingOrder);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.query().text, u"Billing"_s);
    model.reload();
    QCOMPARE(reset.count(), 3);
    QCOMPARE(model.query().sort, coach::CallQuery::Sort::Rep);
}

QTEST_MAIN(TestCallTableModel)
#include "TestCallTableModel.moc"
