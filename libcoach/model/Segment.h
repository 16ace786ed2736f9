// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace coach {

// Which party of the call a transcript's speaker is.
enum class SpeakerRole { Unknown, Agent, Customer };

// One timed stretch of speech from a transcript.
struct Segment
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString speaker; // as the transcript names it ("Agent", "Dana", "spk_0")
    QString text;
};

// One timed word, for sources that time words (Whisper, Amazon Transcribe);
// redaction needs them to silence exactly the spoken span.
struct Word
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text;
    QString speaker;
    qsizetype segment = -1; // index into Transcript::segments, -1 when unknown
};

// A transcript as read from a file, before it is stored.
struct Transcript
{
    QString sourcePath;
    QString format; // "webvtt", "srt", …
    QList<Segment> segments;
    QList<Word> words; // empty unless the source times single words
};

} // namespace coach
