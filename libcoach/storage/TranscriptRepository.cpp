// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/TranscriptRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace coach {

Result<TranscriptId> TranscriptRepository::store(CallId call, const Transcript &transcript)
{
    const auto sqlFailure = [this](const QSqlQuery &q) {
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    };
    QSqlQuery q(m_db.connection());
    // Segments and their index rows go with the old transcript by cascade and trigger.
    if (!q.prepare(u"DELETE FROM transcripts WHERE call_id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(call.value());
    if (!q.exec())
        return sqlFailure(q);

    if (!q.prepare(u"INSERT INTO transcripts (call_id, source_path, format, imported_at) VALUES (?, coalesce(?, ''), ?, ?)"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(call.value());
    q.addBindValue(transcript.sourcePath);
    q.addBindValue(transcript.format);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return sqlFailure(q);
    const TranscriptId id(q.lastInsertId().toLongLong());

    QSqlQuery speaker(m_db.connection());
    if (!speaker.prepare(u"INSERT OR IGNORE INTO transcript_speakers (transcript_id, label) VALUES (?, ?)"_s))
        return std::unexpected(SqlError::from(speaker.lastError(), m_db.path()));
    QSqlQuery segment(m_db.connection());
    if (!segment.prepare(u"INSERT INTO segments (transcript_id, call_id, seq, start_ms, end_ms, speaker, text) "
                         "VALUES (?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''))"_s))
        return std::unexpected(SqlError::from(segment.lastError(), m_db.path()));
    int seq = 0;
    for (const Segment &s : transcript.segments) {
        segment.addBindValue(id.value());
        segment.addBindValue(call.value());
        segment.addBindValue(seq++);
        segment.addBindValue(s.startMs);
        segment.addBindValue(std::max(s.startMs, s.endMs));
        segment.addBindValue(s.speaker);
        segment.addBindValue(s.text);
        if (!segment.exec())
            return sqlFailure(segment);
        if (!s.speaker.isEmpty()) {
            speaker.addBindValue(id.value());
            speaker.addBindValue(s.speaker);
            if (!speaker.exec())
                return sqlFailure(speaker);
        }
    }
    return id;
}

Result<QList<Segment>> TranscriptRepository::segments(CallId call) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT start_ms, end_ms, speaker, text FROM segments WHERE call_id = ? ORDER BY seq"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(call.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<Segment> result;
    while (q.next())
        result.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                        q.value(3).toString() });
    return result;
}

namespace {

QString roleName(SpeakerRole role)
{
    switch (role) {
    case SpeakerRole::Agent: return u"agent"_s;
    case SpeakerRole::Customer: return u"customer"_s;
    case SpeakerRole::Unknown: break;
    }
    return u"unknown"_s;
}

SpeakerRole roleFromName(const QString &name)
{
    if (name == u"agent"_s)
        return SpeakerRole::Agent;
    if (name == u"customer"_s)
        return SpeakerRole::Customer;
    return SpeakerRole::Unknown;
}

} // namespace

Result<QHash<QString, SpeakerRole>> TranscriptRepository::speakerRoles(CallId call) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT s.label, s.role FROM transcript_speakers s "
                   "JOIN transcripts t ON t.id = s.transcript_id WHERE t.call_id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(call.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QHash<QString, SpeakerRole> roles;
    while (q.next())
        roles.insert(q.value(0).toString(), roleFromName(q.value(1).toString()));
    return roles;
}

Result<void> TranscriptRepository::setSpeakerRole(CallId call, const QString &label, SpeakerRole role)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"UPDATE transcript_speakers SET role = ? "
                   "WHERE label = ? AND transcript_id = (SELECT id FROM transcripts WHERE call_id = ?)"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(roleName(role));
    q.addBindValue(label);
    q.addBindValue(call.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (q.numRowsAffected() == 1)
        return {};
    // Tell the two reasons apart: the user acts differently on each.
    QSqlQuery t(m_db.connection());
    if (!t.prepare(u"SELECT 1 FROM transcripts WHERE call_id = ?"_s))
        return std::unexpected(SqlError::from(t.lastError(), m_db.path()));
    t.addBindValue(call.value());
    if (!t.exec())
        return std::unexpected(SqlError::from(t.lastError(), m_db.path()));
    if (!t.next())
        return fail(ErrorCode::NotFound, tr("Call %1 has no transcript").arg(call.value()));
    return fail(ErrorCode::NotFound,
                tr("The transcript of call %1 has no speaker “%2”").arg(call.value()).arg(label));
}

} // namespace coach
