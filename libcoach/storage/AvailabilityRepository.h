// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "schedule/Shift.h"
#include "schedule/WorkingHours.h"

#include <QCoreApplication>
#include <QList>

namespace coach {

class Database;

// When reps work: weekly hours, dated shifts and time off, for conflict checks and suggestions.
class AvailabilityRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityRepository)
public:
    explicit AvailabilityRepository(const Database &db)
        : m_db(db)
    {
    }

    // Replaces the rep's weekly hours with `hours` (an empty list: no constraint).
    [[nodiscard]] Result<void> setWorkingHours(RepId rep, const QList<WorkingHours> &hours);
    [[nodiscard]] Result<QList<WorkingHours>> workingHours() const;

    [[nodiscard]] Result<ShiftId> addShift(const Shift &shift);
    [[nodiscard]] Result<void> removeShift(ShiftId id);
    // Shifts and time off touching [from, to).
    [[nodiscard]] Result<QList<Shift>> shifts(const QDateTime &from, const QDateTime &to) const;

private:
    const Database &m_db;
};

} // namespace coach
