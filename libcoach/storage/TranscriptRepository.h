// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Id.h"
#include "model/Segment.h"

#include <QCoreApplication>
#include <QHash>

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

    // Every speaker label of the call's transcript with its role; empty without a transcript.
    [[nodiscard]] Result<QHash<QString, SpeakerRole>> speakerRoles(CallId call) const;
    // Sets one speaker's role; NotFound when the call has no transcript or the
    // transcript no such speaker.
    [[nodiscard]] Result<void> setSpeakerRole(CallId call, const QString &label, SpeakerRole role);

private:
    const Database &m_db;
};

} // namespace coach
