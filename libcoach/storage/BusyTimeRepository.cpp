// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BusyTimeRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// Qt SQL binds a null QString as NULL; the text columns are NOT NULL DEFAULT ''.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

} // namespace

Result<void> BusyTimeRepository::replaceSource(const QString &source, const QList<BusyBlock> &blocks)
{
    QSqlQuery del(m_db.connection());
    if (!del.prepare(u"DELETE FROM busy_blocks WHERE source = ?"_s))
        return std::unexpected(SqlError::from(del.lastError(), m_db.path()));
    del.addBindValue(source);
    if (!del.exec())
        return std::unexpected(SqlError::from(del.lastError(), m_db.path()));
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO busy_blocks (rep_id, starts_at, ends_at, summary, source, source_uid, imported_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const BusyBlock &b : blocks) {
        q.addBindValue(b.repId.isValid() ? QVariant(b.repId.value()) : QVariant());
        q.addBindValue(b.start.toSecsSinceEpoch());
        q.addBindValue(b.end.toSecsSinceEpoch());
        q.addBindValue(notNull(b.summary));
        q.addBindValue(source);
        q.addBindValue(notNull(b.sourceUid));
        q.addBindValue(now);
        if (!q.exec())
            return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    }
    return {};
}

Result<QList<BusyBlock>> BusyTimeRepository::overlapping(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT id, rep_id, starts_at, ends_at, summary, source, source_uid FROM busy_blocks "
                   "WHERE starts_at < ? AND ends_at > ? ORDER BY starts_at, id"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(to.toSecsSinceEpoch());
    q.addBindValue(from.toSecsSinceEpoch());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<BusyBlock> result;
    while (q.next()) {
        BusyBlock b;
        b.id = BusyBlockId(q.value(0).toLongLong());
        b.repId = RepId(q.value(1).toLongLong());
        b.start = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        b.end = QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        b.summary = q.value(4).toString();
        b.source = q.value(5).toString();
        b.sourceUid = q.value(6).toString();
        result.append(b);
    }
    return result;
}

Result<int> BusyTimeRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM busy_blocks"_s) || !q.next())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return q.value(0).toInt();
}

} // namespace coach
