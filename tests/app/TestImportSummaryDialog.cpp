// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportSummaryDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

class TestImportSummaryDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsFailuresAndWarningsBehindDetails();
    void cleanImportHasNoDetails();
};

void TestImportSummaryDialog::listsFailuresAndWarningsBehindDetails()
{
    coach::ImportSummary summary;
    summary.items = {
        {u"/calls/a.wav"_s, coach::ImportItem::Outcome::Imported, u"/calls/a.wav: imported"_s, coach::CallId(1)},
        {u"/calls/b.wav"_s, coach::ImportItem::Outcome::Duplicate, u"/calls/b.wav: already in the library"_s, coach::CallId(2)},
        {u"/calls/c.wav"_s, coach::ImportItem::Outcome::Failed, u"/calls/c.wav: cannot be read (permission denied)"_s, {}},
        {u"/calls/d.wav"_s, coach::ImportItem::Outcome::Failed, u"/calls/d.wav is not in an audio format Coachbench reads"_s, {}},
    };
    summary.imported = 1;
    summary.duplicates = 1;
    summary.failed = 2;
    summary.warnings = {u"/calls/export.csv: line 3: CSAT “five” is not a number"_s, u"something without a file"_s};

    ImportSummaryDialog dialog(summary);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.findChild<QLabel *>(u"summaryHeadline"_s)->text(), ImportSummaryDialog::tr("Import finished with problems"));
    QCOMPARE(dialog.findChild<QLabel *>(u"summarySentence"_s)->text(), ImportSummaryDialog::sentence(summary));

    // Collapsed until asked for.
    QTreeWidget *problems = dialog.problems();
    QVERIFY(!problems->isVisible());
    auto *details = dialog.findChild<QPushButton *>(u"summaryDetailsButton"_s);
    QVERIFY(details->isVisible());
    QTest::mouseClick(details, Qt::LeftButton);
    QVERIFY(problems->isVisible());

    // Failures only (not the imported or duplicate files), then the warnings,
    // each as file | cause without the path repeated.
    QCOMPARE(problems->topLevelItemCount(), 4);
    const auto row = [&](int i) { return QStringList{problems->topLevelItem(i)->text(0), problems->topLevelItem(i)->text(1)}; };
    QCOMPARE(row(0), (QStringList{u"c.wav"_s, u"cannot be read (permission denied)"_s}));
    QCOMPARE(row(1), (QStringList{u"d.wav"_s, u"is not in an audio format Coachbench reads"_s}));
    QCOMPARE(row(2), (QStringList{u"export.csv"_s, u"line 3: CSAT “five” is not a number"_s}));
    QCOMPARE(row(3).at(1), u"something without a file"_s);
    QCOMPARE(problems->topLevelItem(0)->toolTip(0), u"/calls/c.wav"_s);

    QTest::mouseClick(details, Qt::LeftButton);
    QVERIFY(!problems->isVisible());
}

void TestImportSummaryDialog::cleanImportHasNoDetails()
{
    coach::ImportSummary summary;
    summary.items = {{u"/calls/a.wav"_s, coach::ImportItem::Outcome::Imported, u"/calls/a.wav: imported"_s, coach::CallId(1)}};
    summary.imported = 1;
    ImportSummaryDialog dialog(summary);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.findChild<QLabel *>(u"summaryHeadline"_s)->text(), ImportSummaryDialog::tr("Import finished"));
    QVERIFY(!dialog.findChild<QPushButton *>(u"summaryDetailsButton"_s)->isVisible());
    QCOMPARE(dialog.problems()->topLevelItemCount(), 0);

    summary.cancelled = true;
    QCOMPARE(ImportSummaryDialog::headline(summary), ImportSummaryDialog::tr("Import cancelled"));
    summary.items.clear();
    summary.imported = 0;
    summary.cancelled = false;
    QCOMPARE(ImportSummaryDialog::headline(summary), ImportSummaryDialog::tr("No recordings found"));
}

QTEST_MAIN(TestImportSummaryDialog)
#include "TestImportSummaryDialog.moc"
