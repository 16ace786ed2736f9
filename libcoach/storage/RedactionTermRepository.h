// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace coach {

class Database;

/*
 * The trainer's own redaction list, kept in the library so every exercise
 * and `coach redact --library` use the same one: names to redact wherever
 * they appear (PiiDetector::Options::extraNames) and terms never to redact,
 * such as the company's own name (PiiDetector::Options::neverRedact).
 * Terms are unique per kind regardless of case; blanks are dropped.
 * Used on the thread that opened the Database.
 */
class RedactionTermRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RedactionTermRepository)
public:
    enum class Kind { AlwaysRedact, NeverRedact };

    explicit RedactionTermRepository(const Database &db)
        : m_db(db)
    {
    }

    // In the order they were entered.
    [[nodiscard]] Result<QStringList> terms(Kind kind) const;
    // Replaces the whole list of that kind in one transaction; each term is
    // trimmed, empty ones and case-insensitive repeats are dropped.
    [[nodiscard]] Result<void> setTerms(Kind kind, const QStringList &terms);

private:
    const Database &m_db;
};

} // namespace coach
