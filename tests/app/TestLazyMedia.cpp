// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryFixture.h"

#include "MainWindow.h"
#include "library/LibraryPage.h"
#include "media/AudioProbe.h"
#include "media/MediaModule.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/*
 * The window's start must not load the media module (FFmpeg, Qt Multimedia):
 * showing a library, painting and selecting calls is done by libcoach alone.
 * The first thing that decodes then loads it, from beside libcoach.
 */
class TestLazyMedia : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showingALibraryLeavesTheModuleUnloaded();
    void probingLoadsTheModule();

private:
    QTemporaryDir m_dir;
};

void TestLazyMedia::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoachbenchTests"_s);
    QCoreApplication::setApplicationName(u"TestLazyMedia"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestLazyMedia::showingALibraryLeavesTheModuleUnloaded()
{
    const QString path = m_dir.filePath(u"lazy.coachdb"_s);
    {
        auto db = coach::Database::open(path);
        QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().message()));
        LibraryFixture::fill(**db, 50, m_dir.path());
    }
    MainWindow window;
    const auto opened = window.openLibrary(path);
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().message()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *table = window.libraryPage()->table();
    QCOMPARE(table->model()->rowCount(), 50);
    table->selectRow(3);
    QCoreApplication::processEvents();

    QVERIFY(!coach::MediaModule::isLoaded());
}

void TestLazyMedia::probingLoadsTheModule()
{
    const QString recording = QStringLiteral(COACH_SOURCE_DIR) + u"/resources/demo/01-replacement-part.opus"_s;
    const auto info = coach::AudioProbe::probe(recording);
    QVERIFY2(info.has_value(), info ? "" : qPrintable(info.error().message()));
    QCOMPARE(info->channels, 2);
    QVERIFY(coach::MediaModule::isLoaded());
    const auto backend = coach::MediaModule::backend();
    QVERIFY(backend.has_value());
}

QTEST_MAIN(TestLazyMedia)
#include "TestLazyMedia.moc"
