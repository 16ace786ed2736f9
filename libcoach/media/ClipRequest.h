// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/TimeRange.h"

#include <QList>
#include <QString>

#include <optional>

namespace coach {

// Which voices a clip carries. A stereo call has the agent on one channel and
// the customer on the other; `Agent` and `Customer` give a mono file of one.
enum class ClipChannels { Mono, Stereo, Agent, Customer };

// What replaces a redacted span: a 1 kHz bleep (heard as deliberate) or silence.
enum class RedactionFill { Tone, Silence };

// Whose voice a redacted span covers. A stereo call keeps the other voice as
// recorded; a mono recording has both voices on its one channel, so there any
// span covers that channel.
enum class RedactionChannel { Both, Agent, Customer };

// A redacted stretch of the recording, [startMs, endMs), and whose voice it covers.
struct ClipRedactionSpan
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    RedactionChannel channel = RedactionChannel::Both;
    friend bool operator==(const ClipRedactionSpan &, const ClipRedactionSpan &) = default;
};

using ClipRedactions = QList<ClipRedactionSpan>;

// Tags written into the clip's container (ID3, Vorbis comments, MP4 atoms, RIFF INFO).
struct ClipMetadata
{
    QString title;
    QString artist;  // the rep
    QString date;    // ISO 8601, as the call's date
    QString comment; // the pattern it shows, or why it was chosen
};

/*
 * Everything ClipExporter needs to cut one clip. Times are in the recording's
 * own time, in milliseconds. The output's format comes from the extension of
 * `outputPath` (see ClipFormat).
 */
struct ClipRequest
{
    QString sourcePath;
    qint64 startMs = 0;
    qint64 durationMs = 0;
    QString outputPath;

    int sampleRate = 0; // 0: the recording's own rate, or the nearest the encoder takes
    ClipChannels channels = ClipChannels::Stereo;
    int agentChannel = 0; // 0 left, 1 right; which channel `Agent` means
    double fadeSeconds = 0.3; // in and out, each; 0 for none
    std::optional<double> loudnessLufs = -16.0; // integrated, EBU R128; nullopt leaves the level alone
    double truePeakCeilingDb = -1.0;            // dBTP, enforced when loudness is normalised

    ClipRedactions redactions; // in recording time; parts outside the clip are ignored
    RedactionFill redactionFill = RedactionFill::Tone;

    ClipMetadata metadata;
};

} // namespace coach
