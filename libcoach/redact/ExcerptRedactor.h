// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Segment.h"
#include "redact/PiiDetector.h"
#include "redact/PiiSpan.h"
#include "redact/RedactedExcerpt.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace coach {

// The stretch of a call to anonymise.
struct ExcerptSource
{
    QList<Segment> segments;
    // Each Segment::speaker's role, as SpeakerRoles::assign() gives it; a
    // speaker missing here counts as Unknown.
    QHash<QString, SpeakerRole> roles;
    // Word timings when the transcript has them. Word::segment indexes
    // `segments` above; with -1 a word belongs to the segment of the same
    // speaker whose time range holds it.
    QList<Word> words;
    // The call's rep and customer as the library knows them ("Dana Scully"),
    // so their names become "Rep" and "Customer" wherever they appear.
    QString repName;
    QString customerName;
};

// The trainer's corrections, per index into ExcerptSource::segments, in the
// original segment's coordinates (RedactedSegment::sourceOffset() converts
// a selection on the redacted text). An added span is redacted whatever the
// detector says; a detection overlapping a removed span is kept as spoken.
struct RedactionCorrections
{
    QHash<qsizetype, QList<PiiSpan>> added;
    QHash<qsizetype, QList<PiiSpan>> removed;
};

/*
 * Turns an excerpt of a transcript into one that can leave the building:
 * speakers become "Rep" / "Customer" ("Customer 2" for a second customer,
 * consistently across the excerpt), every detected piece of personal data
 * becomes its placeholder ("[card number]", "[phone]", …), and a person's
 * name becomes the pseudonym of whoever it belongs to ("Customer", "Rep", or
 * "[name]" for anyone else) everywhere in the excerpt, including the
 * occurrences the detector would not have caught on their own. Segments keep
 * their number and order; text between detections is never dropped.
 *
 * Each span also maps to audio time for bleeping: the words it covers when
 * the transcript times words, else the whole cue in that speaker's channel.
 */
class ExcerptRedactor final
{
    Q_DECLARE_TR_FUNCTIONS(ExcerptRedactor)
public:
    explicit ExcerptRedactor(PiiDetector::Options options = {});

    [[nodiscard]] RedactedExcerpt redact(const ExcerptSource &source,
                                         const RedactionCorrections &corrections = {}) const;

    // The pseudonym for the n-th (0-based) distinct speaker of a role: "Rep",
    // "Customer", "Customer 2", "Speaker", … translated.
    [[nodiscard]] static QString pseudonym(SpeakerRole role, int ordinal);

private:
    PiiDetector::Options m_options;
    PiiDetector m_detector;
};

} // namespace coach
