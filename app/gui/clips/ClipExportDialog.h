// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClipExportSources.h"

#include "core/Error.h"
#include "media/ClipRequest.h"
#include "media/ClipResult.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTemporaryDir;

namespace coach {
class PlaybackEngine;
class TaskControl;
}

/*
 * "Export Clip…": format, channels, fade, loudness, captions and where the
 * file goes (a name made from the rep, the date and the start), with a
 * Preview that renders the clip as it will sound into a temporary file and
 * plays it. Rendering (ClipExporter) runs on a worker thread with progress
 * and Cancel; a failure is shown in the dialog, which stays open to fix it.
 */
class ClipExportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ClipExportDialog(ClipExportSource source, QWidget *parent = nullptr);
    ~ClipExportDialog() override;

    // The clip the widgets describe now.
    [[nodiscard]] coach::ClipRequest request() const;
    [[nodiscard]] QString destination() const;
    void setDestination(const QString &path);
    [[nodiscard]] bool isRendering() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString previewPath() const { return m_previewPath; }

    [[nodiscard]] QComboBox *formatBox() const { return m_format; }
    [[nodiscard]] QComboBox *channelsBox() const { return m_channels; }
    [[nodiscard]] QComboBox *captionsBox() const { return m_captions; }
    [[nodiscard]] QDoubleSpinBox *fadeBox() const { return m_fade; }
    [[nodiscard]] QCheckBox *loudnessCheck() const { return m_normalise; }
    [[nodiscard]] QCheckBox *bleepPersonalCheck() const { return m_bleepPersonal; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QPushButton *previewButton() const { return m_preview; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }

public Q_SLOTS:
    void exportClip();
    void togglePreview();
    void cancelRendering();

Q_SIGNALS:
    void clipWritten(const QString &path);
    void previewReady(const QString &path);
    void renderingFinished();

protected:
    void reject() override;

private:
    enum class Purpose { Export, Preview };
    void buildUi();
    void startRendering(const coach::ClipRequest &request, Purpose purpose);
    void onRendered();
    void setRendering(bool rendering);
    void showError(const QString &text);
    void updateDestinationSuffix();
    void updatePersonalDataCount();
    [[nodiscard]] int personalDataInRange() const;
    void chooseDestination();
    void stopPreview();
    [[nodiscard]] QString defaultFolder() const;

    ClipExportSource m_source;
    QDoubleSpinBox *m_start = nullptr;
    QDoubleSpinBox *m_length = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_channels = nullptr;
    QDoubleSpinBox *m_fade = nullptr;
    QCheckBox *m_normalise = nullptr;
    QDoubleSpinBox *m_lufs = nullptr;
    QComboBox *m_captions = nullptr;
    QComboBox *m_redaction = nullptr;
    QCheckBox *m_bleepPersonal = nullptr;
    QLineEdit *m_destination = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;

    QFutureWatcher<coach::Result<coach::ClipResult>> m_watcher;
    std::shared_ptr<coach::TaskControl> m_control;
    Purpose m_purpose = Purpose::Export;
    coach::ClipRequest m_rendering;
    std::unique_ptr<QTemporaryDir> m_previewDir;
    QString m_previewPath;
    coach::PlaybackEngine *m_player = nullptr;
};
