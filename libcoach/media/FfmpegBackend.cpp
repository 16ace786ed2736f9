// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/FfmpegBackend.h"

#include "media/AudioSinkPlayer.h"
#include "media/FfmpegAnalyzer.h"
#include "media/FfmpegProbe.h"

namespace coach {

Result<AudioInfo> FfmpegBackend::probe(const QString &path) const
{
    return FfmpegProbe::probe(path);
}

Result<RecordingAnalysis> FfmpegBackend::analyze(const QString &path, const TaskControl *control) const
{
    return FfmpegAnalyzer::analyze(path, control);
}

PlayerBackend *FfmpegBackend::createPlayer(QObject *parent) const
{
    return new AudioSinkPlayer(parent);
}

} // namespace coach

// What MediaModule resolves after loading the module.
extern "C" Q_DECL_EXPORT const coach::MediaBackend *coach_media_backend(int interfaceVersion)
{
    if (interfaceVersion != coach::MediaBackend::kInterfaceVersion)
        return nullptr;
    static const coach::FfmpegBackend backend;
    return &backend;
}
