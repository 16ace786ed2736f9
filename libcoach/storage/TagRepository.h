// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Tag.h"

#include <QCoreApplication>
#include <QList>

namespace coach {

class Database;

// The tag vocabulary; seeded by the schema with the guide's terms.
class TagRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TagRepository)
public:
    explicit TagRepository(const Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<QList<Tag>> all() const;
    // Tags applied to a call's annotations, by label, for the details pane.
    [[nodiscard]] Result<QStringList> labelsForCall(CallId call) const;

private:
    const Database &m_db;
};

} // namespace coach
