// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipExportDialog.h"

#include "common/DisplayFormat.h"

#include "core/TaskControl.h"
#include "export/CaptionSidecar.h"
#include "export/ClipDefaults.h"
#include "media/ClipExporter.h"
#include "media/ClipFormat.h"
#include "media/PlaybackEngine.h"


#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kFolderKey = u"clips/folder"_s;
const QString kFormatKey = u"clips/format"_s;

} // namespace

ClipExportDialog::ClipExportDialog(ClipExportSource source, QWidget *parent)
    : QDialog(parent)
    , m_source(std::move(source))
{
    setWindowTitle(tr("Export Clip"));
    buildUi();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ClipExportDialog::onRendered);
}

ClipExportDialog::~ClipExportDialog()
{
    // The worker writes into this dialog's temporary folder and reports to
    // it; it must be gone first.
    if (m_control)
        m_control->cancel();
    m_watcher.waitForFinished();
}

void ClipExportDialog::buildUi()
{
    const qint64 recordingMs = m_source.call.audio.durationMs;
    const double maxSeconds = recordingMs > 0 ? double(recordingMs) / 1000.0 : 24 * 3600.0;

    auto *heading = new QLabel(this);
    heading->setWordWrap(true);
    heading->setObjectName(u"clipHeading"_s);
    // Who and what (the note's tag, or a highlight's pattern), then which call.
    const QString who = m_source.call.repName.isEmpty() ? tr("Call %1").arg(m_source.call.id.value()) : m_source.call.repName;
    const QString what = m_source.annotation && !m_source.annotation->tagLabel.isEmpty() ? m_source.annotation->tagLabel
                                                                                          : m_source.pattern;
    QStringList facts;
    if (m_source.call.startedAt.isValid())
        facts << DisplayFormat::dateTime(m_source.call.startedAt, QLocale::ShortFormat);
    if (!m_source.call.queue.isEmpty())
        facts << m_source.call.queue;
    facts << QFileInfo(m_source.call.recordingPath).fileName();
    facts.removeAll(QString());
    QString text = what.isEmpty() ? tr("<b>%1</b>").arg(who.toHtmlEscaped())
                                  : tr("<b>%1</b> — %2").arg(who.toHtmlEscaped(), what.toHtmlEscaped());
    if (!facts.isEmpty())
        text += u"<br><span style=\"color:%1\">%2</span>"_s.arg(palette().color(QPalette::PlaceholderText).name(),
                                                               facts.join(u"  ·  "_s).toHtmlEscaped());
    heading->setText(text);

    m_start = new QDoubleSpinBox(this);
    m_start->setRange(0, maxSeconds);
    m_start->setDecimals(2);
    m_start->setSuffix(tr(" s"));
    m_start->setValue(double(m_source.range.startMs) / 1000.0);
    m_length = new QDoubleSpinBox(this);
    m_length->setRange(0.1, maxSeconds);
    m_length->setDecimals(2);
    m_length->setSuffix(tr(" s"));
    m_length->setValue(double(std::max<qint64>(100, m_source.range.length())) / 1000.0);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_start);
    rangeRow->addWidget(new QLabel(tr("for"), this));
    rangeRow->addWidget(m_length);
    rangeRow->addStretch(1);

    m_format = new QComboBox(this);
    const QString rememberedFormat = QSettings().value(kFormatKey, u"opus"_s).toString();
    for (const coach::ClipFormat &format : coach::ClipFormat::available()) {
        m_format->addItem(format.displayName(), format.extension());
        if (format.extension() == rememberedFormat)
            m_format->setCurrentIndex(m_format->count() - 1);
    }
    m_format->setToolTip(tr("Opus and MP3 are small and play in browsers and phones; WAV and FLAC keep every sample"));

    m_channels = new QComboBox(this);
    m_channels->addItem(tr("Both voices, stereo"), int(coach::ClipChannels::Stereo));
    m_channels->addItem(tr("Both voices, mono"), int(coach::ClipChannels::Mono));
    m_channels->addItem(tr("Agent only"), int(coach::ClipChannels::Agent));
    m_channels->addItem(tr("Customer only"), int(coach::ClipChannels::Customer));
    if (m_source.call.audio.channels == 1) {
        // One channel holds both voices; there is nothing to separate.
        for (int row : { 2, 3 })
            m_channels->setItemData(row, false, Qt::UserRole - 1);
    }

    m_fade = new QDoubleSpinBox(this);
    m_fade->setRange(0, 5);
    m_fade->setSingleStep(0.1);
    m_fade->setDecimals(1);
    m_fade->setSuffix(tr(" s"));
    m_fade->setValue(0.3);
    m_fade->setToolTip(tr("Fade in at the start and out at the end; 0 for a hard cut"));

    m_normalise = new QCheckBox(tr("Normalise to"), this);
    m_normalise->setChecked(true);
    m_normalise->setToolTip(tr("Every clip plays at the same loudness (EBU R128), peaks kept under −1 dBTP"));
    m_lufs = new QDoubleSpinBox(this);
    m_lufs->setRange(-30, -10);
    m_lufs->setDecimals(0);
    m_lufs->setSuffix(tr(" LUFS"));
    m_lufs->setValue(-16);
    connect(m_normalise, &QCheckBox::toggled, m_lufs, &QWidget::setEnabled);
    auto *loudnessRow = new QHBoxLayout;
    loudnessRow->addWidget(m_normalise);
    loudnessRow->addWidget(m_lufs);
    loudnessRow->addStretch(1);

    m_captions = new QComboBox(this);
    m_captions->addItem(tr("None"));
    m_captions->addItem(tr("WebVTT (.vtt)"), int(coach::CaptionSidecar::Format::WebVtt));
    m_captions->addItem(tr("SRT (.srt)"), int(coach::CaptionSidecar::Format::Srt));
    if (m_source.segments.isEmpty()) {
        m_captions->setEnabled(false);
        m_captions->setToolTip(tr("This call has no transcript; attach one on the Review page for captions"));
    } else {
        m_captions->setCurrentIndex(1);
        m_captions->setToolTip(tr("A caption file beside the clip, from the call's transcript"));
    }

    m_redaction = new QComboBox(this);
    m_redaction->addItem(tr("Bleep (1 kHz tone)"), int(coach::RedactionFill::Tone));
    m_redaction->addItem(tr("Silence"), int(coach::RedactionFill::Silence));

    m_bleepPersonal = new QCheckBox(tr("Bleep personal data"), this);
    m_bleepPersonal->setObjectName(u"bleepPersonalData"_s);
    if (m_source.redactedSegments.isEmpty()) {
        m_bleepPersonal->setChecked(false);
        m_bleepPersonal->setEnabled(false);
        m_bleepPersonal->setToolTip(tr("This call has no transcript to find personal data in"));
    } else {
        m_bleepPersonal->setChecked(true);
        m_bleepPersonal->setToolTip(tr("Card numbers, names, phone numbers and the like the transcript shows are "
                                       "bleeped in the speaker's channel and replaced in the captions"));
    }
    connect(m_bleepPersonal, &QCheckBox::toggled, this, &ClipExportDialog::updatePersonalDataCount);
    connect(m_start, &QDoubleSpinBox::valueChanged, this, &ClipExportDialog::updatePersonalDataCount);
    connect(m_length, &QDoubleSpinBox::valueChanged, this, &ClipExportDialog::updatePersonalDataCount);

    m_destination = new QLineEdit(this);
    m_destination->setMinimumWidth(360);
    const coach::ClipFormat format = *coach::ClipFormat::fromPath(u"x."_s + m_format->currentData().toString());
    m_destination->setText(QDir(defaultFolder()).filePath(coach::ClipDefaults::fileName(m_source.call, m_source.range.startMs, format)));
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, &ClipExportDialog::chooseDestination);
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ClipExportDialog::updateDestinationSuffix);

    auto *form = new QFormLayout;
    form->addRow(tr("From:"), rangeRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Voices:"), m_channels);
    auto *fadeRow = new QHBoxLayout;
    fadeRow->addWidget(m_fade);
    fadeRow->addWidget(new QLabel(tr("in and out"), this));
    fadeRow->addStretch(1);
    form->addRow(tr("Fade:"), fadeRow);
    form->addRow(tr("Loudness:"), loudnessRow);
    form->addRow(tr("Captions:"), m_captions);
    form->addRow(tr("Privacy:"), m_bleepPersonal);
    form->addRow(tr("Bleep with:"), m_redaction);
    updatePersonalDataCount();
    form->addRow(tr("Save as:"), destinationRow);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->hide();
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: palette(bright-text); background: #b3261e; padding: 6px; border-radius: 3px;"_s);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_preview = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_preview->setToolTip(tr("Hear the clip as it will be exported"));
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_preview, &QPushButton::clicked, this, &ClipExportDialog::togglePreview);
    connect(m_export, &QPushButton::clicked, this, &ClipExportDialog::exportClip);
    connect(m_cancel, &QPushButton::clicked, this, &ClipExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

QString ClipExportDialog::defaultFolder() const
{
    const QString remembered = QSettings().value(kFolderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString music = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
    if (!music.isEmpty() && QFileInfo(music).isDir())
        return music;
    return QDir::homePath();
}

coach::ClipRequest ClipExportDialog::request() const
{
    coach::ClipRequest request;
    request.sourcePath = m_source.call.recordingPath;
    request.startMs = qRound64(m_start->value() * 1000.0);
    request.durationMs = qRound64(m_length->value() * 1000.0);
    request.outputPath = destination();
    request.channels = static_cast<coach::ClipChannels>(m_channels->currentData().toInt());
    request.agentChannel = coach::ClipDefaults::agentChannel(m_source.call);
    request.fadeSeconds = m_fade->value();
    request.loudnessLufs = m_normalise->isChecked() ? std::optional<double>(m_lufs->value()) : std::nullopt;
    request.redactions = m_source.redactions;
    if (m_bleepPersonal->isChecked())
        request.redactions.append(m_source.personalData);
    request.redactionFill = static_cast<coach::RedactionFill>(m_redaction->currentData().toInt());
    request.metadata = coach::ClipDefaults::metadata(m_source.call, m_source.annotation);
    if (!m_source.pattern.isEmpty() && request.metadata.comment.isEmpty())
        request.metadata.comment = m_source.pattern;
    return request;
}

QString ClipExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

void ClipExportDialog::setDestination(const QString &path)
{
    m_destination->setText(QDir::toNativeSeparators(path));
}

bool ClipExportDialog::isRendering() const
{
    return m_watcher.isRunning();
}

QString ClipExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ClipExportDialog::updateDestinationSuffix()
{
    const QFileInfo info(destination());
    const QString extension = m_format->currentData().toString();
    if (info.fileName().isEmpty())
        return;
    setDestination(info.dir().filePath(info.completeBaseName() + u'.' + extension));
}

void ClipExportDialog::chooseDestination()
{
    const QString extension = m_format->currentData().toString();
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Clip"), destination(),
        tr("%1 (*.%2)").arg(m_format->currentText(), extension));
    if (!chosen.isEmpty())
        setDestination(QFileInfo(chosen).suffix().isEmpty() ? chosen + u'.' + extension : chosen);
}

void ClipExportDialog::exportClip()
{
    stopPreview();
    coach::ClipRequest clip = request();
    // A format picked from the list wins over a mistyped extension.
    if (!coach::ClipFormat::fromPath(clip.outputPath))
        clip.outputPath += u'.' + m_format->currentData().toString();
    startRendering(clip, Purpose::Export);
}

void ClipExportDialog::togglePreview()
{
    if (m_player && m_player->state() == coach::PlaybackEngine::State::Playing) {
        stopPreview();
        return;
    }
    if (!m_previewDir) {
        m_previewDir = std::make_unique<QTemporaryDir>();
        if (!m_previewDir->isValid()) {
            showError(tr("The preview cannot be made: no temporary folder (%1).").arg(m_previewDir->errorString()));
            m_previewDir.reset();
            return;
        }
    }
    coach::ClipRequest clip = request();
    // WAV at the clip's settings: nothing to wait for in encoding, and the
    // loudness and fades are exactly the export's.
    clip.outputPath = m_previewDir->filePath(u"preview.wav"_s);
    startRendering(clip, Purpose::Preview);
}

void ClipExportDialog::startRendering(const coach::ClipRequest &request, Purpose purpose)
{
    if (isRendering())
        return;
    m_error->hide();
    if (auto checked = coach::ClipExporter::check(request, m_source.call.audio.durationMs); !checked) {
        showError(checked.error().message());
        return;
    }
    m_purpose = purpose;
    m_rendering = request;
    auto control = std::make_shared<coach::TaskControl>([this](qint64 done, qint64 total, const QString &what) {
        QMetaObject::invokeMethod(this, [this, done, total, what] {
            m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
            m_status->setText(what);
        }, Qt::QueuedConnection);
    });
    m_control = control;
    setRendering(true);
    m_status->setText(purpose == Purpose::Preview ? tr("Preparing the preview…") : tr("Exporting…"));
    m_watcher.setFuture(QtConcurrent::run([request, control] { return coach::ClipExporter::render(request, *control); }));
}

void ClipExportDialog::onRendered()
{
    const coach::Result<coach::ClipResult> result = m_watcher.result();
    m_control.reset();
    setRendering(false);
    Q_EMIT renderingFinished();
    if (!result) {
        if (result.error().code() != coach::ErrorCode::Cancelled)
            showError(result.error().message());
        return;
    }
    if (m_purpose == Purpose::Preview) {
        m_previewPath = result->outputPath;
        if (!m_player) {
            m_player = new coach::PlaybackEngine(this);
            connect(m_player, &coach::PlaybackEngine::stateChanged, this, [this](coach::PlaybackEngine::State state) {
                m_preview->setText(state == coach::PlaybackEngine::State::Playing ? tr("Stop &Preview") : tr("&Preview"));
            });
            connect(m_player, &coach::PlaybackEngine::errorOccurred, this, &ClipExportDialog::showError);
        }
        m_player->open(m_previewPath);
        m_player->play();
        Q_EMIT previewReady(m_previewPath);
        return;
    }

    const int captionsIndex = m_captions->currentIndex();
    if (captionsIndex > 0 && m_captions->isEnabled()) {
        const auto format = static_cast<coach::CaptionSidecar::Format>(m_captions->currentData().toInt());
        const QString path = coach::CaptionSidecar::pathBeside(result->outputPath, format);
        const coach::TimeRange range { m_rendering.startMs, m_rendering.startMs + result->durationMs() };
        if (auto written = coach::CaptionSidecar::write(path, m_bleepPersonal->isChecked() ? m_source.redactedSegments : m_source.segments, range, format, m_source.speakerNames);
            !written) {
            // The clip itself is written; say what is missing and let the user retry.
            showError(tr("The clip was saved, but its captions were not: %1").arg(written.error().message()));
            return;
        }
    }
    QSettings settings;
    settings.setValue(kFolderKey, QFileInfo(result->outputPath).absolutePath());
    settings.setValue(kFormatKey, m_format->currentData().toString());
    Q_EMIT clipWritten(result->outputPath);
    accept();
}

void ClipExportDialog::cancelRendering()
{
    if (m_control)
        m_control->cancel();
}

void ClipExportDialog::reject()
{
    // Cancel stops the rendering first; a second press closes.
    if (isRendering()) {
        cancelRendering();
        return;
    }
    stopPreview();
    QDialog::reject();
}

void ClipExportDialog::stopPreview()
{
    if (m_player)
        m_player->close();
}

void ClipExportDialog::setRendering(bool rendering)
{
    m_progress->setValue(0);
    m_progress->setVisible(rendering);
    m_status->setVisible(rendering);
    m_export->setEnabled(!rendering);
    m_preview->setEnabled(!rendering);
    for (QWidget *widget : std::initializer_list<QWidget *> { m_start, m_length, m_format, m_channels, m_fade,
             m_normalise, m_captions, m_redaction, m_bleepPersonal, m_destination })
        widget->setEnabled(!rendering);
    if (!rendering) {
        m_lufs->setEnabled(m_normalise->isChecked());
        m_bleepPersonal->setEnabled(!m_source.redactedSegments.isEmpty());
        updatePersonalDataCount();
        m_captions->setEnabled(!m_source.segments.isEmpty());
    } else {
        m_lufs->setEnabled(false);
    }
}

int ClipExportDialog::personalDataInRange() const
{
    const qint64 start = qRound64(m_start->value() * 1000.0);
    const qint64 end = start + qRound64(m_length->value() * 1000.0);
    return int(std::count_if(m_source.personalData.cbegin(), m_source.personalData.cend(),
        [&](const coach::ClipRedactionSpan &span) { return span.endMs > start && span.startMs < end; }));
}

void ClipExportDialog::updatePersonalDataCount()
{
    if (!m_bleepPersonal || !m_redaction)
        return;
    if (!m_source.redactedSegments.isEmpty()) {
        const int found = personalDataInRange();
        m_bleepPersonal->setText(found == 0 ? tr("Bleep personal data (none found in this range)")
                                            : tr("Bleep personal data (%n span(s) in this range)", nullptr, found));
    }
    // The fill only matters when something is bleeped.
    const bool bleeping = !m_source.redactions.isEmpty() || (m_bleepPersonal->isChecked() && personalDataInRange() > 0);
    m_redaction->setEnabled(bleeping && (!m_export || m_export->isEnabled()));
}

void ClipExportDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}
