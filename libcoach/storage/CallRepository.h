// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Call.h"
#include "storage/CallQuery.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace coach {

class Database;

// Calls in the library: insert, look up, list a page of a sorted, filtered view.
class CallRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CallRepository)
public:
    explicit CallRepository(const Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<CallId> insert(const Call &call);
    [[nodiscard]] Result<std::optional<Call>> find(CallId id) const;
    [[nodiscard]] Result<std::optional<Call>> findByFingerprint(const QString &fingerprint) const;
    [[nodiscard]] Result<void> setRecordingPath(CallId id, const QString &path);

    // One page of the view; offset/limit so a table can fetch as it scrolls.
    [[nodiscard]] Result<QList<Call>> list(const CallQuery &query, int offset, int limit) const;
    [[nodiscard]] Result<int> count(const CallQuery &query) const;

private:
    const Database &m_db;
};

} // namespace coach
