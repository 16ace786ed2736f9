// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ExercisePattern.h"
#include "model/Id.h"
#include "model/Segment.h"
#include "model/TimeRange.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace coach {

using ExerciseId = Id<struct ExerciseTag>;
using RewriteId = Id<struct RewriteTag>;

// Where an exercise is: being prepared, handed out, or held with the rewrites recorded.
enum class ExerciseStatus { Draft, Ready, Done };

// One turn of an anonymised excerpt: the pseudonymised speaker and the redacted text.
// It never holds a word of the original where personal data was.
struct ExcerptTurn
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    SpeakerRole role = SpeakerRole::Unknown;
    QString speaker; // "Rep", "Customer", "Customer 2"
    QString text;    // redacted: "[card number]", "[phone]", names as pseudonyms
};

// A correction the trainer made to the detector, in the source segment's
// character offsets (never its text), so the exercise can be rebuilt the same way.
struct ExerciseCorrection
{
    qsizetype segment = -1; // index into the call segments of the excerpt's range
    qsizetype start = 0;
    qsizetype end = 0;
    QString type;           // piiTypeKey(); "name", "card", …
    bool added = true;      // false: a detection the trainer removed
    friend bool operator==(const ExerciseCorrection &, const ExerciseCorrection &) = default;
};

/*
 * A Monday rewrite exercise: an anonymised stretch of a real call, the rep
 * turn the team rewrites with one pattern, the instructions and the date it
 * is held on. The source call and range are kept so the trainer can rebuild
 * the excerpt; the excerpt itself is stored only in its redacted form.
 */
struct Exercise
{
    ExerciseId id;
    CallId call;           // invalid when the call has since been deleted
    TimeRange range;
    ExercisePattern pattern = ExercisePattern::ParaphraseAndConfirm;
    QDate scheduledFor;    // the Monday it is held on
    QString title;
    QString instructions;
    QList<ExcerptTurn> excerpt;
    int targetTurn = -1;   // index into excerpt: the rep turn to rewrite
    QList<ExerciseCorrection> corrections;
    ExerciseStatus status = ExerciseStatus::Draft;
    QString handoutPath;   // the last handout written, empty until exported
    QString createdBy;
    QDateTime createdAt;   // UTC
    QDateTime updatedAt;   // UTC
};

// One rep's rewrite of the target turn, recorded after the session.
struct ExerciseRewrite
{
    RewriteId id;
    ExerciseId exercise;
    RepId rep;             // invalid for a rewrite by someone not in the library
    QString repName;       // filled by the repository
    QString text;
    bool best = false;
    QDateTime createdAt;   // UTC
};

} // namespace coach
