// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AnnotationRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// Tag fields come along so the list, the waveform and exports need no second query.
const QString kSelect = u"SELECT a.id, a.call_id, a.start_ms, a.end_ms, a.tag_id, g.key, coach_tag_label(g.key, g.label), g.color, "
                         "a.comment, a.author, a.created_at, a.updated_at, a.status "
                         "FROM annotations a LEFT JOIN tags g ON g.id = a.tag_id"_s;

Annotation annotationFrom(const QSqlQuery &q)
{
    Annotation a;
    a.id = AnnotationId(q.value(0).toLongLong());
    a.call = CallId(q.value(1).toLongLong());
    a.startMs = q.value(2).toLongLong();
    a.endMs = q.value(3).toLongLong();
    a.tag = TagId(q.value(4).toLongLong());
    a.tagKey = q.value(5).toString();
    a.tagLabel = q.value(6).toString();
    a.tagColor = q.value(7).toString();
    a.comment = q.value(8).toString();
    a.author = q.value(9).toString();
    a.createdAt = QDateTime::fromSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    a.updatedAt = QDateTime::fromSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
    a.suggested = q.value(12).toString() == u"suggested"_s;
    return a;
}

QVariant tagValue(TagId tag)
{
    return tag.isValid() ? QVariant(tag.value()) : QVariant();
}

QString statusValue(const Annotation &a)
{
    return a.suggested ? u"suggested"_s : u"confirmed"_s;
}

qint64 secondsOr(const QDateTime &t, qint64 fallback)
{
    return t.isValid() ? t.toSecsSinceEpoch() : fallback;
}

} // namespace

Result<void> AnnotationRepository::validate(const Annotation &a) const
{
    if (a.startMs < 0 || a.endMs < a.startMs) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1: an annotation must start at 0 or later and end no earlier than it starts "
                       "(start %2 ms, end %3 ms)")
                            .arg(QDir::toNativeSeparators(m_db.path()))
                            .arg(a.startMs)
                            .arg(a.endMs));
    }
    return {};
}

Error AnnotationRepository::failure(const QSqlQuery &q, const Annotation &a) const
{
    // A foreign key refused: the call or the tag is gone (deleted meanwhile, or a stale id).
    if ((q.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_CONSTRAINT) {
        return { ErrorCode::NotFound, tr("%1: cannot store the annotation: call %2 or tag %3 is not in the library (%4)")
                                              .arg(QDir::toNativeSeparators(m_db.path()))
                                              .arg(a.call.value())
                                              .arg(a.tag.value())
                                              .arg(q.lastError().databaseText()) };
    }
    return SqlError::from(q.lastError(), m_db.path());
}

Result<AnnotationId> AnnotationRepository::insert(const Annotation &annotation)
{
    if (auto valid = validate(annotation); !valid)
        return std::unexpected(valid.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO annotations (call_id, start_ms, end_ms, tag_id, comment, author, created_at, "
                   "updated_at, status) VALUES (?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?)"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(annotation.call.value());
    q.addBindValue(annotation.startMs);
    q.addBindValue(annotation.endMs);
    q.addBindValue(tagValue(annotation.tag));
    q.addBindValue(annotation.comment);
    q.addBindValue(annotation.author);
    const qint64 created = secondsOr(annotation.createdAt, now);
    q.addBindValue(created);
    q.addBindValue(secondsOr(annotation.updatedAt, created));
    q.addBindValue(statusValue(annotation));
    if (!q.exec())
        return std::unexpected(failure(q, annotation));
    return AnnotationId(q.lastInsertId().toLongLong());
}

Result<void> AnnotationRepository::update(const Annotation &annotation)
{
    if (auto valid = validate(annotation); !valid)
        return std::unexpected(valid.error());
    QSqlQuery q(m_db.connection());
    // The call is not changed: an annotation never moves to another recording.
    if (!q.prepare(u"UPDATE annotations SET start_ms = ?, end_ms = ?, tag_id = ?, comment = coalesce(?, ''), "
                   "author = coalesce(?, ''), status = ?, updated_at = ? WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(annotation.startMs);
    q.addBindValue(annotation.endMs);
    q.addBindValue(tagValue(annotation.tag));
    q.addBindValue(annotation.comment);
    q.addBindValue(annotation.author);
    q.addBindValue(statusValue(annotation));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(annotation.id.value());
    if (!q.exec())
        return std::unexpected(failure(q, annotation));
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, tr("%1: annotation %2 is not in the library")
                                                 .arg(QDir::toNativeSeparators(m_db.path()))
                                                 .arg(annotation.id.value()));
    return {};
}

Result<void> AnnotationRepository::remove(AnnotationId id)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"DELETE FROM annotations WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(id.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound,
                    tr("%1: annotation %2 is not in the library").arg(QDir::toNativeSeparators(m_db.path())).arg(id.value()));
    return {};
}

Result<void> AnnotationRepository::restore(const Annotation &annotation)
{
    if (!annotation.id.isValid())
        return fail(ErrorCode::InvalidInput,
                    tr("%1: only an annotation that was stored before can be restored").arg(QDir::toNativeSeparators(m_db.path())));
    if (auto valid = validate(annotation); !valid)
        return std::unexpected(valid.error());
    const auto existing = find(annotation.id);
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->has_value())
        return fail(ErrorCode::Duplicate, tr("%1: annotation %2 is already in the library")
                                                  .arg(QDir::toNativeSeparators(m_db.path()))
                                                  .arg(annotation.id.value()));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    // Undo of a removal: the same id, so later undo steps that name it still apply.
    if (!q.prepare(u"INSERT INTO annotations (id, call_id, start_ms, end_ms, tag_id, comment, author, created_at, "
                   "updated_at, status) VALUES (?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?)"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(annotation.id.value());
    q.addBindValue(annotation.call.value());
    q.addBindValue(annotation.startMs);
    q.addBindValue(annotation.endMs);
    q.addBindValue(tagValue(annotation.tag));
    q.addBindValue(annotation.comment);
    q.addBindValue(annotation.author);
    q.addBindValue(secondsOr(annotation.createdAt, now));
    q.addBindValue(secondsOr(annotation.updatedAt, now));
    q.addBindValue(statusValue(annotation));
    if (!q.exec())
        return std::unexpected(failure(q, annotation));
    return {};
}

Result<std::optional<Annotation>> AnnotationRepository::find(AnnotationId id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(kSelect + u" WHERE a.id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(id.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (!q.next())
        return std::optional<Annotation>();
    return annotationFrom(q);
}

Result<QList<Annotation>> AnnotationRepository::forCall(CallId call) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(kSelect + u" WHERE a.call_id = ? ORDER BY a.start_ms, a.end_ms, a.id"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(call.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<Annotation> result;
    while (q.next())
        result.append(annotationFrom(q));
    return result;
}

Result<QList<Annotation>> AnnotationRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + u" ORDER BY a.call_id, a.start_ms, a.end_ms, a.id"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<Annotation> result;
    while (q.next())
        result.append(annotationFrom(q));
    return result;
}

} // namespace coach
