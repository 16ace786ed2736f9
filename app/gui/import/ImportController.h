// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ImportService.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace coach {
class TaskControl;
}
class QProgressDialog;
class QWidget;

/*
 * Runs an import without freezing the window. The work happens on a pool
 * thread that opens its own Database on the library's path (a connection
 * belongs to the thread that opened it); progress and the outcome come back
 * to the GUI thread as queued calls. Shows a window-modal progress dialog
 * whose Cancel stops the import between files, then a summary.
 *
 * Lives on the GUI thread, owned by MainWindow. Destroying it cancels a
 * running import and waits for the worker, so no queued call outlives it.
 */
class ImportController final : public QObject
{
    Q_OBJECT
public:
    // When to show the summary dialog once an import ends.
    enum class Summary { Always, OnProblems, Never };

    explicit ImportController(QWidget *dialogParent, QObject *parent = nullptr);
    ~ImportController() override;

    void setLibraryPath(const QString &path) { m_libraryPath = path; }
    [[nodiscard]] const QString &libraryPath() const { return m_libraryPath; }

    [[nodiscard]] bool isRunning() const { return m_running; }
    // The outcome of the last import that ran (to its end or until cancelled);
    // empty when the last one could not run.
    [[nodiscard]] const std::optional<coach::ImportSummary> &lastSummary() const { return m_lastSummary; }

    // Starts an import; does nothing while one is running.
    void start(const coach::ImportRequest &request, Summary summary = Summary::Always);
    void cancel();

signals:
    void runningChanged(bool running);
    void progressChanged(qint64 done, qint64 total, const QString &what);
    // The import ended, cancelled or not; the library may have new calls.
    void finished();
    // The import could not run at all (the library or manifest could not be opened).
    void failed(const QString &message);

private:
    void onProgress(qint64 done, qint64 total, const QString &what);
    void onFinished(const coach::Result<coach::ImportSummary> &result);
    void showSummary(const coach::ImportSummary &summary);
    void closeProgress();

    QPointer<QWidget> m_dialogParent;
    QString m_libraryPath;
    bool m_running = false;
    Summary m_summaryMode = Summary::Always;
    std::shared_ptr<coach::TaskControl> m_control;
    QFuture<void> m_worker;
    QPointer<QProgressDialog> m_progress;
    std::optional<coach::ImportSummary> m_lastSummary;
};
