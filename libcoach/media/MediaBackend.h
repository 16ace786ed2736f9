// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/RecordingAnalysis.h"
#include "core/Error.h"
#include "media/ClipRequest.h"
#include "media/ClipResult.h"
#include "model/AudioInfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QObject;

namespace coach {

class PlayerBackend;
class TaskControl;

/*
 * What libcoach asks of the media module (libcoach-media: FFmpeg, Qt
 * Multimedia, libebur128, and libzip with its libcrypto), which MediaModule
 * loads on first use so that a process that only reads the library never maps
 * any of them. Everything that decodes or plays
 * goes through here; the classes callers use (AudioProbe, RecordingAnalyzer,
 * PlaybackEngine, ClipExporter, ClipFormat, StandupPackZip) keep their names and forward to it.
 *
 * The module hands out one instance that lives as long as the process; its
 * probe and analyze are thread-safe, as AudioProbe's and RecordingAnalyzer's are.
 */
class MediaBackend
{
public:
    // Raised whenever a method is added, removed or changes meaning, so an
    // old module left beside a new libcoach is refused instead of misread.
    static constexpr int kInterfaceVersion = 2;
    // The function the module exports: `const MediaBackend *coach_media_backend(int version)`,
    // returning null when it was built for another version.
    static constexpr const char *kEntryPoint = "coach_media_backend";

    virtual ~MediaBackend() = default;

    [[nodiscard]] virtual Result<AudioInfo> probe(const QString &path) const = 0;
    [[nodiscard]] virtual Result<RecordingAnalysis> analyze(const QString &path,
                                                            const TaskControl *control) const = 0;
    // A new, empty player owned by `parent`, living on the caller's thread.
    [[nodiscard]] virtual PlayerBackend *createPlayer(QObject *parent) const = 0;

    // Clip export: whether FFmpeg has the encoder `name`, the sample rates it
    // takes (empty when it takes any or does not exist), and ClipExporter's work.
    [[nodiscard]] virtual bool hasEncoder(const QByteArray &name) const = 0;
    [[nodiscard]] virtual QList<int> encoderSampleRates(const QByteArray &name) const = 0;
    [[nodiscard]] virtual Result<void> checkClip(const ClipRequest &request, qint64 recordingDurationMs) const = 0;
    [[nodiscard]] virtual Result<ClipResult> renderClip(const ClipRequest &request, TaskControl &control) const = 0;

    // A standup pack's zip (StandupPackZip): libzip, which loads libcrypto.
    [[nodiscard]] virtual Result<void> writeStandupZip(const QString &folder, const QStringList &files,
                                                       const QString &zipPath, TaskControl &control) const = 0;
};

} // namespace coach
