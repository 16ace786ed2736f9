// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ExerciseRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"
#include "transcript/SpeakerRoles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

const QString kSelect = u"SELECT e.id, e.call_id, e.start_ms, e.end_ms, g.key, e.scheduled_for, e.title, "
                         "e.instructions, e.excerpt, e.target_turn, e.corrections, e.status, e.handout_path, "
                         "e.created_by, e.created_at, e.updated_at "
                         "FROM exercises e LEFT JOIN tags g ON g.id = e.pattern_tag_id"_s;

const QString kSelectRewrite = u"SELECT w.id, w.exercise_id, w.rep_id, coalesce(r.name, ''), w.text, w.is_best, "
                                "w.created_at FROM exercise_rewrites w LEFT JOIN reps r ON r.id = w.rep_id"_s;

// The excerpt as JSON: one object per turn. Only what the redactor produced goes in.
QString excerptJson(const QList<ExcerptTurn> &turns)
{
    QJsonArray array;
    for (const ExcerptTurn &turn : turns) {
        array.append(QJsonObject {
                { u"start_ms"_s, turn.startMs },
                { u"end_ms"_s, turn.endMs },
                { u"role"_s, SpeakerRoles::toString(turn.role) },
                { u"speaker"_s, turn.speaker },
                { u"text"_s, turn.text },
        });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ExcerptTurn> excerptFrom(const QString &json)
{
    QList<ExcerptTurn> turns;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        ExcerptTurn turn;
        turn.startMs = o.value(u"start_ms"_s).toInteger();
        turn.endMs = o.value(u"end_ms"_s).toInteger();
        turn.role = SpeakerRoles::fromString(o.value(u"role"_s).toString());
        turn.speaker = o.value(u"speaker"_s).toString();
        turn.text = o.value(u"text"_s).toString();
        turns.append(turn);
    }
    return turns;
}

QString correctionsJson(const QList<ExerciseCorrection> &corrections)
{
    if (corrections.isEmpty())
        return {};
    QJsonArray array;
    for (const ExerciseCorrection &c : corrections) {
        array.append(QJsonObject {
                { u"segment"_s, qint64(c.segment) },
                { u"start"_s, qint64(c.start) },
                { u"end"_s, qint64(c.end) },
                { u"type"_s, c.type },
                { u"added"_s, c.added },
        });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ExerciseCorrection> correctionsFrom(const QString &json)
{
    QList<ExerciseCorrection> corrections;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        corrections.append({ o.value(u"segment"_s).toInteger(-1), o.value(u"start"_s).toInteger(),
                             o.value(u"end"_s).toInteger(), o.value(u"type"_s).toString(),
                             o.value(u"added"_s).toBool(true) });
    }
    return corrections;
}

QDateTime utc(const QVariant &seconds)
{
    return seconds.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), Qt::UTC);
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

Exercise exerciseFrom(const QSqlQuery &q)
{
    Exercise e;
    e.id = ExerciseId(q.value(0).toLongLong());
    e.call = CallId(q.value(1).toLongLong());
    e.range = { q.value(2).toLongLong(), q.value(3).toLongLong() };
    e.pattern = ExercisePatterns::fromTagKey(q.value(4).toString()).value_or(ExercisePattern::ParaphraseAndConfirm);
    e.scheduledFor = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    e.title = q.value(6).toString();
    e.instructions = q.value(7).toString();
    e.excerpt = excerptFrom(q.value(8).toString());
    e.targetTurn = q.value(9).isNull() ? -1 : q.value(9).toInt();
    e.corrections = correctionsFrom(q.value(10).toString());
    e.status = ExerciseRepository::statusFromKey(q.value(11).toString()).value_or(ExerciseStatus::Draft);
    e.handoutPath = q.value(12).toString();
    e.createdBy = q.value(13).toString();
    e.createdAt = utc(q.value(14));
    e.updatedAt = utc(q.value(15));
    return e;
}

ExerciseRewrite rewriteFrom(const QSqlQuery &q)
{
    ExerciseRewrite w;
    w.id = RewriteId(q.value(0).toLongLong());
    w.exercise = ExerciseId(q.value(1).toLongLong());
    w.rep = RepId(q.value(2).toLongLong());
    w.repName = q.value(3).toString();
    w.text = q.value(4).toString();
    w.best = q.value(5).toInt() == 1;
    w.createdAt = utc(q.value(6));
    return w;
}

} // namespace

QString ExerciseRepository::statusKey(ExerciseStatus status)
{
    switch (status) {
    case ExerciseStatus::Draft: return u"draft"_s;
    case ExerciseStatus::Ready: return u"ready"_s;
    case ExerciseStatus::Done: return u"done"_s;
    }
    return u"draft"_s;
}

std::optional<ExerciseStatus> ExerciseRepository::statusFromKey(const QString &key)
{
    for (ExerciseStatus status : { ExerciseStatus::Draft, ExerciseStatus::Ready, ExerciseStatus::Done }) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

Error ExerciseRepository::notFound(const QString &what, qint64 id) const
{
    return { ErrorCode::NotFound,
             tr("%1: %2 %3 is not in the library").arg(QDir::toNativeSeparators(m_db.path()), what).arg(id) };
}

Result<void> ExerciseRepository::expectOneRow(QSqlQuery &q, const QString &what, qint64 id) const
{
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (q.numRowsAffected() == 0)
        return std::unexpected(notFound(what, id));
    return {};
}

Result<void> ExerciseRepository::validate(const Exercise &e) const
{
    const QString library = QDir::toNativeSeparators(m_db.path());
    if (e.range.startMs < 0 || e.range.endMs < e.range.startMs) {
        return fail(ErrorCode::InvalidInput, tr("%1: an exercise's excerpt must start at 0 or later and end no "
                                                "earlier than it starts (start %2 ms, end %3 ms)")
                                                     .arg(library)
                                                     .arg(e.range.startMs)
                                                     .arg(e.range.endMs));
    }
    if (e.targetTurn >= e.excerpt.size()) {
        return fail(ErrorCode::InvalidInput, tr("%1: the turn to rewrite (%2) is not in the excerpt of %n turn(s)",
                                                nullptr, int(e.excerpt.size()))
                                                     .arg(library)
                                                     .arg(e.targetTurn + 1));
    }
    return {};
}

Result<ExerciseId> ExerciseRepository::insert(const Exercise &e)
{
    if (auto valid = validate(e); !valid)
        return std::unexpected(valid.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 created = e.createdAt.isValid() ? e.createdAt.toSecsSinceEpoch() : now;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO exercises (call_id, start_ms, end_ms, pattern_tag_id, scheduled_for, title, "
                   "instructions, excerpt, target_turn, corrections, status, handout_path, created_by, created_at, "
                   "updated_at) VALUES (?, ?, ?, (SELECT id FROM tags WHERE key = ?), ?, coalesce(?, ''), "
                   "coalesce(?, ''), ?, ?, coalesce(?, ''), ?, coalesce(?, ''), coalesce(?, ''), ?, ?)"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(idValue(e.call.value()));
    q.addBindValue(e.range.startMs);
    q.addBindValue(e.range.endMs);
    q.addBindValue(ExercisePatterns::tagKey(e.pattern));
    q.addBindValue(dateValue(e.scheduledFor));
    q.addBindValue(e.title);
    q.addBindValue(e.instructions);
    q.addBindValue(excerptJson(e.excerpt));
    q.addBindValue(e.targetTurn >= 0 ? QVariant(e.targetTurn) : QVariant());
    q.addBindValue(correctionsJson(e.corrections));
    q.addBindValue(statusKey(e.status));
    q.addBindValue(e.handoutPath);
    q.addBindValue(e.createdBy);
    q.addBindValue(created);
    q.addBindValue(now);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode().toInt() % 256 == 19) // SQLITE_CONSTRAINT: the call is gone
            return std::unexpected(notFound(tr("call"), e.call.value()));
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    }
    return ExerciseId(q.lastInsertId().toLongLong());
}

Result<void> ExerciseRepository::update(const Exercise &e)
{
    if (auto valid = validate(e); !valid)
        return std::unexpected(valid.error());
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"UPDATE exercises SET start_ms = ?, end_ms = ?, pattern_tag_id = (SELECT id FROM tags WHERE key = ?), "
                   "scheduled_for = ?, title = coalesce(?, ''), instructions = coalesce(?, ''), excerpt = ?, "
                   "target_turn = ?, corrections = coalesce(?, ''), status = ?, handout_path = coalesce(?, ''), "
                   "created_by = coalesce(?, ''), updated_at = ? WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(e.range.startMs);
    q.addBindValue(e.range.endMs);
    q.addBindValue(ExercisePatterns::tagKey(e.pattern));
    q.addBindValue(dateValue(e.scheduledFor));
    q.addBindValue(e.title);
    q.addBindValue(e.instructions);
    q.addBindValue(excerptJson(e.excerpt));
    q.addBindValue(e.targetTurn >= 0 ? QVariant(e.targetTurn) : QVariant());
    q.addBindValue(correctionsJson(e.corrections));
    q.addBindValue(statusKey(e.status));
    q.addBindValue(e.handoutPath);
    q.addBindValue(e.createdBy);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(e.id.value());
    return expectOneRow(q, tr("exercise"), e.id.value());
}

Result<void> ExerciseRepository::setStatus(ExerciseId id, ExerciseStatus status)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"UPDATE exercises SET status = ?, updated_at = ? WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(statusKey(status));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id.value());
    return expectOneRow(q, tr("exercise"), id.value());
}

Result<void> ExerciseRepository::setHandoutPath(ExerciseId id, const QString &path)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"UPDATE exercises SET handout_path = coalesce(?, ''), updated_at = ? WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(path);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id.value());
    return expectOneRow(q, tr("exercise"), id.value());
}

Result<void> ExerciseRepository::remove(ExerciseId id)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"DELETE FROM exercises WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(id.value());
    return expectOneRow(q, tr("exercise"), id.value());
}

Result<std::optional<Exercise>> ExerciseRepository::find(ExerciseId id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(kSelect + u" WHERE e.id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(id.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (!q.next())
        return std::optional<Exercise>();
    return exerciseFrom(q);
}

Result<QList<Exercise>> ExerciseRepository::history(const ExerciseFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.pattern) {
        where.append(u"g.key = ?"_s);
        values.append(ExercisePatterns::tagKey(*filter.pattern));
    }
    // ISO dates compare as text; an undated draft is outside any date bound.
    if (filter.from.isValid()) {
        where.append(u"e.scheduled_for >= ?"_s);
        values.append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        where.append(u"e.scheduled_for <= ?"_s);
        values.append(filter.to.toString(Qt::ISODate));
    }
    QString sql = kSelect;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY e.scheduled_for IS NOT NULL, e.scheduled_for DESC, e.created_at DESC, e.id DESC"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<Exercise> exercises;
    while (q.next())
        exercises.append(exerciseFrom(q));
    return exercises;
}

Result<QHash<ExerciseId, int>> ExerciseRepository::rewriteCounts() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT exercise_id, count(*) FROM exercise_rewrites GROUP BY exercise_id"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QHash<ExerciseId, int> counts;
    while (q.next())
        counts.insert(ExerciseId(q.value(0).toLongLong()), q.value(1).toInt());
    return counts;
}

Result<RewriteId> ExerciseRepository::addRewrite(const ExerciseRewrite &rewrite)
{
    if (rewrite.text.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("%1: a rewrite of exercise %2 has no text")
                                                     .arg(QDir::toNativeSeparators(m_db.path()))
                                                     .arg(rewrite.exercise.value()));
    }
    QSqlQuery q(m_db.connection());
    // The best mark is set with markBest(), which keeps it unique.
    if (!q.prepare(u"INSERT INTO exercise_rewrites (exercise_id, rep_id, text, is_best, created_at) "
                   "VALUES (?, ?, ?, 0, ?)"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(rewrite.exercise.value());
    q.addBindValue(idValue(rewrite.rep.value()));
    q.addBindValue(rewrite.text);
    q.addBindValue(rewrite.createdAt.isValid() ? rewrite.createdAt.toSecsSinceEpoch()
                                               : QDateTime::currentSecsSinceEpoch());
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode().toInt() % 256 == 19)
            return std::unexpected(notFound(tr("exercise"), rewrite.exercise.value()));
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    }
    return RewriteId(q.lastInsertId().toLongLong());
}

Result<void> ExerciseRepository::updateRewrite(const ExerciseRewrite &rewrite)
{
    if (rewrite.text.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("%1: rewrite %2 has no text")
                                                     .arg(QDir::toNativeSeparators(m_db.path()))
                                                     .arg(rewrite.id.value()));
    }
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"UPDATE exercise_rewrites SET rep_id = ?, text = ? WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(idValue(rewrite.rep.value()));
    q.addBindValue(rewrite.text);
    q.addBindValue(rewrite.id.value());
    return expectOneRow(q, tr("rewrite"), rewrite.id.value());
}

Result<void> ExerciseRepository::removeRewrite(RewriteId id)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"DELETE FROM exercise_rewrites WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(id.value());
    return expectOneRow(q, tr("rewrite"), id.value());
}

Result<QList<ExerciseRewrite>> ExerciseRepository::rewrites(ExerciseId exercise) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(kSelectRewrite + u" WHERE w.exercise_id = ? ORDER BY w.created_at, w.id"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(exercise.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<ExerciseRewrite> list;
    while (q.next())
        list.append(rewriteFrom(q));
    return list;
}

Result<void> ExerciseRepository::markBest(RewriteId id)
{
    Transaction transaction(m_db);
    QSqlQuery q(m_db.connection());
    // Unmark first: the unique index allows one best per exercise at any moment.
    if (!q.prepare(u"UPDATE exercise_rewrites SET is_best = 0 WHERE is_best = 1 AND exercise_id = "
                   "(SELECT exercise_id FROM exercise_rewrites WHERE id = ?)"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(id.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (!q.prepare(u"UPDATE exercise_rewrites SET is_best = 1 WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(id.value());
    if (auto done = expectOneRow(q, tr("rewrite"), id.value()); !done)
        return done;
    return transaction.commit();
}

Result<void> ExerciseRepository::clearBest(ExerciseId exercise)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"UPDATE exercise_rewrites SET is_best = 0 WHERE exercise_id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(exercise.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return {};
}

} // namespace coach
