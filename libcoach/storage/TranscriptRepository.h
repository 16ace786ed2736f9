// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Id.h"
#include "model/Segment.h"

#include <QCoreApplication>

namespace coach {

class Database;

// A call's transcript and its segments, indexed for full-text search.
class TranscriptRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptRepository)
public:
    explicit TranscriptRepository(const Database &db)
        : m_db(db)
    {
    }

    // Replaces whatever transcript the call had.
    [[nodiscard]] Result<TranscriptId> store(CallId call, const Transcript &transcript);
    [[nodiscard]] Result<QList<Segment>> segments(CallId call) const;

private:
    const Database &m_db;
};

} // namespace coach
