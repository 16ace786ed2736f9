// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Segment.h"

#include <QCoreApplication>

class QJsonDocument;

namespace coach {

/*
 * Reads the JSON that openai-whisper writes (`whisper --output_format json`,
 * or `model.transcribe()` dumped): `segments[]` with `start`/`end` in seconds
 * and `text`. A bare array of such segments is accepted too. whisperX adds a
 * `speaker` to segments and words; timed `words[]` (whisper's
 * `word_timestamps`, whisperX's alignment) go to Transcript::words, for
 * redaction. Words without times (whisperX leaves digits unaligned) are left
 * out of `words` but stay in the segment's text.
 */
class WhisperJsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(WhisperJsonReader)
public:
    [[nodiscard]] static Result<Transcript> read(const QString &path);
    [[nodiscard]] static Result<Transcript> parse(const QByteArray &data, const QString &path);
    // For TranscriptReader, which has parsed the JSON already to tell the kinds apart.
    [[nodiscard]] static Result<Transcript> fromJson(const QJsonDocument &document, const QString &path);
    // Whether the document has the shape this reader reads.
    [[nodiscard]] static bool recognizes(const QJsonDocument &document);
};

} // namespace coach
