// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Segment.h"

#include <QCoreApplication>

namespace coach {

/*
 * Reads a transcript of any kind Coachbench knows, choosing the reader by
 * content first and by extension where the content does not say: a file
 * starting with "WEBVTT" is WebVTT, JSON is Whisper or Amazon Transcribe told
 * apart by its keys, and a `.srt` (or any file with SRT timing lines) is SRT.
 * Anything else is an Unsupported error that lists what can be read.
 */
class TranscriptReader final
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptReader)
public:
    [[nodiscard]] static Result<Transcript> read(const QString &path);
    // `path` names the file in messages and gives the extension.
    [[nodiscard]] static Result<Transcript> parse(const QByteArray &data, const QString &path);
    // The extensions of transcripts that import looks for beside a recording, in order of preference.
    [[nodiscard]] static QStringList companionExtensions();
};

} // namespace coach
