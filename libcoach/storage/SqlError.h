// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>

class QSqlError;

namespace coach {

// Turns what Qt SQL reports into our Error, telling a full disk and a damaged
// file apart from other failures, since the user must act differently on each.
class SqlError final
{
    Q_DECLARE_TR_FUNCTIONS(SqlError)
public:
    [[nodiscard]] static Error from(const QSqlError &error, const QString &libraryPath);
    [[nodiscard]] static ErrorCode codeFor(int sqliteCode);
};

} // namespace coach
