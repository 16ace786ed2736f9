// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "clips/ClipExportDialog.h"
#include "core/TaskControl.h"
#include "highlights/HighlightCard.h"
#include "highlights/HighlightsController.h"
#include "highlights/HighlightsPage.h"
#include "media/AudioProbe.h"
#include "services/DemoLibrary.h"
#include "services/ImportService.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/HighlightRepository.h"
#include "storage/PeopleRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * "Export Clip…" on a chosen highlight, through MainWindow as a user reaches
 * it: the demo library imported, a highlight set on Maya's medical-billing
 * call (2026-W47) with a 10-second region, then the card's button. The dialog
 * must describe that call and region, and exporting must write a clip of that
 * length where the dialog says.
 */
class TestHighlightClipExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportClipFromAChosenHighlight();

private:
    QTemporaryDir m_dir;
    QString m_library;
    TeamId m_billing;
    CallId m_call;
};

void TestHighlightClipExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoachbenchTests"_s);
    QCoreApplication::setApplicationName(u"TestHighlightClipExport"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    const QString demo = QStringLiteral(COACH_SOURCE_DIR "/resources/demo");
    if (!QFileInfo::exists(demo + u"/manifest.csv"_s))
        QSKIP("the demo recordings are not in the source tree");

    m_library = m_dir.filePath(u"demo.coachdb"_s);
    auto db = Database::open(m_library);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    TaskControl control;
    const auto imported = ImportService(**db).run({ { demo }, demo + u"/manifest.csv"_s }, control);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message()));
    QCOMPARE(imported->imported, 6);
    const auto annotated = DemoLibrary::addAnnotations(**db);
    QVERIFY2(annotated, annotated ? "" : qPrintable(annotated.error().message()));

    const auto calls = CallRepository(**db).list({}, 0, 100);
    QVERIFY(calls);
    for (const Call &call : *calls) {
        if (call.recordingPath.endsWith(u"05-medical-billing-error.opus"_s))
            m_call = call.id;
    }
    QVERIFY(m_call.isValid());
    const auto teams = PeopleRepository(**db).teams();
    QVERIFY(teams);
    for (const Team &team : *teams) {
        if (team.name == u"Billing"_s)
            m_billing = team.id;
    }
    QVERIFY(m_billing.isValid());

    Highlight highlight;
    highlight.team = m_billing;
    highlight.week = IsoWeek(2026, 47);
    highlight.call = m_call;
    highlight.region = TimeRange{ 20'000, 30'000 };
    highlight.reason = u"Owns the error before the customer has to argue"_s;
    highlight.chosenBy = u"Sam Lee"_s;
    const auto set = HighlightRepository(**db).set(highlight);
    QVERIFY2(set, set ? "" : qPrintable(set.error().message()));
}

void TestHighlightClipExport::exportClipFromAChosenHighlight()
{
    MainWindow window;
    const auto opened = window.openLibrary(m_library);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    window.resize(1280, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    HighlightsPage *page = window.highlightsPage();
    QVERIFY(window.highlightsController());
    window.highlightsController()->showWeek(IsoWeek(2026, 47));
    HighlightCard *card = page->card(m_billing);
    QVERIFY(card);
    QVERIFY(card->slot().highlight);
    QCOMPARE(card->slot().highlight->call, m_call);
    QPushButton *exportButton = card->exportClipButton();
    QVERIFY(exportButton);
    QVERIFY(!exportButton->isHidden()); // MainWindow installed the handler

    const QString destination = m_dir.filePath(u"highlight-clip.wav"_s);
    QPointer<ClipExportDialog> seen;
    QString title;
    QString errorText;
    qint64 requestedStart = -1;
    qint64 requestedDuration = -1;
    bool written = false;
    QTimer driver;
    driver.setInterval(20);
    int ticks = 0;
    connect(&driver, &QTimer::timeout, this, [&] {
        if (++ticks > 3000) { // a minute: give up, and close whatever is open
            driver.stop();
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
            return;
        }
        auto *dialog = qobject_cast<ClipExportDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        if (!seen) {
            seen = dialog;
            title = dialog->windowTitle();
            requestedStart = dialog->request().startMs;
            requestedDuration = dialog->request().durationMs;
            const int wav = dialog->formatBox()->findText(u"WAV"_s, Qt::MatchStartsWith);
            if (wav >= 0)
                dialog->formatBox()->setCurrentIndex(wav);
            dialog->setDestination(destination);
            connect(dialog, &ClipExportDialog::clipWritten, this, [&] { written = true; });
            dialog->exportButton()->click();
            return;
        }
        if (!dialog->isRendering() && !dialog->errorText().isEmpty()) {
            errorText = dialog->errorText();
            driver.stop();
            dialog->close();
        }
    });
    driver.start();
    QTest::mouseClick(exportButton, Qt::LeftButton); // returns when the modal dialog closes
    driver.stop();

    QVERIFY2(errorText.isEmpty(), qPrintable(errorText));
    QVERIFY2(seen || written, "no clip export dialog opened");
    QVERIFY2(written, qPrintable(u"the dialog (%1) wrote no clip"_s.arg(title)));
    QCOMPARE(requestedStart, 20'000);
    QCOMPARE(requestedDuration, 10'000);
    QVERIFY(QFileInfo::exists(destination));
    const auto info = AudioProbe::probe(destination);
    QVERIFY2(info, info ? "" : qPrintable(info.error().message()));
    QVERIFY2(std::abs(info->durationMs - 10'000) <= 10, qPrintable(QString::number(info->durationMs)));
    QVERIFY2(window.statusBar()->currentMessage().contains(QFileInfo(destination).fileName()),
             qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(TestHighlightClipExport)
#include "TestHighlightClipExport.moc"
