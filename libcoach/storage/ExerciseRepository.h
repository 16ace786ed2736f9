// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Exercise.h"
#include "model/ExerciseFilter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

class QSqlQuery;

namespace coach {

class Database;

/*
 * Monday rewrite exercises and the rewrites recorded after each session.
 * The excerpt is stored as given: ExerciseBuilder hands over the redacted
 * turns only, and nothing here reads the call's transcript. The pattern is
 * stored as its tag (pattern.yes_and …). At most one rewrite per exercise is
 * the best; marking another moves the mark. An exercise's rewrites go with it.
 * Used on the thread that opened the Database.
 */
class ExerciseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseRepository)
public:
    explicit ExerciseRepository(const Database &db)
        : m_db(db)
    {
    }

    // Stamps createdAt (unless set) and updatedAt.
    [[nodiscard]] Result<ExerciseId> insert(const Exercise &exercise);
    // Every field but id, call, createdAt; stamps updatedAt.
    [[nodiscard]] Result<void> update(const Exercise &exercise);
    [[nodiscard]] Result<void> setStatus(ExerciseId id, ExerciseStatus status);
    [[nodiscard]] Result<void> setHandoutPath(ExerciseId id, const QString &path);
    [[nodiscard]] Result<void> remove(ExerciseId id);
    [[nodiscard]] Result<std::optional<Exercise>> find(ExerciseId id) const;
    // Newest date first (undated drafts first of all), then newest created.
    [[nodiscard]] Result<QList<Exercise>> history(const ExerciseFilter &filter = {}) const;
    // How many rewrites each exercise has; exercises without any are absent.
    [[nodiscard]] Result<QHash<ExerciseId, int>> rewriteCounts() const;

    [[nodiscard]] Result<RewriteId> addRewrite(const ExerciseRewrite &rewrite);
    // Rep and text; the best mark is changed with markBest() only.
    [[nodiscard]] Result<void> updateRewrite(const ExerciseRewrite &rewrite);
    [[nodiscard]] Result<void> removeRewrite(RewriteId id);
    // In the order they were recorded, with each rep's name.
    [[nodiscard]] Result<QList<ExerciseRewrite>> rewrites(ExerciseId exercise) const;
    // Makes this rewrite the exercise's best and unmarks any other.
    [[nodiscard]] Result<void> markBest(RewriteId id);
    [[nodiscard]] Result<void> clearBest(ExerciseId exercise);

    // "draft", "ready", "done": the spelling the database uses.
    [[nodiscard]] static QString statusKey(ExerciseStatus status);
    [[nodiscard]] static std::optional<ExerciseStatus> statusFromKey(const QString &key);

private:
    [[nodiscard]] Result<void> validate(const Exercise &exercise) const;
    [[nodiscard]] Error notFound(const QString &what, qint64 id) const;
    [[nodiscard]] Result<void> expectOneRow(QSqlQuery &query, const QString &what, qint64 id) const;

    const Database &m_db;
};

// ExerciseId as a QHash key (found by argument-dependent lookup).
inline size_t qHash(ExerciseId id, size_t seed = 0) noexcept
{
    return ::qHash(id.value(), seed);
}

} // namespace coach
