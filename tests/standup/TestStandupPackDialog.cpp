// SPDX-License-Identifier: GPL-3.0-or-later
// The Standup Pack dialog on the offscreen platform, over the demo library.
#include "StandupFixture.h"
#include "TestSupport.h"
#include "standup/StandupPackDialog.h"
#include "standup/StandupTipModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace coach;
using namespace Qt::Literals::StringLiterals;

class TestStandupPackDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheWeek();
    void tipModel();
    void writesAPack();
    void cancelLeavesNothing();
    void emptyWeek();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    StandupFixture m_fixture;
};

void TestStandupPackDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(u"library.db"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    const QString failed = m_fixture.fill(*m_db);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestStandupPackDialog::showsTheWeek()
{
    StandupPackDialog dialog(*m_db);
    dialog.setTeamWeek(m_fixture.billing.id, m_fixture.week);
    QCOMPARE(dialog.team()->name, u"Billing"_s);
    QCOMPARE(dialog.week(), m_fixture.week);
    QVERIFY(dialog.highlightText().contains(u"Priya Nair"_s));
    QVERIFY(dialog.highlightText().contains(u"Empathy bridge"_s));
    QVERIFY(dialog.highlightCheck()->isChecked());
    QCOMPARE(dialog.tipModel()->rowCount(), 4);
    QVERIFY(dialog.destination().endsWith(u"standup-billing-2026-W46"_s));
    QVERIFY(dialog.writeButton()->isEnabled()); // the highlight alone makes a pack

    dialog.highlightCheck()->setChecked(false);
    QVERIFY(!dialog.writeButton()->isEnabled());
    dialog.tipModel()->setChecked(2, true);
    QVERIFY(dialog.writeButton()->isEnabled());
    const auto pack = dialog.plannedPack();
    QVERIFY(pack);
    QCOMPARE(pack->clips.size(), 1);
    QCOMPARE(pack->clips.first().annotation, m_fixture.tips.at(2));

    dialog.setDestination(u"/tmp/x.zip"_s);
    QCOMPARE(dialog.destination(), u"/tmp/x.zip"_s);
}

void TestStandupPackDialog::tipModel()
{
    StandupTipModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StandupClip a;
    a.annotation = AnnotationId(7);
    a.repName = u"Maya Okafor"_s;
    a.patternLabel = u"Pause button"_s;
    a.listenFor = u"the\npause"_s;
    a.range = { 1'000, 26'000 };
    StandupClip b = a;
    b.annotation = AnnotationId(9);
    b.range = { 0, 30'000 };
    model.setCandidates({ a, b });
    QSignalSpy checked(&model, &StandupTipModel::checkedChanged);
    QCOMPARE(model.data(model.index(0, StandupTipModel::Length)).toString(), u"0:25"_s);
    QCOMPARE(model.data(model.index(0, StandupTipModel::Note)).toString(), u"the pause"_s);
    QCOMPARE(model.data(model.index(0, StandupTipModel::Rep), Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(model.setData(model.index(1, StandupTipModel::Rep), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!model.setData(model.index(1, StandupTipModel::Note), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(checked.count(), 1);
    QCOMPARE(model.checkedTips(), QList<AnnotationId>{ AnnotationId(9) });
    QCOMPARE(model.checkedDurationMs(), 30'000);
}

void TestStandupPackDialog::writesAPack()
{
    QTemporaryDir out;
    StandupPackDialog dialog(*m_db);
    dialog.setTeamWeek(m_fixture.billing.id, m_fixture.week);
    dialog.tipModel()->setChecked(0, true);
    dialog.setDestination(out.filePath(u"pack"_s));
    dialog.setFormat(u"wav"_s);
    QSignalSpy written(&dialog, &StandupPackDialog::packWritten);
    QVERIFY(!dialog.openFolderButton()->isVisibleTo(&dialog));
    QVERIFY(dialog.start());
    QVERIFY(dialog.isRunning());
    QVERIFY(!dialog.writeButton()->isEnabled());
    QCOMPARE(dialog.cancelButton()->text(), StandupPackDialog::tr("Cancel"));
    QVERIFY(written.wait(120'000));
    QCOMPARE(written.first().first().toString(), QFileInfo(out.filePath(u"pack"_s)).absoluteFilePath());
    QVERIFY(dialog.openFolderButton()->isVisibleTo(&dialog));
    QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
    const QDir pack(out.filePath(u"pack"_s));
    QCOMPARE(pack.entryList({ u"*.wav"_s }).size(), 2);
    QVERIFY(QFileInfo(pack.filePath(u"cue-sheet.pdf"_s)).size() > 1000);
    QVERIFY(dialog.statusText().contains(QDir::toNativeSeparators(pack.path())));

    // A second write to the same place is refused before any work starts.
    QVERIFY(!dialog.start());
    QVERIFY(dialog.statusText().contains(StandupPackDialog::tr("already exists").left(10)));
}

void TestStandupPackDialog::cancelLeavesNothing()
{
    QTemporaryDir out;
    StandupPackDialog dialog(*m_db);
    dialog.setTeamWeek(m_fixture.billing.id, m_fixture.week);
    for (int row = 0; row < dialog.tipModel()->rowCount(); ++row)
        dialog.tipModel()->setChecked(row, true);
    dialog.setDestination(out.filePath(u"pack.zip"_s));
    QSignalSpy failed(&dialog, &StandupPackDialog::packFailed);
    QVERIFY(dialog.start());
    dialog.cancelButton()->click(); // cancels, does not close
    QVERIFY(failed.wait(120'000));
    QCOMPARE(failed.first().first().toString(), StandupPackDialog::tr("Cancelled; nothing was written."));
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QVERIFY(dialog.writeButton()->isEnabled());
    QCOMPARE(dialog.cancelButton()->text(), StandupPackDialog::tr("Close"));
}

void TestStandupPackDialog::emptyWeek()
{
    StandupPackDialog dialog(*m_db);
    dialog.setTeamWeek(m_fixture.tech.id, IsoWeek(2026, 40));
    QCOMPARE(dialog.tipModel()->rowCount(), 0);
    QVERIFY(!dialog.highlightCheck()->isEnabled());
    QVERIFY(!dialog.writeButton()->isEnabled());
}

QTEST_MAIN(TestStandupPackDialog)
#include "TestStandupPackDialog.moc"
