// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Segment.h"
#include "model/TimeRange.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace coach {

/*
 * Captions for an exported clip, in WebVTT or SRT, from the call's
 * transcript: only the segments that overlap the clip, cut to it, with times
 * counted from the clip's first sample. Speakers become WebVTT voice tags
 * (<v Agent>) or an "Agent: " prefix in SRT, named through `speakerNames`
 * (transcript label → shown name) where given. Pure functions; any thread.
 *
 *     QString vtt = CaptionSidecar::render(segments, { 60'000, 90'000 }, CaptionSidecar::Format::WebVtt);
 */
class CaptionSidecar final
{
    Q_DECLARE_TR_FUNCTIONS(CaptionSidecar)
public:
    enum class Format { WebVtt, Srt };

    // "vtt" or "webvtt", "srt"; any case.
    [[nodiscard]] static std::optional<Format> formatFromName(const QString &name);
    [[nodiscard]] static QString extension(Format format); // "vtt", "srt"
    // The sidecar's name beside a clip: tip.opus → tip.vtt.
    [[nodiscard]] static QString pathBeside(const QString &clipPath, Format format);

    [[nodiscard]] static QString render(const QList<Segment> &segments, const TimeRange &clip, Format format,
                                        const QHash<QString, QString> &speakerNames = {});
    // Writes atomically (a temporary file, then a rename); the error names `path`.
    [[nodiscard]] static Result<void> write(const QString &path, const QList<Segment> &segments,
                                            const TimeRange &clip, Format format,
                                            const QHash<QString, QString> &speakerNames = {});
};

} // namespace coach
