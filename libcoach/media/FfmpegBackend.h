// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/MediaBackend.h"

namespace coach {

/*
 * The media module's answer to MediaBackend: FfmpegProbe, FfmpegAnalyzer and
 * AudioSinkPlayer behind the interface libcoach loads. Stateless; one static
 * instance is handed out by coach_media_backend().
 */
class FfmpegBackend final : public MediaBackend
{
public:
    [[nodiscard]] Result<AudioInfo> probe(const QString &path) const override;
    [[nodiscard]] Result<RecordingAnalysis> analyze(const QString &path,
                                                    const TaskControl *control) const override;
    [[nodiscard]] PlayerBackend *createPlayer(QObject *parent) const override;
};

} // namespace coach
