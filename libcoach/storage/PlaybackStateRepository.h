// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Id.h"

#include <QCoreApplication>

namespace coach {

class Database;

// Where the user left off in each call, so reopening it resumes there.
class PlaybackStateRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PlaybackStateRepository)
public:
    explicit PlaybackStateRepository(const Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<qint64> position(CallId call) const; // 0 when never played
    [[nodiscard]] Result<void> setPosition(CallId call, qint64 ms);

private:
    const Database &m_db;
};

} // namespace coach
