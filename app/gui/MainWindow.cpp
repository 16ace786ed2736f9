// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "clips/ClipExportDialog.h"

#include "import/ImportController.h"
#include "import/ImportSummaryDialog.h"
#include "import/ManifestImportDialog.h"
#include "library/CallFilterBar.h"
#include "library/LibraryController.h"
#include "library/LibraryPage.h"
#include "review/ReviewController.h"
#include "review/ReviewPage.h"
#include "review/SearchBar.h"
#include "schedule/ScheduleController.h"
#include "highlights/HighlightsController.h"
#include "highlights/HighlightsPage.h"
#include "services/DemoLibrary.h"
#include "standup/StandupPackDialog.h"
#include "schedule/SchedulePage.h"
#include "exercises/ExercisesPage.h"
#include "review/WaveformWidget.h"
#include "services/ImportService.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString GeometryKey = u"window/geometry"_s;
const QString StateKey = u"window/state"_s;
const QString LibraryPageKey = u"library/pageState"_s;
const QString ImportDirectoryKey = u"import/lastDirectory"_s;

QString libraryFileFilter()
{
    return MainWindow::tr("Coachbench libraries (*.coachdb);;All files (*)");
}

bool isManifestName(const QString &path)
{
    return path.endsWith(u".csv"_s, Qt::CaseInsensitive);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_sections(new QStackedWidget(this))
    , m_libraryPage(new LibraryPage(m_sections))
    , m_reviewPage(new ReviewPage(m_sections))
    , m_undoGroup(new QUndoGroup(this))
    , m_import(new ImportController(this, this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);

    m_sidebar->setObjectName(u"sectionSidebar"_s);
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The sidebar reads as part of the window's frame, not as a list of data.
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_sidebar->viewport()->setBackgroundRole(QPalette::Window);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_sections, &QStackedWidget::setCurrentIndex);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(separator);
    layout->addWidget(m_sections, 1);
    setCentralWidget(central);

    addSection(QIcon::fromTheme(u"folder-music"_s, style()->standardIcon(QStyle::SP_DirIcon)), tr("Library"),
               m_libraryPage);
    addSection(QIcon::fromTheme(u"media-playback-start"_s, style()->standardIcon(QStyle::SP_MediaPlay)), tr("Review"),
               m_reviewPage);
    m_schedulePage = new SchedulePage(m_sections);
    m_schedulePage->setLibraryOpen(false);
    addSection(QIcon::fromTheme(u"x-office-calendar"_s, style()->standardIcon(QStyle::SP_FileDialogContentsView)),
               tr("Schedule"), m_schedulePage);
    m_exercisesPage = new ExercisesPage(m_sections);
    addSection(QIcon::fromTheme(u"accessories-text-editor"_s, style()->standardIcon(QStyle::SP_FileDialogDetailedView)),
               tr("Exercises"), m_exercisesPage);
    connect(m_exercisesPage, &ExercisesPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_reviewPage->action(ReviewPage::Action::NewExercise), &QAction::triggered, this, [this] {
        if (m_review)
            m_exercisesPage->newExercise(m_review->call().id, m_reviewPage->waveform()->selection());
    });
    m_highlightsPage = new HighlightsPage(m_sections);
    addSection(QIcon::fromTheme(u"starred"_s, style()->standardIcon(QStyle::SP_DialogYesButton)), tr("Highlights"),
               m_highlightsPage);
    // Modal, so the library it reads cannot be swapped out from under it.
    m_highlightsPage->setStandupPackHandler([this](coach::IsoWeek week) {
        if (!m_db)
            return;
        StandupPackDialog dialog(*m_db, this);
        dialog.setTeamWeek({}, week);
        connect(&dialog, &StandupPackDialog::packWritten, this, [this](const QString &path) {
            statusBar()->showMessage(tr("Standup pack written to %1").arg(QDir::toNativeSeparators(path)), 10000);
        });
        dialog.exec();
    });
    // Clip export, from the Review page's selection or annotation and from a chosen highlight.
    const auto exportClip = [this](ClipExportSource source) {
        if (!m_db)
            return;
        if (auto found = ClipExportSources::addPersonalData(*m_db, source); !found) {
            QMessageBox::warning(this, tr("Export Clip"), found.error().message());
            return;
        }
        ClipExportDialog dialog(source, this);
        connect(&dialog, &ClipExportDialog::clipWritten, this, [this](const QString &path) {
            statusBar()->showMessage(tr("Clip saved as %1").arg(QDir::toNativeSeparators(path)), 10000);
        });
        dialog.exec();
    };
    connect(m_reviewPage->action(ReviewPage::Action::ExportClip), &QAction::triggered, this, [this, exportClip] {
        if (m_review && m_review->isLoaded())
            exportClip(ClipExportSources::fromReview(*m_review, *m_reviewPage));
    });
    m_highlightsPage->setClipExportHandler([this, exportClip](const coach::Highlight &highlight) {
        if (!m_db)
            return;
        const auto source = ClipExportSources::fromHighlight(*m_db, highlight);
        if (!source) {
            QMessageBox::warning(this, tr("Export Clip"), source.error().message());
            return;
        }
        exportClip(*source);
    });
    m_sidebar->setCurrentRow(0);

    m_countLabel->setObjectName(u"callCount"_s);
    m_countLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    createMenus();
    createToolBar();

    connect(m_libraryPage, &LibraryPage::importRequested, this, &MainWindow::importRecordings);
    connect(m_libraryPage, &LibraryPage::openCallRequested, this, [this](coach::CallId call) { openCall(call); });
    connect(m_reviewPage, &ReviewPage::libraryRequested, this,
            [this] { m_sidebar->setCurrentRow(m_sections->indexOf(m_libraryPage)); });
    connect(m_import, &ImportController::runningChanged, this, &MainWindow::onImportRunning);
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_import, &ImportController::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1400, 900);
        resize(std::min(1280, available.width() * 9 / 10), std::min(800, available.height() * 9 / 10));
    }
    restoreState(settings.value(StateKey).toByteArray());
    m_libraryPage->restoreState(settings.value(LibraryPageKey).toByteArray());
}

MainWindow::~MainWindow()
{
    // Stops playback and saves where the user was, while the library is open.
    closeCall();
    // The import worker holds the library's path; let it finish before the
    // library closes (ImportController's destructor cancels and waits).
    delete m_import;
    m_import = nullptr;
}

int MainWindow::addSection(const QIcon &icon, const QString &title, QWidget *page)
{
    auto *item = new QListWidgetItem(icon, title, m_sidebar);
    item->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() + 18));
    const int index = m_sections->addWidget(page);
    const int width = m_sidebar->fontMetrics().horizontalAdvance(title) + m_sidebar->iconSize().width() + 40;
    m_sidebar->setFixedWidth(std::max({m_sidebar->minimumWidth(), width, 120}));
    return index;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(u"document-new"_s), tr("&New Library…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create an empty library file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newLibrary);

    m_openAction = new QAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Library…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open another library file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseLibrary);

    m_importFilesAction = new QAction(
        QIcon::fromTheme(u"document-import"_s, style()->standardIcon(QStyle::SP_FileIcon)), tr("Import &Recordings…"), this);
    m_importFilesAction->setObjectName(u"importRecordingsAction"_s);
    m_importFilesAction->setShortcut(Qt::CTRL | Qt::Key_I);
    m_importFilesAction->setStatusTip(tr("Add recorded calls to the library"));
    connect(m_importFilesAction, &QAction::triggered, this, &MainWindow::importRecordings);

    m_importFolderAction = new QAction(
        QIcon::fromTheme(u"folder-open"_s, style()->standardIcon(QStyle::SP_DirOpenIcon)), tr("Import &Folder…"), this);
    m_importFolderAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
    m_importFolderAction->setStatusTip(tr("Add every recording in a folder and its subfolders"));
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::importFolder);

    m_importManifestAction = new QAction(
        QIcon::fromTheme(u"x-office-spreadsheet"_s, style()->standardIcon(QStyle::SP_FileDialogDetailedView)),
        tr("Import with &Manifest…"), this);
    m_importManifestAction->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_I);
    m_importManifestAction->setStatusTip(tr("Add recordings with the call data from your contact centre's CSV export"));
    connect(m_importManifestAction, &QAction::triggered, this, [this] { importWithManifest(); });

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Filter the calls, or find words in the transcript of the call under review"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        // On the Review page with a call open: its transcript search.
        if (m_sections->currentWidget() == m_reviewPage && m_review) {
            m_reviewPage->searchBar()->focusSearch();
            return;
        }
        m_sidebar->setCurrentRow(m_sections->indexOf(m_libraryPage));
        m_libraryPage->filterBar()->focusSearch();
    });

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setIcon(QIcon::fromTheme(u"edit-redo"_s));

    m_quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Coachbench"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(m_importFilesAction);
    file->addAction(m_importFolderAction);
    file->addAction(m_importManifestAction);
    file->addSeparator();
    file->addAction(m_schedulePage->importCalendarAction());
    file->addAction(m_schedulePage->exportCalendarAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    rebuildRecentMenu();
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Import"));
    toolBar->setObjectName(u"importToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_importFilesAction);
    toolBar->addAction(m_importFolderAction);
    toolBar->addAction(m_importManifestAction);
}

QString MainWindow::libraryPath() const
{
    return m_db ? m_db->path() : QString();
}

coach::Result<void> MainWindow::openLibrary(const QString &path)
{
    if (m_import->isRunning())
        return coach::fail(coach::ErrorCode::InvalidInput,
                           tr("Wait for the import to finish before opening another library."));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(absolute).dir().mkpath(u"."_s))
        return coach::fail(coach::ErrorCode::Io, tr("Cannot create the folder for %1.").arg(QDir::toNativeSeparators(absolute)));
    auto db = coach::Database::open(absolute);
    if (!db)
        return std::unexpected(db.error());

    // The old controllers borrow the old Database: they go first.
    closeCall();
    m_highlights.reset();
    m_schedule.reset();
    m_exercisesPage->setDatabase(nullptr);
    m_library.reset();
    // Team ids and words chosen for the old library mean nothing in this one.
    m_libraryPage->filterBar()->clear();
    m_db = std::move(*db);
    m_library = std::make_unique<LibraryController>(*m_db, m_libraryPage);
    connect(m_library.get(), &LibraryController::countsChanged, this, &MainWindow::showCounts);
    connect(m_library.get(), &LibraryController::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_library.get(), &LibraryController::transcriptAttached, this,
            [this](coach::CallId call, const QString &message) {
                statusBar()->showMessage(message, 10000);
                if (m_review && m_review->call().id == call)
                    m_review->reloadTranscript();
            });
    showCounts(m_library->matchingCount(), m_library->totalCount());
    m_schedule = std::make_unique<ScheduleController>(*m_db, m_schedulePage);
    connect(m_schedule.get(), &ScheduleController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_schedule.get(), &ScheduleController::openCallRequested, this, [this](coach::CallId call) { openCall(call); });
    m_exercisesPage->setDatabase(m_db.get());
    m_highlights = std::make_unique<HighlightsController>(*m_db, m_highlightsPage);
    connect(m_highlights.get(), &HighlightsController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_highlights.get(), &HighlightsController::openCallRequested, this,
            [this](coach::CallId call, qint64 atMs) { openCall(call, atMs); });

    m_import->setLibraryPath(m_db->path());
    setWindowFilePath(m_db->path());
    setWindowTitle(QFileInfo(m_db->path()).fileName());
    m_recent.add(m_db->path());
    return {};
}

bool MainWindow::openLibraryOrAsk(const QString &path)
{
    QString next = path;
    for (;;) {
        const auto opened = openLibrary(next);
        if (opened)
            return true;

        QMessageBox box(QMessageBox::Critical, tr("Cannot Open Library"),
                        tr("Coachbench could not open the library “%1”.").arg(QFileInfo(next).fileName()),
                        QMessageBox::NoButton, this);
        box.setInformativeText(opened.error().message());
        QPushButton *openOther = box.addButton(tr("Open Another Library…"), QMessageBox::AcceptRole);
        QPushButton *create = box.addButton(tr("New Library…"), QMessageBox::ActionRole);
        QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(openOther);
        box.setEscapeButton(quit);
        box.exec();

        QString chosen;
        if (box.clickedButton() == openOther)
            chosen = QFileDialog::getOpenFileName(this, tr("Open Library"), QFileInfo(next).absolutePath(),
                                                  libraryFileFilter());
        else if (box.clickedButton() == create)
            chosen = QFileDialog::getSaveFileName(this, tr("New Library"), QFileInfo(next).absolutePath(),
                                                  libraryFileFilter());
        else
            return false;
        // A cancelled file dialog brings the question back rather than quitting.
        if (!chosen.isEmpty())
            next = chosen;
    }
}

void MainWindow::newLibrary()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Library"), QFileInfo(libraryPath()).absolutePath(),
                                                libraryFileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".coachdb"_s;
    if (QFileInfo::exists(path)) {
        const auto answer = QMessageBox::question(
            this, tr("New Library"),
            tr("“%1” already exists. Open it instead of creating a new library?").arg(QFileInfo(path).fileName()),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return;
    }
    openRecent(path);
}

void MainWindow::chooseLibrary()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Library"), QFileInfo(libraryPath()).absolutePath(),
                                                      libraryFileFilter());
    if (!path.isEmpty())
        openRecent(path);
}

void MainWindow::openRecent(const QString &path)
{
    const auto opened = openLibrary(path);
    if (!opened) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot Open Library"),
                        tr("Coachbench could not open the library “%1”.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, this);
        box.setInformativeText(opened.error().message());
        box.exec();
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent.paths();
    int number = 1;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        // Numbered for keyboard users; the folder tells same-named libraries apart.
        const QString text = tr("&%1 %2 — %3").arg(number++).arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openRecent(path); });
        action->setEnabled(path != libraryPath() && !m_import->isRunning());
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No Recent Libraries"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
        m_recent.clear();
        // Keep the open library: it is still the one to reopen next time.
        if (!libraryPath().isEmpty())
            m_recent.add(libraryPath());
    });
    clear->setEnabled(paths.size() > 1 || (paths.size() == 1 && paths.first() != libraryPath()));
}

void MainWindow::importPaths(const QStringList &paths, const QString &manifestPath)
{
    if (paths.isEmpty() || !m_db)
        return;
    coach::ImportRequest request;
    request.paths = paths;
    request.manifestPath = manifestPath;
    m_import->start(request);
}

void MainWindow::importIfEmpty(const QString &folder, const QString &manifestPath)
{
    if (!m_db || !m_library || m_library->totalCount() > 0)
        return;
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        statusBar()->showMessage(tr("The demo recordings are not installed."), 10000);
        return;
    }
    coach::ImportRequest request;
    request.paths = {folder};
    request.manifestPath = manifestPath;
    // Then the demo's annotations, so Review and Highlights show marked calls.
    connect(m_import, &ImportController::finished, this, [this] {
        if (!m_db)
            return;
        if (const auto added = coach::DemoLibrary::addAnnotations(*m_db); !added)
            statusBar()->showMessage(added.error().message(), 10000);
        if (m_highlights)
            m_highlights->reload();
    }, Qt::SingleShotConnection);
    m_import->start(request, ImportController::Summary::OnProblems);
}

void MainWindow::importRecordings()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Recordings"), lastImportDirectory(),
        tr("Recordings (%1);;All files (*)")
            .arg(u"*.wav *.wave *.mp3 *.m4a *.mp4 *.aac *.ogg *.oga *.opus *.flac *.wma *.amr *.aif *.aiff *.au *.gsm *.webm *.mka *.spx *.3gp"_s));
    if (files.isEmpty())
        return;
    rememberImportDirectory(QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), lastImportDirectory());
    if (folder.isEmpty())
        return;
    rememberImportDirectory(folder);
    importPaths({folder});
}

void MainWindow::importWithManifest(const QString &manifestPath)
{
    ManifestImportDialog dialog(this);
    if (!manifestPath.isEmpty()) {
        dialog.setRecordingsFolder(QFileInfo(manifestPath).absolutePath());
        dialog.setManifestPath(manifestPath);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    rememberImportDirectory(dialog.recordingsFolder());
    m_import->start(dialog.request());
}

void MainWindow::onImportFinished()
{
    if (m_library)
        m_library->reload();
    if (m_schedule)
        m_schedule->reload(); // new reps to plan with
    if (m_highlights)
        m_highlights->reload(); // new teams and candidates
    if (const auto &summary = m_import->lastSummary())
        statusBar()->showMessage(ImportSummaryDialog::sentence(*summary), 15000);
}

void MainWindow::onImportRunning(bool running)
{
    for (QAction *action : {m_importFilesAction, m_importFolderAction, m_importManifestAction, m_newAction, m_openAction})
        action->setEnabled(!running);
    m_recentMenu->setEnabled(!running);
    if (running)
        statusBar()->showMessage(tr("Importing…"));
    else
        statusBar()->clearMessage();
}

void MainWindow::showCounts(int matching, int total)
{
    const QLocale locale;
    if (matching == total)
        m_countLabel->setText(tr("%Ln call(s)", nullptr, total));
    else
        m_countLabel->setText(tr("%1 of %Ln call(s)", nullptr, total).arg(locale.toString(matching)));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Coachbench"),
        tr("<h3>Coachbench %1</h3>"
           "<p>A coaching workbench for customer-service teams: review recorded calls, find the moments "
           "that matter and turn them into coaching.</p>"
           "<p>Coachbench is free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

QString MainWindow::lastImportDirectory() const
{
    return QSettings().value(ImportDirectoryKey, QDir::homePath()).toString();
}

void MainWindow::rememberImportDirectory(const QString &directory)
{
    QSettings().setValue(ImportDirectoryKey, directory);
}

QStringList MainWindow::droppedPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isDir() || (info.isFile() && (coach::ImportService::isRecordingName(info.fileName())
                                               || isManifestName(info.fileName()))))
            paths << info.absoluteFilePath();
    }
    return paths;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_db && !m_import->isRunning() && !droppedPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedPaths(event->mimeData());
    if (paths.isEmpty() || !m_db || m_import->isRunning())
        return;
    event->acceptProposedAction();

    QStringList recordings;
    QStringList manifests;
    for (const QString &path : paths)
        (isManifestName(path) ? manifests : recordings) << path;

    // A CSV alone is a manifest to look at before importing; with recordings
    // it describes them.
    if (recordings.isEmpty()) {
        // Queued: a modal dialog inside a drop handler blocks the drag source.
        QMetaObject::invokeMethod(this, [this, manifest = manifests.first()] { importWithManifest(manifest); },
                                  Qt::QueuedConnection);
        return;
    }
    if (manifests.size() > 1)
        statusBar()->showMessage(tr("Several CSV files were dropped; importing the recordings without a manifest."), 10000);
    importPaths(recordings, manifests.size() == 1 ? manifests.first() : QString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Import Running"),
            tr("Recordings are still being imported. Stop the import and quit? Calls imported so far are kept."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_import->cancel();
    }
    closeCall();
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(LibraryPageKey, m_libraryPage->saveState());
    event->accept();
}

void MainWindow::openCall(coach::CallId call, qint64 atMs)
{
    if (!m_db || !call.isValid())
        return;
    closeCall();
    ReviewController::Options options;
    options.startMs = atMs;
    m_review = std::make_unique<ReviewController>(*m_db, m_reviewPage, call, options);
    m_undoGroup->addStack(m_review->undoStack());
    m_undoGroup->setActiveStack(m_review->undoStack());
    connect(m_review.get(), &ReviewController::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_review.get(), &ReviewController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_review.get(), &ReviewController::transcriptAttached, this,
            [this](coach::CallId call, const QString &message) {
                statusBar()->showMessage(message, 10000);
                if (m_library)
                    m_library->refreshCall(call);
            });
    // Queued: the request comes from inside the controller that is replaced.
    connect(m_review.get(), &ReviewController::openCallRequested, this,
            [this](coach::CallId next, qint64 ms) { openCall(next, ms); }, Qt::QueuedConnection);
    m_sidebar->setCurrentRow(m_sections->indexOf(m_reviewPage));
}

void MainWindow::closeCall()
{
    // Its destructor saves the position, stops playback and empties the page.
    m_review.reset();
}
