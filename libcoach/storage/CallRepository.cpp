// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/CallRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

const QString kSelect = u"SELECT c.id, c.recording_path, c.fingerprint, c.file_size, c.started_at, "
                         "c.imported_at, c.duration_ms, c.channels, c.agent_channel, c.sample_rate, "
                         "c.codec, c.codec_name, c.container, c.bit_rate, c.rep_id, r.name, t.name, "
                         "c.queue, c.customer_ref, c.csat, c.felt_heard, c.first_contact_resolution, "
                         "c.repeat_contact, c.handle_time_s, "
                         "EXISTS (SELECT 1 FROM transcripts x WHERE x.call_id = c.id) "
                         "FROM calls c LEFT JOIN reps r ON r.id = c.rep_id "
                         "LEFT JOIN teams t ON t.id = r.team_id"_s;

QVariant optionalValue(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); }
QVariant optionalValue(const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); }
QVariant optionalValue(const std::optional<bool> &v) { return v ? QVariant(int(*v)) : QVariant(); }
QVariant timeValue(const QDateTime &t) { return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(); }

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

template<typename T>
std::optional<T> optionalFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    if constexpr (std::is_same_v<T, bool>)
        return v.toInt() != 0;
    else
        return v.value<T>();
}

Call callFrom(const QSqlQuery &q)
{
    Call c;
    c.id = CallId(q.value(0).toLongLong());
    c.recordingPath = q.value(1).toString();
    c.fingerprint = q.value(2).toString();
    c.audio.fileSize = q.value(3).toLongLong();
    c.startedAt = timeFrom(q.value(4));
    c.importedAt = timeFrom(q.value(5));
    c.audio.durationMs = q.value(6).toLongLong();
    c.audio.channels = q.value(7).toInt();
    c.agentChannel = static_cast<AgentChannel>(q.value(8).toInt());
    c.audio.sampleRate = q.value(9).toInt();
    c.audio.codec = q.value(10).toString();
    c.audio.codecName = q.value(11).toString();
    c.audio.container = q.value(12).toString();
    c.audio.bitRate = q.value(13).toLongLong();
    c.repId = RepId(q.value(14).toLongLong());
    c.repName = q.value(15).toString();
    c.teamName = q.value(16).toString();
    c.queue = q.value(17).toString();
    c.customerRef = q.value(18).toString();
    c.csat = optionalFrom<double>(q.value(19));
    c.feltHeard = optionalFrom<double>(q.value(20));
    c.firstContactResolution = optionalFrom<bool>(q.value(21));
    c.repeatContact = optionalFrom<bool>(q.value(22));
    c.handleTimeS = optionalFrom<qint64>(q.value(23));
    c.hasTranscript = q.value(24).toBool();
    return c;
}

QString orderBy(const CallQuery &query)
{
    const QString dir = query.descending ? u" DESC"_s : u" ASC"_s;
    QString key;
    switch (query.sort) {
    case CallQuery::Sort::StartedAt: key = u"c.started_at"_s; break;
    case CallQuery::Sort::Rep: key = u"r.name COLLATE NOCASE"_s; break;
    case CallQuery::Sort::Team: key = u"t.name COLLATE NOCASE"_s; break;
    case CallQuery::Sort::Duration: key = u"c.duration_ms"_s; break;
    case CallQuery::Sort::Channels: key = u"c.channels"_s; break;
    case CallQuery::Sort::Csat: key = u"c.csat"_s; break;
    case CallQuery::Sort::Queue: key = u"c.queue COLLATE NOCASE"_s; break;
    case CallQuery::Sort::File: key = u"c.recording_path"_s; break;
    }
    // Ties fall back to the newest call first and then the id, so pages never
    // overlap or skip a row when many calls share a value.
    if (query.sort == CallQuery::Sort::StartedAt)
        return u" ORDER BY "_s % key % dir % u", c.id"_s % dir;
    return u" ORDER BY "_s % key % dir % u", c.started_at DESC, c.id DESC"_s;
}

QString escapeLike(QString word)
{
    word.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s % word % u"%"_s;
}

// The WHERE clause and its values in placeholder order.
QString whereClause(const CallQuery &query, QVariantList &values)
{
    QStringList terms;
    const QStringList words = query.text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        terms << u"(coach_fold(r.name) LIKE ? ESCAPE '\\' OR coach_fold(t.name) LIKE ? ESCAPE '\\' "
                 "OR coach_fold(c.queue) LIKE ? ESCAPE '\\' OR coach_fold(c.customer_ref) LIKE ? ESCAPE '\\' "
                 "OR coach_fold(c.recording_path) LIKE ? ESCAPE '\\' "
                 // The tags that match are found once per query (an uncorrelated IN), not
                 // once per annotation: there are a few dozen tags and 100,000s of annotations.
                 "OR EXISTS (SELECT 1 FROM annotations a WHERE a.call_id = c.id AND ("
                 "a.tag_id IN (SELECT g.id FROM tags g WHERE coach_fold(coach_tag_label(g.key, g.label)) LIKE ? ESCAPE '\\') "
                 "OR coach_fold(a.comment) LIKE ? ESCAPE '\\')))"_s;
        // Plain positional marks, one value per mark: Qt's SQLite driver binds in order.
        const QString pattern = escapeLike(word.toCaseFolded());
        for (qsizetype i = terms.constLast().count(u'?'); i > 0; --i)
            values << pattern;
    }
    if (query.team.isValid()) {
        terms << u"r.team_id = ?"_s;
        values << query.team.value();
    }
    if (query.rep.isValid()) {
        terms << u"c.rep_id = ?"_s;
        values << query.rep.value();
    }
    // Dates are the user's calendar days, so the bounds are local midnights.
    if (query.from.isValid()) {
        terms << u"c.started_at >= ?"_s;
        values << query.from.startOfDay().toSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        terms << u"c.started_at < ?"_s;
        values << query.to.addDays(1).startOfDay().toSecsSinceEpoch();
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s % terms.join(u" AND "_s);
}

} // namespace

Result<CallId> CallRepository::insert(const Call &call)
{
    QSqlQuery q(m_db.connection());
    // A null QString binds as SQL NULL; coalesce keeps "no queue" an empty text.
    if (!q.prepare(u"INSERT INTO calls (recording_path, fingerprint, file_size, started_at, imported_at, "
                   "duration_ms, channels, agent_channel, sample_rate, codec, codec_name, container, "
                   "bit_rate, rep_id, queue, customer_ref, csat, felt_heard, first_contact_resolution, "
                   "repeat_contact, handle_time_s) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?, "
                   "coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?)"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(call.recordingPath);
    q.addBindValue(call.fingerprint);
    q.addBindValue(call.audio.fileSize);
    q.addBindValue(timeValue(call.startedAt));
    q.addBindValue(call.importedAt.isValid() ? call.importedAt.toSecsSinceEpoch()
                                             : QDateTime::currentSecsSinceEpoch());
    q.addBindValue(call.audio.durationMs);
    q.addBindValue(call.audio.channels);
    q.addBindValue(static_cast<int>(call.agentChannel));
    q.addBindValue(call.audio.sampleRate);
    q.addBindValue(call.audio.codec);
    q.addBindValue(call.audio.codecName);
    q.addBindValue(call.audio.container);
    q.addBindValue(call.audio.bitRate);
    q.addBindValue(call.repId.isValid() ? QVariant(call.repId.value()) : QVariant());
    q.addBindValue(call.queue);
    q.addBindValue(call.customerRef);
    q.addBindValue(optionalValue(call.csat));
    q.addBindValue(optionalValue(call.feltHeard));
    q.addBindValue(optionalValue(call.firstContactResolution));
    q.addBindValue(optionalValue(call.repeatContact));
    q.addBindValue(optionalValue(call.handleTimeS));
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return CallId(q.lastInsertId().toLongLong());
}

Result<std::optional<Call>> CallRepository::find(CallId id) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(kSelect % u" WHERE c.id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(id.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (!q.next())
        return std::optional<Call>();
    return std::optional<Call>(callFrom(q));
}

Result<std::optional<Call>> CallRepository::findByFingerprint(const QString &fingerprint) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(kSelect % u" WHERE c.fingerprint = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(fingerprint);
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (!q.next())
        return std::optional<Call>();
    return std::optional<Call>(callFrom(q));
}

Result<void> CallRepository::setRecordingPath(CallId id, const QString &path)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"UPDATE calls SET recording_path = ? WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(path);
    q.addBindValue(id.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (q.numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, tr("Call %1 is not in the library").arg(id.value()));
    return {};
}

Result<QList<Call>> CallRepository::list(const CallQuery &query, int offset, int limit) const
{
    QVariantList values;
    const QString sql = kSelect % whereClause(query, values) % orderBy(query) % u" LIMIT ? OFFSET ?"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<Call> calls;
    calls.reserve(limit);
    while (q.next())
        calls.append(callFrom(q));
    return calls;
}

Result<int> CallRepository::count(const CallQuery &query) const
{
    QVariantList values;
    const QString sql = u"SELECT count(*) FROM calls c LEFT JOIN reps r ON r.id = c.rep_id "
                        "LEFT JOIN teams t ON t.id = r.team_id"_s
            % whereClause(query, values);
    QSqlQuery q(m_db.connection());
    if (!q.prepare(sql))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return q.value(0).toInt();
}

} // namespace coach
