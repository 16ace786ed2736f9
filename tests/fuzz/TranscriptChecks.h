// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transcript/AmazonTranscribeReader.h"
#include "transcript/SrtReader.h"
#include "transcript/TranscriptReader.h"
#include "transcript/WhisperJsonReader.h"

#include <QString>

/*
 * What must hold for any input to the SRT, Whisper JSON and Amazon Transcribe
 * readers (and TranscriptReader, which picks among them), shared by their
 * libFuzzer targets and TestTranscriptRobustness. Each returns an empty
 * string when the result is sane, otherwise what is wrong.
 */
namespace coach::fuzz {

inline QString checkTranscriptResult(const Result<Transcript> &transcript, const QString &fileName)
{
    if (!transcript) {
        if (transcript.error().message().isEmpty())
            return QStringLiteral("an error without a message");
        if (!transcript.error().message().contains(fileName))
            return QStringLiteral("an error that does not name the file: ") + transcript.error().message();
        return {};
    }
    if (transcript->segments.isEmpty())
        return QStringLiteral("success with no segments");
    if (transcript->format.isEmpty())
        return QStringLiteral("no format name");
    for (const Segment &s : transcript->segments) {
        if (s.text.contains(QLatin1Char('\n')) || s.speaker.contains(QLatin1Char('\n')))
            return QStringLiteral("a line break left in a segment");
        // Times are kept as written, but no recording is a million hours long.
        constexpr qint64 kLimitMs = qint64(1'000'000) * 3600 * 1000;
        if (qAbs(s.startMs) > kLimitMs || qAbs(s.endMs) > kLimitMs)
            return QStringLiteral("an absurd time: %1 --> %2").arg(s.startMs).arg(s.endMs);
    }
    for (const Word &w : transcript->words) {
        if (w.segment < -1 || w.segment >= transcript->segments.size())
            return QStringLiteral("a word pointing at segment %1 of %2").arg(w.segment).arg(transcript->segments.size());
        if (w.text.isEmpty())
            return QStringLiteral("an empty timed word");
    }
    return {};
}

inline QString checkSrt(const QByteArray &data)
{
    return checkTranscriptResult(SrtReader::parse(data, QStringLiteral("fuzz.srt")), QStringLiteral("fuzz.srt"));
}

inline QString checkWhisper(const QByteArray &data)
{
    return checkTranscriptResult(WhisperJsonReader::parse(data, QStringLiteral("whisper.json")),
                                 QStringLiteral("whisper.json"));
}

inline QString checkAmazon(const QByteArray &data)
{
    return checkTranscriptResult(AmazonTranscribeReader::parse(data, QStringLiteral("amazon.json")),
                                 QStringLiteral("amazon.json"));
}

// Through the dispatcher, under a name that does not give the kind away.
inline QString checkAnyTranscript(const QByteArray &data)
{
    return checkTranscriptResult(TranscriptReader::parse(data, QStringLiteral("fuzz.transcript")),
                                 QStringLiteral("fuzz.transcript"));
}

} // namespace coach::fuzz
