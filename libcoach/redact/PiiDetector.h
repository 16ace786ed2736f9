// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redact/PiiSpan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace coach {

class PiiScanner;

/*
 * Finds personal data in one piece of transcript text: card numbers (Luhn,
 * grouped or spoken digit by digit), expiry dates and security codes after
 * their cue words, phone numbers (written and spoken), e-mail addresses
 * (written and spoken "name at domain dot com"), SSNs and UK NI numbers, bank
 * accounts and IBANs (checksum), dates of birth after their cues, street
 * addresses and person names (cue phrases, the names given in Options, and an
 * embedded list of common first names and surnames). Regular expressions are
 * compiled once per process; a detector is cheap to copy and safe to use from
 * several threads at once.
 *
 *     PiiDetector detector({ .knownNames = repAndCustomerNames });
 *     for (const PiiSpan &span : detector.detect(text)) …
 */
class PiiDetector final
{
public:
    struct Options
    {
        QStringList knownNames; // the library's reps and customers, "First Last"
        QStringList extraNames; // the user's own list
        // Terms never to redact as a name or address, such as the company's
        // own name: a name or address detection overlapping one is dropped.
        QStringList neverRedact;
    };

    explicit PiiDetector(Options options = {});
    ~PiiDetector();
    PiiDetector(const PiiDetector &other);
    PiiDetector &operator=(const PiiDetector &other);
    PiiDetector(PiiDetector &&other) noexcept;
    PiiDetector &operator=(PiiDetector &&other) noexcept;

    // Sorted by start, non-overlapping (where two detections overlap the more
    // specific or more certain one wins, extended to cover both when they are
    // of the same type).
    //
    // `expected` says what the text answers: the customer's turn after the
    // rep asked for a date of birth is read as one even without the cue words
    // ("Third of March, nineteen eighty-five"). Without an answer of that
    // shape in the text ("I don't have it with me") nothing more is found.
    [[nodiscard]] QList<PiiSpan> detect(const QString &text, const QList<PiiType> &expected = {}) const;

    // What a question asks the other party for, in the order asked: "Could you
    // give me your full name and the last four digits of your card?" →
    // PersonName, CardNumber. Empty for anything that asks for none of it.
    [[nodiscard]] static QList<PiiType> requestedTypes(const QString &question);

private:
    std::shared_ptr<const PiiScanner> m_scanner;
};

} // namespace coach
