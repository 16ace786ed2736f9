// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/FfmpegBackend.h"

#include "export/LibzipPackZip.h"

#include "media/AudioSinkPlayer.h"
#include "media/FfmpegAnalyzer.h"
#include "media/FfmpegClipExporter.h"
#include "media/FfmpegProbe.h"

extern "C" {
#include <libavcodec/avcodec.h>
}

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

bool FfmpegBackend::hasEncoder(const QByteArray &name) const
{
    return avcodec_find_encoder_by_name(name.constData()) != nullptr;
}

QList<int> FfmpegBackend::encoderSampleRates(const QByteArray &name) const
{
    QList<int> rates;
    const AVCodec *encoder = avcodec_find_encoder_by_name(name.constData());
    if (encoder && encoder->supported_samplerates) {
        for (const int *rate = encoder->supported_samplerates; *rate; ++rate)
            rates.append(*rate);
    }
    return rates;
}

Result<void> FfmpegBackend::checkClip(const ClipRequest &request, qint64 recordingDurationMs) const
{
    return FfmpegClipExporter::check(request, recordingDurationMs);
}

Result<ClipResult> FfmpegBackend::renderClip(const ClipRequest &request, TaskControl &control) const
{
    return FfmpegClipExporter::render(request, control);
}

Result<void> FfmpegBackend::writeStandupZip(const QString &folder, const QStringList &files, const QString &zipPath,
                                            TaskControl &control) const
{
    return LibzipPackZip::write(folder, files, zipPath, control);
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
