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
    // Matches between \x02 and \x03. search(): up to 32 tokens around the
    // matches ("…" where text was cut); searchCall(): the whole segment text.
    QString snippet;
    double rank = 0; // FTS5's bm25: more negative is a better match
};

/*
 * Full-text search over transcripts (FTS5). The user's words are quoted for
 * FTS5, so punctuation never becomes query syntax; results come a page at a
 * time, best first, and are never all fetched. Used on the thread that opened
 * the Database.
 *
 * Query text: words (all must occur, any order, case and accents ignored),
 * "a quoted phrase" (in this order), and a trailing * for a prefix (refun*,
 * "cancel my sub"*). Nothing else is syntax: AND, NEAR(, - and quotes inside
 * words are searched as text. A query with no letters or digits finds nothing.
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

    // The FTS5 MATCH expression for what the user typed; empty when it holds no word.
    [[nodiscard]] static QString matchExpression(const QString &text);

private:
    const Database &m_db;
};

} // namespace coach
