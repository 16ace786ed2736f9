// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "schedule/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace coach {

class Database;

// What an invitation needs to know about a rep.
struct RepContact
{
    RepId id;
    QString name;
    QString email;
    TeamId teamId;
    bool active = true;
};

/*
 * Sessions with their participants and overrides, stored and loaded as one
 * aggregate. Writes exactly what it is given: the SEQUENCE bump and the
 * checks belong to ScheduleService. A write touches several tables, so the
 * caller holds a Transaction around it (the service does; nested ones would
 * fail). Lives on the thread of its Database.
 */
class SessionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SessionRepository)
public:
    explicit SessionRepository(const Database &db)
        : m_db(db)
    {
    }

    // Stores a new session; gives it a UID when it has none. Returns its id.
    [[nodiscard]] Result<SessionId> insert(const Session &session);
    // Rewrites the session row, its participants and its overrides.
    [[nodiscard]] Result<void> update(const Session &session);
    [[nodiscard]] Result<void> remove(SessionId id);

    [[nodiscard]] Result<std::optional<Session>> find(SessionId id) const;
    [[nodiscard]] Result<std::optional<Session>> findByUid(const QString &uid) const;
    [[nodiscard]] Result<QList<Session>> all() const;

    [[nodiscard]] Result<QHash<qint64, RepContact>> repContacts() const;

private:
    [[nodiscard]] Result<QList<Session>> load(const QString &where, const QVariantList &values) const;
    [[nodiscard]] Result<void> writeChildren(const Session &session, SessionId id);

    const Database &m_db;
};

} // namespace coach
