// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Id.h"

#include <QCoreApplication>
#include <QList>

namespace coach {

class Database;

struct SearchHit
{
    CallId call;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString speaker;
    QString snippet; // the segment's text with matches between \x02 and \x03
    double rank = 0;
};

/*
 * Full-text search over transcripts (FTS5). The user's words are quoted for
 * FTS5, so punctuation never becomes query syntax; results come a page at a
 * time, best first, and are never all fetched.
 */
class TranscriptSearch final
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptSearch)
public:
    explicit TranscriptSearch(const Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<QList<SearchHit>> search(const QString &text, int offset, int limit) const;
    // Within one call, in time order.
    [[nodiscard]] Result<QList<SearchHit>> searchCall(CallId call, const QString &text) const;

private:
    const Database &m_db;
};

} // namespace coach
