// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redact/PiiDetector.h"
#include "redact/PiiSpan.h"
#include "redact/SpokenText.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace coach {

/*
 * The detector's machinery, shared between copies of a PiiDetector: one
 * scanner per kind of data proposes candidates, and scan() keeps the best
 * non-overlapping set. The fixed regular expressions are function statics
 * (compiled once per process); only the name pattern built from the
 * detector's options lives here.
 */
class PiiScanner final
{
public:
    explicit PiiScanner(const PiiDetector::Options &options);

    [[nodiscard]] QList<PiiSpan> scan(const QString &text, const QList<PiiType> &expected = {}) const;
    [[nodiscard]] static QList<PiiType> requestedTypes(const QString &question);

    // Exposed for the tests: the checksums the scanners rely on.
    [[nodiscard]] static bool luhnValid(QStringView digits);
    [[nodiscard]] static bool ibanValid(QStringView compact);

private:
    struct Candidate
    {
        PiiSpan span;
        int rank = 0; // lower wins an overlap
        bool block = false; // holds its place against the others but is not reported
    };
    using Candidates = QList<Candidate>;

    void findEmails(const QString &text, Candidates &out) const;
    void findIbans(const QString &text, Candidates &out) const;
    void findNinos(const QString &text, Candidates &out) const;
    void findWrittenNumbers(const QString &text, Candidates &out) const;
    // Classifies one written number; false when it is none of ours.
    bool classifyNumber(const QString &text, qsizetype start, qsizetype end, Candidates &out) const;
    void findSpokenNumbers(const QString &text, const QList<SpokenText::Run> &runs, Candidates &out) const;
    void findCuedValues(const QString &text, const QList<SpokenText::Run> &runs, Candidates &out) const;
    void findAddresses(const QString &text, Candidates &out) const;
    void findNames(const QString &text, Candidates &out) const;
    void findCapitalisedNames(const QString &text, Candidates &out) const;
    void findPartialCards(const QString &text, const QList<SpokenText::Run> &runs, Candidates &out) const;
    // The answer to a question that asked for `expected`, read without cue words.
    void findExpectedAnswers(const QString &text, const QList<SpokenText::Run> &runs,
                             const QList<PiiType> &expected, Candidates &out) const;
    [[nodiscard]] QList<PiiSpan> withoutNeverRedacted(const QString &text, QList<PiiSpan> spans) const;

    [[nodiscard]] static QList<PiiSpan> resolve(const QString &text, Candidates candidates);

    QRegularExpression m_knownNames; // invalid when the options named nobody
    QRegularExpression m_neverRedact; // invalid when the options listed nothing
};

} // namespace coach
