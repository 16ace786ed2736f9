// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Segment.h"
#include "redact/PiiType.h"

#include <QList>
#include <QString>

namespace coach {

// One replacement in a redacted segment. start/end are in the redacted text
// (so a UI can highlight the placeholder); sourceStart/sourceEnd are where
// the data was in the original segment's text (offsets only, never the text),
// so a correction made on the redacted view can be handed back to the redactor.
struct RedactedSpan
{
    PiiType type = PiiType::PersonName;
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype sourceStart = 0;
    qsizetype sourceEnd = 0;
    double confidence = 1.0;
    bool userAdded = false; // from the trainer's corrections, not the detector
};

// One segment of the excerpt with its personal data replaced. The original
// text is deliberately not kept.
struct RedactedSegment
{
    qsizetype sourceIndex = -1; // index into the segments given to the redactor
    qint64 startMs = 0;
    qint64 endMs = 0;
    SpeakerRole role = SpeakerRole::Unknown;
    QString speaker; // pseudonymised: "Rep", "Customer", "Customer 2", "Speaker"
    QString text;
    QList<RedactedSpan> spans; // sorted, non-overlapping

    // Where an offset of the redacted text falls in the original text: inside
    // a placeholder, at the start of the data it replaced (at its end for the
    // placeholder's end); elsewhere shifted by what the replacements before it
    // changed. For turning a selection on the redacted view into a correction.
    [[nodiscard]] qsizetype sourceOffset(qsizetype redactedOffset) const
    {
        qsizetype shift = 0;
        for (const RedactedSpan &span : spans) {
            if (redactedOffset < span.start)
                break;
            if (redactedOffset < span.end)
                return span.sourceStart;
            if (redactedOffset == span.end)
                return span.sourceEnd;
            shift = span.sourceEnd - span.end;
        }
        return redactedOffset + shift;
    }
};

// A stretch of audio to silence or beep over, in one speaker's channel.
struct BleepSpan
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    SpeakerRole role = SpeakerRole::Unknown; // whose channel (Unknown: both)
    qsizetype segment = -1;                  // the RedactedSegment it came from
    bool wholeCue = false;                   // no word timing: the whole cue is covered
};

// What the redactor produces: as many segments as it was given, in the same
// order, and the bleeps sorted by start time.
struct RedactedExcerpt
{
    QList<RedactedSegment> segments;
    QList<BleepSpan> bleeps;
};

} // namespace coach
