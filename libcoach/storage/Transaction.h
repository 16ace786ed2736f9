// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace coach {

class Database;

// Rolls back unless commit() succeeded, so an early return leaves nothing half-written.
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] Result<void> commit();

private:
    QSqlDatabase m_connection;
    QString m_path;
    bool m_active = false;
};

} // namespace coach
