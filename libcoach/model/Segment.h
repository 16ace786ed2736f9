// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace coach {

// One timed stretch of speech from a transcript.
struct Segment
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString speaker; // as the transcript names it ("Agent", "Dana", "spk_0")
    QString text;
};

// A transcript as read from a file, before it is stored.
struct Transcript
{
    QString sourcePath;
    QString format; // "webvtt", "srt", …
    QList<Segment> segments;
};

} // namespace coach
