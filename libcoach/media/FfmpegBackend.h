// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/MediaBackend.h"

namespace coach {

/*
 * The media module's answer to MediaBackend: FfmpegProbe, FfmpegAnalyzer,
 * AudioSinkPlayer, FfmpegClipExporter and LibzipPackZip behind the interface libcoach loads. Stateless; one static
 * instance is handed out by coach_media_backend().
 */
class FfmpegBackend final : public MediaBackend
{
public:
    [[nodiscard]] Result<AudioInfo> probe(const QString &path) const override;
    [[nodiscard]] Result<RecordingAnalysis> analyze(const QString &path,
                                                    const TaskControl *control) const override;
    [[nodiscard]] PlayerBackend *createPlayer(QObject *parent) const override;
    [[nodiscard]] bool hasEncoder(const QByteArray &name) const override;
    [[nodiscard]] QList<int> encoderSampleRates(const QByteArray &name) const override;
    [[nodiscard]] Result<void> checkClip(const ClipRequest &request, qint64 recordingDurationMs) const override;
    [[nodiscard]] Result<ClipResult> renderClip(const ClipRequest &request, TaskControl &control) const override;
    [[nodiscard]] Result<void> writeStandupZip(const QString &folder, const QStringList &files,
                                               const QString &zipPath, TaskControl &control) const override;
};

} // namespace coach
