// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportController.h"

#include "core/TaskControl.h"
#include "import/ImportSummaryDialog.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

ImportController::ImportController(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
}

ImportController::~ImportController()
{
    cancel();
    m_worker.waitForFinished();
    closeProgress();
}

void ImportController::start(const coach::ImportRequest &request, Summary summary)
{
    if (m_running || m_libraryPath.isEmpty())
        return;
    m_running = true;
    m_summaryMode = summary;

    // The callback runs on the worker; hop to this object's thread. Posted
    // calls die with this object, and the destructor waits for the worker,
    // so `this` is valid whenever one runs.
    auto control = std::make_shared<coach::TaskControl>([this](qint64 done, qint64 total, const QString &what) {
        QMetaObject::invokeMethod(
            this, [this, done, total, what] { onProgress(done, total, what); }, Qt::QueuedConnection);
    });
    m_control = control;

    if (m_dialogParent) {
        m_progress = new QProgressDialog(m_dialogParent);
        m_progress->setObjectName(u"importProgress"_s);
        m_progress->setWindowTitle(tr("Importing Recordings"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setLabelText(tr("Looking for recordings…"));
        m_progress->setCancelButtonText(tr("Cancel"));
        m_progress->setRange(0, 0);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        // Short imports finish before the dialog would only flash.
        m_progress->setMinimumDuration(400);
        m_progress->setMinimumWidth(m_progress->fontMetrics().averageCharWidth() * 60);
        connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    }
    emit runningChanged(true);

    const QString path = m_libraryPath;
    m_worker = QtConcurrent::run([this, control, path, request] {
        coach::Result<coach::ImportSummary> result = [&]() -> coach::Result<coach::ImportSummary> {
            auto db = coach::Database::open(path);
            if (!db)
                return std::unexpected(db.error());
            coach::ImportService service(**db);
            return service.run(request, *control);
        }();
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)] { onFinished(result); }, Qt::QueuedConnection);
    });
}

void ImportController::cancel()
{
    if (!m_running || !m_control)
        return;
    m_control->cancel();
    if (m_progress) {
        m_progress->setLabelText(tr("Stopping after the current file…"));
        m_progress->setCancelButton(nullptr);
    }
}

void ImportController::onProgress(qint64 done, qint64 total, const QString &what)
{
    emit progressChanged(done, total, what);
    if (!m_progress || m_control->isCancelled())
        return;
    const QString name = what.contains(u'/') ? QFileInfo(what).fileName() : what;
    if (total <= 0) {
        m_progress->setRange(0, 0);
        m_progress->setLabelText(name.isEmpty() ? tr("Looking for recordings…") : name);
        return;
    }
    // `done` counts finished files, `what` is the one that just finished.
    const QString count = tr("%1 of %2").arg(QLocale().toString(std::min(done, total)), QLocale().toString(total));
    m_progress->setLabelText(name.isEmpty() ? count : tr("%1\n%2").arg(name, count));
    // QProgressDialog takes ints; scale so a huge total still moves the bar.
    const qint64 scale = std::max<qint64>(1, total / 100000);
    m_progress->setRange(0, int(total / scale));
    // Last: once shown, a modal QProgressDialog handles events inside setValue(),
    // and the end of the import (which closes the dialog) may be among them.
    m_progress->setValue(int(std::min(done, total) / scale));
}

void ImportController::onFinished(const coach::Result<coach::ImportSummary> &result)
{
    closeProgress();
    m_running = false;
    m_control.reset();
    emit runningChanged(false);

    if (!result) {
        m_lastSummary.reset();
        const QString message = result.error().message();
        if (m_dialogParent && m_summaryMode != Summary::Never)
            QMessageBox::warning(m_dialogParent, tr("Import Failed"), message);
        emit failed(message);
        emit finished();
        return;
    }
    m_lastSummary = *result;
    const coach::ImportSummary &summary = *m_lastSummary;
    const bool problems = summary.failed > 0 || !summary.warnings.isEmpty();
    if (m_dialogParent
        && (m_summaryMode == Summary::Always || (m_summaryMode == Summary::OnProblems && problems)))
        showSummary(summary);
    emit finished();
}

void ImportController::showSummary(const coach::ImportSummary &summary)
{
    auto *dialog = new ImportSummaryDialog(summary, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): the window behind keeps repainting and tests keep running.
    dialog->open();
}

void ImportController::closeProgress()
{
    if (!m_progress)
        return;
    // Disconnect first: hiding a QProgressDialog can emit canceled().
    m_progress->disconnect(this);
    m_progress->hide();
    m_progress->deleteLater();
    m_progress = nullptr;
}
