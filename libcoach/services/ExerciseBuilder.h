// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "media/ClipRequest.h"
#include "model/Call.h"
#include "model/Exercise.h"
#include "redact/ExcerptRedactor.h"
#include "redact/RedactedExcerpt.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace coach {

class Database;

/*
 * Turns a stretch of a call into a Monday rewrite exercise: the transcript's
 * segments in the range are redacted by ExcerptRedactor (with the library's
 * reps and the call's customer as known names), the trainer corrects the
 * detections, picks the rep turn and the pattern, and only the redacted turns
 * become the Exercise. The Draft holds the original segments in memory, since
 * corrections are made against them; toExercise() never copies their text.
 *
 * Bad input is refused with a message the GUI shows as it is: an empty range
 * (InvalidInput), a call without a transcript (NotFound; see hasTranscript()),
 * a range with no speech in it (Empty), an excerpt without a rep turn or a
 * target that is not one (InvalidInput). Used on the thread that opened the Database.
 */
class ExerciseBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseBuilder)
public:
    struct Draft
    {
        Call call;
        TimeRange range;
        ExcerptSource source; // the original segments: in memory only
        PiiDetector::Options names;
        RedactionCorrections corrections;
        RedactedExcerpt redacted;
    };

    explicit ExerciseBuilder(const Database &db)
        : m_db(db)
    {
    }

    // Whether the call has a transcript to build an excerpt from.
    [[nodiscard]] Result<bool> hasTranscript(CallId call) const;
    // Gives the call the transcript in `path` through TranscriptAttacher, as
    // `coach attach` and a drop on the call do.
    [[nodiscard]] Result<void> attachTranscript(CallId call, const QString &path);

    // The segments of `range` (every one that overlaps it), redacted.
    [[nodiscard]] Result<Draft> start(CallId call, const TimeRange &range) const;
    // The draft of a stored exercise, with the trainer's corrections applied again.
    [[nodiscard]] Result<Draft> rebuild(const Exercise &exercise) const;

    // Redact `text[start, end)` of redacted segment `segment` as `type` (offsets
    // in the redacted text, as the trainer selected them). False when the
    // selection is empty or lies wholly inside an existing replacement.
    static bool addSpan(Draft &draft, qsizetype segment, qsizetype start, qsizetype end, PiiType type);
    // Keep the data of the segment's `span`-th replacement as spoken.
    static bool removeSpan(Draft &draft, qsizetype segment, qsizetype span);
    static void redactAgain(Draft &draft);

    // The rep turn to rewrite: the one answering the customer's longest turn
    // (where the customer said the most, the rep's answer matters most); -1
    // when the excerpt has no rep turn.
    [[nodiscard]] static int suggestTargetTurn(const RedactedExcerpt &excerpt);
    // The Monday after `today` (a week later when today is a Monday).
    [[nodiscard]] static QDate nextMonday(const QDate &today);
    // The title of an exercise the trainer did not name: "Rewrite practice: Empathy bridge".
    [[nodiscard]] static QString defaultTitle(ExercisePattern pattern);

    struct Choices
    {
        ExercisePattern pattern = ExercisePattern::ParaphraseAndConfirm;
        QDate date;          // invalid: nextMonday(today)
        int targetTurn = -1; // -1: suggestTargetTurn()
        QString instructions; // empty: the pattern's default task
        QString title;        // empty: defaultTitle()
    };
    // The exercise as it would be stored; id and createdAt unset.
    [[nodiscard]] static Result<Exercise> toExercise(const Draft &draft, const Choices &choices);

    // The excerpt as an audio clip for ClipExporter: from the first turn's start
    // to the last turn's end, every redacted span bleeped in the channel of
    // whoever said it (both when the call's agent channel is unknown), so the
    // rep's reply stays audible; tagged without any name.
    [[nodiscard]] static Result<ClipRequest> clipRequest(const Draft &draft, const QString &outputPath);

    // What the library tells the detector outside any one call: every rep,
    // every customer reference that reads as a name, and the trainer's
    // redaction list (RedactionTermRepository) as extraNames and neverRedact.
    [[nodiscard]] Result<PiiDetector::Options> libraryRedactionOptions() const;

    // Inserts (invalid id) or updates the exercise; returns its id.
    [[nodiscard]] Result<ExerciseId> save(const Exercise &exercise);

private:
    [[nodiscard]] Result<PiiDetector::Options> knownNames(const Call &call, QString *customerName) const;

    const Database &m_db;
};

} // namespace coach
