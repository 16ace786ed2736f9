// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ManifestImportDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

class TestManifestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewsTheManifest();
    void refusesAManifestWithoutAFileColumn();
    void needsAnExistingFolder();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestManifestImportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Recordings are found by name alone, so empty files are enough here.
    write(u"recordings/a.wav"_s, {});
    write(u"recordings/b.wav"_s, {});
    write(u"recordings/c.opus"_s, {});
}

QString TestManifestImportDialog::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

void TestManifestImportDialog::previewsTheManifest()
{
    const QString csv = write(u"export.csv"_s,
                              "file,agent,team,date,CSAT,Mood,AHT\n"
                              "a.wav,Dana Ortiz,Billing,2024-05-02 10:15,5,calm,4:12\n"
                              "b.wav,Sam Ortiz,Returns,2024-05-02 11:00,great,,300\n"
                              "gone.wav,Alex Kim,Billing,2024-05-03,4,,\n");
    ManifestImportDialog dialog;
    auto *importButton = dialog.findChild<QPushButton *>(u"manifestImportButton"_s);
    QVERIFY(importButton);
    QVERIFY(!importButton->isEnabled());

    dialog.setRecordingsFolder(m_dir.filePath(u"recordings"_s));
    QVERIFY(!dialog.canImport());
    dialog.setManifestPath(csv);
    QVERIFY(dialog.canImport());
    QVERIFY(importButton->isEnabled());

    const QString summary = dialog.summaryText();
    QVERIFY2(summary.contains(ManifestImportDialog::tr("The manifest describes %Ln call(s).", nullptr, 3)), qPrintable(summary));
    QVERIFY2(summary.contains(ManifestImportDialog::tr("%Ln recording(s) in the folder,", nullptr, 3)), qPrintable(summary));
    QVERIFY2(summary.contains(ManifestImportDialog::tr("%Ln of them listed in the manifest.", nullptr, 2)), qPrintable(summary));
    QVERIFY2(summary.contains(ManifestImportDialog::tr("%Ln manifest row(s) name no recording in this folder.", nullptr, 1)),
             qPrintable(summary));
    // What the header matched, by the names the user knows.
    for (const QString &column : {ManifestImportDialog::tr("rep"), ManifestImportDialog::tr("team"),
                                  ManifestImportDialog::tr("CSAT"), ManifestImportDialog::tr("handle time")})
        QVERIFY2(summary.contains(column), qPrintable(column));

    auto *warning = dialog.findChild<QLabel *>(u"manifestWarning"_s);
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(u"Mood"_s), qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(u"great"_s), qPrintable(warning->text()));

    auto *rows = dialog.findChild<QTreeWidget *>(u"manifestRows"_s);
    QCOMPARE(rows->topLevelItemCount(), 3);
    QCOMPARE(rows->topLevelItem(0)->text(1), u"a.wav"_s);
    QCOMPARE(rows->topLevelItem(0)->text(2), u"Dana Ortiz"_s);

    const coach::ImportRequest request = dialog.request();
    QCOMPARE(request.paths, QStringList{m_dir.filePath(u"recordings"_s)});
    QCOMPARE(request.manifestPath, csv);
}

void TestManifestImportDialog::refusesAManifestWithoutAFileColumn()
{
    const QString csv = write(u"nofile.csv"_s, "agent,team\nDana Ortiz,Billing\n");
    ManifestImportDialog dialog;
    dialog.setRecordingsFolder(m_dir.filePath(u"recordings"_s));
    dialog.setManifestPath(csv);
    QVERIFY(!dialog.canImport());
    QVERIFY(!dialog.findChild<QPushButton *>(u"manifestImportButton"_s)->isEnabled());
    // libcoach's own message explains the missing column.
    QVERIFY2(dialog.summaryText().contains(u"file"_s), qPrintable(dialog.summaryText()));
    QVERIFY(dialog.findChild<QTreeWidget *>(u"manifestRows"_s)->isHidden());
}

void TestManifestImportDialog::needsAnExistingFolder()
{
    const QString csv = write(u"ok.csv"_s, "file\na.wav\n");
    ManifestImportDialog dialog;
    dialog.setManifestPath(csv);
    dialog.setRecordingsFolder(m_dir.filePath(u"no-such-folder"_s));
    QVERIFY(!dialog.canImport());
    dialog.setRecordingsFolder(m_dir.filePath(u"recordings"_s));
    QVERIFY(dialog.canImport());
}

QTEST_MAIN(TestManifestImportDialog)
#include "TestManifestImportDialog.moc"
