// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "redact/PiiDetector.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace coach::bench {

/*
 * Character-level evaluation of PiiDetector on Presidio's labelled sets in
 * ../shared/corpus/pii: presidio-research's synthetic sentences (both files)
 * and the parametrised recogniser test tables (cards, phones, e-mails,
 * SSNs, IBANs, NI numbers, bank numbers as positives and negatives; the date
 * table as negatives: ordinary dates are not personal data here).
 *
 * Recall of a type: the share of that type's labelled characters covered by
 * any detection (for redaction, covering is what counts). Precision: the
 * share of detected characters inside a labelled span of a personal type;
 * places, zip codes, IPs, domains and licence numbers count as personal for
 * this, organisations, titles, ages, nationalities and ordinary dates do not
 * (a labelled date counts when the detector called it a birth date or expiry).
 */
class PiiEvaluation final
{
public:
    struct Tally
    {
        qint64 labelled = 0; // recall denominator
        qint64 covered = 0;
        qint64 detected = 0; // precision denominator (by detected type)
        qint64 correct = 0;
    };
    struct Miss
    {
        QString source;
        QString text;
        QString expected; // what was not covered, or what was wrongly flagged
        QString type;
    };

    // Reads every set under `corpusDir` (the folder holding presidio/ and presidio-research/).
    [[nodiscard]] static Result<PiiEvaluation> run(const QString &corpusDir, const PiiDetector &detector);

    [[nodiscard]] const QHash<PiiType, Tally> &byType() const { return m_byType; }
    [[nodiscard]] Tally overall() const;
    [[nodiscard]] double recall(PiiType type) const;
    [[nodiscard]] double precision() const;
    [[nodiscard]] qsizetype textCount() const { return m_texts; }
    [[nodiscard]] const QList<Miss> &misses() const { return m_misses; }
    [[nodiscard]] const QList<Miss> &falsePositives() const { return m_falsePositives; }
    [[nodiscard]] QString table() const;

private:
    struct Gold
    {
        qsizetype start = 0; // UTF-16
        qsizetype end = 0;
        std::optional<PiiType> type; // nullopt: personal, but not a type we recall (a city)
        bool date = false;           // labelled DATE_TIME: personal only as a birth date or expiry
    };
    void score(const QString &source, const QString &text, const QList<Gold> &gold, const PiiDetector &detector);

    QHash<PiiType, Tally> m_byType;
    qsizetype m_texts = 0;
    QList<Miss> m_misses;
    QList<Miss> m_falsePositives;
};

} // namespace coach::bench
