// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Annotation.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QSqlQuery;

namespace coach {

class Database;

/*
 * Annotations of calls. Every change is written at once (a crash loses
 * nothing); restore() puts back a removed annotation under its old id, which
 * is what undo needs. Used on the thread that opened the Database.
 *
 * insert() keeps createdAt/updatedAt when they are set (an import keeps the
 * file's times) and stamps now otherwise; update() always stamps updatedAt.
 * A call's annotations go with the call (ON DELETE CASCADE).
 */
class AnnotationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationRepository)
public:
    explicit AnnotationRepository(const Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<AnnotationId> insert(const Annotation &annotation);
    [[nodiscard]] Result<void> update(const Annotation &annotation); // by id; sets updated_at
    [[nodiscard]] Result<void> remove(AnnotationId id);
    [[nodiscard]] Result<void> restore(const Annotation &annotation); // same id as before
    [[nodiscard]] Result<std::optional<Annotation>> find(AnnotationId id) const;
    // A call's annotations by start time, with their tags' key, label and colour.
    [[nodiscard]] Result<QList<Annotation>> forCall(CallId call) const;
    // Every annotation of the library (for a bulk export), by call then start.
    [[nodiscard]] Result<QList<Annotation>> all() const;

private:
    [[nodiscard]] Result<void> validate(const Annotation &annotation) const;
    [[nodiscard]] Error failure(const QSqlQuery &query, const Annotation &annotation) const;

    const Database &m_db;
};

} // namespace coach
