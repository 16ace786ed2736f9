// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "schedule/BusyBlock.h"

#include <QCoreApplication>
#include <QList>

namespace coach {

class Database;

// Busy time imported from other calendars, grouped by the file it came from.
class BusyTimeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(BusyTimeRepository)
public:
    explicit BusyTimeRepository(const Database &db)
        : m_db(db)
    {
    }

    // Drops what `source` brought last time and stores `blocks` (call inside a Transaction).
    [[nodiscard]] Result<void> replaceSource(const QString &source, const QList<BusyBlock> &blocks);
    // Blocks overlapping [from, to).
    [[nodiscard]] Result<QList<BusyBlock>> overlapping(const QDateTime &from, const QDateTime &to) const;
    [[nodiscard]] Result<int> count() const;

private:
    const Database &m_db;
};

} // namespace coach
