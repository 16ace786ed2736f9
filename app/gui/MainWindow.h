// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecentLibraries.h"
#include "core/Error.h"
#include "model/Id.h"

#include <QMainWindow>

#include <memory>

namespace coach {
class Database;
}
class HighlightsController;
class HighlightsPage;
class ImportController;
class LibraryController;
class LibraryPage;
class ReviewController;
class ReviewPage;
class ScheduleController;
class SchedulePage;
class ExercisesPage;
class QLabel;
class QListWidget;
class QMimeData;
class QStackedWidget;
class QUndoGroup;

/*
 * The Coachbench window: a sidebar of the product's sections beside a stack
 * of their pages, the File and Help menus, the import toolbar and a status
 * bar with the call count. Owns the open library's Database (on the GUI
 * thread) and the controllers that wire pages to it; opening another library
 * replaces both. The Review section shows one call at a time; its
 * controller's undo stack drives the Edit menu's Undo and Redo. Sections are added with addSection(), so a new feature is a
 * page plus one line here.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens, or creates, the library at `path` and shows it. On failure the
    // library that was open stays open and nothing is shown to the user.
    [[nodiscard]] coach::Result<void> openLibrary(const QString &path);
    // At start-up: opens `path`, and when that fails shows why and lets the
    // user open or create another library. Returns false when they chose Quit.
    [[nodiscard]] bool openLibraryOrAsk(const QString &path);
    // For the demo: fills an empty library from `folder` and `manifest`.
    void importIfEmpty(const QString &folder, const QString &manifestPath);
    void importPaths(const QStringList &paths, const QString &manifestPath = {});

    // Appends a section to the sidebar; returns its index.
    int addSection(const QIcon &icon, const QString &title, QWidget *page);

    [[nodiscard]] QString libraryPath() const;
    [[nodiscard]] LibraryPage *libraryPage() const { return m_libraryPage; }
    [[nodiscard]] LibraryController *libraryController() const { return m_library.get(); }
    [[nodiscard]] ImportController *importController() const { return m_import; }
    [[nodiscard]] ReviewPage *reviewPage() const { return m_reviewPage; }
    [[nodiscard]] ReviewController *reviewController() const { return m_review.get(); }
    // Clip export and standup packs plug into the Highlights section through its setters.
    [[nodiscard]] HighlightsPage *highlightsPage() const { return m_highlightsPage; }
    [[nodiscard]] HighlightsController *highlightsController() const { return m_highlights.get(); }

    // Shows the call in the Review section and plays it from `atMs`, or from
    // where the user left off when -1.
    void openCall(coach::CallId call, qint64 atMs = -1);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void newLibrary();
    void chooseLibrary();
    void openRecent(const QString &path);
    void rebuildRecentMenu();
    void importRecordings();
    void importFolder();
    void importWithManifest(const QString &manifestPath = {});
    void onImportFinished();
    void onImportRunning(bool running);
    void showCounts(int matching, int total);
    void about();
    void closeCall();
    [[nodiscard]] QString lastImportDirectory() const;
    void rememberImportDirectory(const QString &directory);
    [[nodiscard]] static QStringList droppedPaths(const QMimeData *mime);

    std::unique_ptr<coach::Database> m_db;
    // Declared after m_db so it goes first: it borrows the Database.
    std::unique_ptr<LibraryController> m_library;
    std::unique_ptr<ReviewController> m_review; // likewise
    std::unique_ptr<ScheduleController> m_schedule; // likewise
    std::unique_ptr<HighlightsController> m_highlights; // likewise

    RecentLibraries m_recent;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_sections = nullptr;
    LibraryPage *m_libraryPage = nullptr;
    ReviewPage *m_reviewPage = nullptr;
    SchedulePage *m_schedulePage = nullptr;
    ExercisesPage *m_exercisesPage = nullptr;
    HighlightsPage *m_highlightsPage = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    ImportController *m_import = nullptr;
    QLabel *m_countLabel = nullptr;
    QMenu *m_recentMenu = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_importManifestAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
