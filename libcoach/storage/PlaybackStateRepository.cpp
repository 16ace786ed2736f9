// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PlaybackStateRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace coach {

Result<qint64> PlaybackStateRepository::position(CallId call) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT position_ms FROM playback_state WHERE call_id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(call.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<void> PlaybackStateRepository::setPosition(CallId call, qint64 ms)
{
    // Players report slightly negative positions while seeking to the start; that is the start.
    ms = std::max<qint64>(ms, 0);
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO playback_state (call_id, position_ms, updated_at) VALUES (?, ?, ?) "
                   "ON CONFLICT (call_id) DO UPDATE SET position_ms = excluded.position_ms, "
                   "updated_at = excluded.updated_at"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(call.value());
    q.addBindValue(ms);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec()) {
        if ((q.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_CONSTRAINT)
            return fail(ErrorCode::NotFound, tr("%1: call %2 is not in the library")
                                                     .arg(QDir::toNativeSeparators(m_db.path()))
                                                     .arg(call.value()));
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    }
    return {};
}

} // namespace coach
