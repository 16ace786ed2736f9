// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/TranscriptSearch.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// A page larger than this is a bug in the caller, not a wish to see more.
constexpr int kMaxPage = 1000;
// Enough for any real query; bounds the work a pasted paragraph can cause.
constexpr int kMaxTerms = 32;

// Whether FTS5's unicode61 tokenizer finds a token here: it keeps letters,
// numbers and private-use characters and treats everything else as separators.
bool hasToken(QStringView text)
{
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse)
            return true;
    }
    return false;
}

// FTS5 string syntax: inside double quotes a quote is doubled, nothing else is special.
QString quoted(QString body, bool prefix)
{
    for (QChar &c : body) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return u'"' + body.replace(u"\""_s, u"\"\""_s) + u'"' + (prefix ? u"*"_s : QString());
}

SearchHit hitFrom(const QSqlQuery &q)
{
    return { CallId(q.value(0).toLongLong()), q.value(1).toLongLong(), q.value(2).toLongLong(),
             q.value(3).toString(), q.value(4).toString(), q.value(5).toDouble() };
}

} // namespace

QString TranscriptSearch::matchExpression(const QString &text)
{
    QStringList terms;
    const QStringView input(text);
    const qsizetype n = input.size();
    qsizetype i = 0;
    while (i < n && terms.size() < kMaxTerms) {
        if (input.at(i).isSpace()) {
            ++i;
            continue;
        }
        QStringView body;
        bool prefix = false;
        if (input.at(i) == u'"') {
            // A phrase runs to the closing quote, or to the end when the user has not typed it yet.
            qsizetype end = input.indexOf(u'"', i + 1);
            if (end < 0)
                end = n;
            body = input.sliced(i + 1, end - i - 1);
            i = std::min(end + 1, n);
            if (i < n && input.at(i) == u'*') {
                prefix = true;
                ++i;
            }
        } else {
            qsizetype end = i;
            while (end < n && !input.at(end).isSpace() && input.at(end) != u'"')
                ++end;
            body = input.sliced(i, end - i);
            i = end;
            while (body.endsWith(u'*')) {
                body.chop(1);
                prefix = true;
            }
        }
        if (hasToken(body))
            terms.append(quoted(body.toString(), prefix));
    }
    // Terms side by side: FTS5 wants all of them (implicit AND), phrases in order.
    return terms.join(u' ');
}

Result<QList<SearchHit>> TranscriptSearch::search(const QString &text, int offset, int limit) const
{
    const QString match = matchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The index drives (CROSS JOIN keeps it the outer loop), so FTS5 consumes
    // ORDER BY rank and LIMIT stops it: snippets are built for this page only.
    if (!q.prepare(u"SELECT s.call_id, s.start_ms, s.end_ms, s.speaker, "
                   "snippet(segments_fts, 0, char(2), char(3), '…', 32), segments_fts.rank "
                   "FROM segments_fts CROSS JOIN segments s ON s.id = segments_fts.rowid "
                   "WHERE segments_fts MATCH ? ORDER BY segments_fts.rank LIMIT ? OFFSET ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(match);
    q.addBindValue(std::min(limit, kMaxPage));
    q.addBindValue(std::max(offset, 0));
    if (!q.exec())
        return fail(ErrorCode::Database, tr("%1: searching the transcripts for “%2” failed (%3)")
                                                 .arg(QDir::toNativeSeparators(m_db.path()), text,
                                                      q.lastError().databaseText()));
    QList<SearchHit> hits;
    while (q.next())
        hits.append(hitFrom(q));
    return hits;
}

Result<QList<SearchHit>> TranscriptSearch::searchCall(CallId call, const QString &text) const
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return QList<SearchHit>();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // A call's segments are stored together, so their ids form a narrow range;
    // FTS5 takes rowid bounds and walks only that slice of each term's list,
    // instead of every match in the library. The call_id test keeps it exact.
    if (!q.prepare(u"SELECT s.call_id, s.start_ms, s.end_ms, s.speaker, "
                   "highlight(segments_fts, 0, char(2), char(3)), segments_fts.rank "
                   "FROM segments_fts CROSS JOIN segments s ON s.id = segments_fts.rowid "
                   "WHERE segments_fts MATCH ? "
                   "AND segments_fts.rowid >= (SELECT min(id) FROM segments WHERE call_id = ?) "
                   "AND segments_fts.rowid <= (SELECT max(id) FROM segments WHERE call_id = ?) "
                   "AND s.call_id = ? ORDER BY s.start_ms, s.seq"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(match);
    q.addBindValue(call.value());
    q.addBindValue(call.value());
    q.addBindValue(call.value());
    if (!q.exec())
        return fail(ErrorCode::Database, tr("%1: searching call %2 for “%3” failed (%4)")
                                                 .arg(QDir::toNativeSeparators(m_db.path()))
                                                 .arg(call.value())
                                                 .arg(text, q.lastError().databaseText()));
    QList<SearchHit> hits;
    while (q.next())
        hits.append(hitFrom(q));
    return hits;
}

} // namespace coach
