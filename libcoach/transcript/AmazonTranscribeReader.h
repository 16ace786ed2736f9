// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Segment.h"

#include <QCoreApplication>

class QJsonDocument;

namespace coach {

/*
 * Reads the JSON of an Amazon Transcribe job (`results.items` with
 * `alternatives[0].content`, times as strings of seconds). Speakers come from
 * the item's own `speaker_label`/`channel_label`, else from speaker
 * identification (`results.speaker_labels.segments[].items`) or channel
 * identification (`results.channel_labels.channels[].items`), matched by time.
 * Consecutive words of one speaker become one turn, with punctuation attached
 * to the word before it; without any speaker a turn ends with its sentence.
 * When Amazon's own `results.audio_segments` are present they are the
 * segments. Every timed word also goes to Transcript::words.
 */
class AmazonTranscribeReader final
{
    Q_DECLARE_TR_FUNCTIONS(AmazonTranscribeReader)
public:
    [[nodiscard]] static Result<Transcript> read(const QString &path);
    [[nodiscard]] static Result<Transcript> parse(const QByteArray &data, const QString &path);
    // For TranscriptReader, which has parsed the JSON already to tell the kinds apart.
    [[nodiscard]] static Result<Transcript> fromJson(const QJsonDocument &document, const QString &path);
    // Whether the document has the shape this reader reads.
    [[nodiscard]] static bool recognizes(const QJsonDocument &document);
};

} // namespace coach
