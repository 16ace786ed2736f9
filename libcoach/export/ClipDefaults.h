// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/ClipFormat.h"
#include "media/ClipRequest.h"
#include "model/Annotation.h"
#include "model/Call.h"
#include "model/Segment.h"
#include "model/TimeRange.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace coach {

/*
 * What a clip of a library call gets unless the user says otherwise, shared
 * by `coach export-clip` and the export dialog: the range an annotation
 * stands for, the tags (title, rep, date, pattern), a file name, and the
 * names captions give the speakers. Pure functions over values.
 */
class ClipDefaults final
{
    Q_DECLARE_TR_FUNCTIONS(ClipDefaults)
public:
    // A standup tip is thirty seconds; a moment annotation gets that much around it.
    static constexpr qint64 kMomentClipMs = 30'000;

    // A region as it is; a moment centred in kMomentClipMs, kept inside the recording.
    [[nodiscard]] static TimeRange rangeFor(const Annotation &annotation, qint64 recordingMs);
    [[nodiscard]] static ClipMetadata metadata(const Call &call, const std::optional<Annotation> &annotation);
    // "dana-ruiz-2026-11-20-1m05s.opus": readable, and safe on every file system.
    [[nodiscard]] static QString fileName(const Call &call, qint64 startMs, const ClipFormat &format);
    // Transcript label → "Agent (Dana Ruiz)" / "Customer", for caption voices.
    [[nodiscard]] static QHash<QString, QString> speakerNames(const QHash<QString, SpeakerRole> &roles,
                                                             const Call &call);
    // ClipRequest::agentChannel for the call: left unless it is known to be right.
    [[nodiscard]] static int agentChannel(const Call &call);
};

} // namespace coach
