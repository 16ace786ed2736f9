// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

namespace coach {

class TaskControl;

/*
 * One open library: a SQLite file with WAL, foreign keys and the schema at
 * the current version. Owns one Qt SQL connection, which belongs to the thread
 * that opened it; a worker thread opens its own Database on the same file.
 *
 * open() creates a missing file, migrates an older one (after copying it to
 * "<file>.v<N>.bak") in one transaction per step, and refuses one written by a
 * newer Coachbench without touching it.
 */
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path);

    // Where a library lives when the user has not chosen one.
    [[nodiscard]] static QString defaultPath();
    // The schema version this build reads and writes.
    [[nodiscard]] static int currentSchemaVersion();

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] const QString &path() const { return m_path; }

    // PRAGMA integrity_check and foreign_key_check; an empty list means sound.
    [[nodiscard]] Result<QStringList> checkIntegrity() const;
    // A consistent copy through SQLite's online backup API, safe while in use.
    [[nodiscard]] Result<void> backupTo(const QString &destination, const TaskControl *control = nullptr) const;

private:
    Database(QString path, QString connectionName);
    [[nodiscard]] Result<void> configure();
    [[nodiscard]] Result<void> migrate();

    QString m_path;
    QString m_connectionName;
};

} // namespace coach
