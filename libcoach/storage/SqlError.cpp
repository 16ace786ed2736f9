// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlError.h"

#include <QDir>
#include <QSqlError>

#include <sqlite3.h>

namespace coach {

ErrorCode SqlError::codeFor(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return ErrorCode::DiskFull;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorCode::Corrupt;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return ErrorCode::Io;
    default:
        return ErrorCode::Database;
    }
}

Error SqlError::from(const QSqlError &error, const QString &libraryPath)
{
    const ErrorCode code = codeFor(error.nativeErrorCode().toInt());
    const QString file = QDir::toNativeSeparators(libraryPath);
    switch (code) {
    case ErrorCode::DiskFull:
        return { code, tr("%1: the disk is full; nothing was changed by this step").arg(file) };
    case ErrorCode::Corrupt:
        return { code, tr("%1: the library file is damaged or not a Coachbench library (%2)")
                               .arg(file, error.databaseText()) };
    default:
        return { code, tr("%1: %2").arg(file, error.databaseText().isEmpty() ? error.text()
                                                                              : error.databaseText()) };
    }
}

} // namespace coach
