// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlError>

namespace coach {

Transaction::Transaction(const Database &db)
    : m_connection(db.connection())
    , m_path(db.path())
{
    m_active = m_connection.transaction();
}

Transaction::~Transaction()
{
    if (m_active)
        m_connection.rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return std::unexpected(SqlError::from(m_connection.lastError(), m_path));
    if (!m_connection.commit()) {
        const QSqlError error = m_connection.lastError();
        m_connection.rollback();
        m_active = false;
        return std::unexpected(SqlError::from(error, m_path));
    }
    m_active = false;
    return {};
}

} // namespace coach
