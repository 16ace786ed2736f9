// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "media/ClipRequest.h"
#include "model/Annotation.h"
#include "model/Call.h"
#include "model/Highlight.h"
#include "model/Segment.h"
#include "model/TimeRange.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace coach {
class Database;
}
class ReviewController;
class ReviewPage;

/*
 * What ClipExportDialog cuts from: a call, the stretch of it, the annotation
 * it stands for (tags), the transcript (captions) and redacted spans. Built
 * from what the Review page has open, or from a chosen highlight through the
 * library's repositories.
 */
struct ClipExportSource
{
    coach::Call call;
    coach::TimeRange range;
    std::optional<coach::Annotation> annotation;
    QString pattern; // a highlight's pattern, for the comment tag
    QList<coach::Segment> segments;
    QHash<QString, QString> speakerNames;
    coach::ClipRedactions redactions;
    // The personal data the transcript shows, over the whole call, in the voice
    // that said it, and the transcript with it replaced (ClipRedaction); empty
    // without a transcript. Applied when the dialog's "Bleep personal data" is on.
    coach::ClipRedactions personalData;
    QList<coach::Segment> redactedSegments;
};

class ClipExportSources final
{
    Q_DECLARE_TR_FUNCTIONS(ClipExportSources)
public:
    // Finds the personal data in the call's transcript (see ClipExportSource).
    [[nodiscard]] static coach::Result<void> addPersonalData(const coach::Database &db, ClipExportSource &source);

    // The selection on the waveform; else the selected annotation; else
    // thirty seconds from the playhead.
    [[nodiscard]] static ClipExportSource fromReview(const ReviewController &review, const ReviewPage &page);
    [[nodiscard]] static coach::Result<ClipExportSource> fromHighlight(const coach::Database &db,
                                                                       const coach::Highlight &highlight);
};
