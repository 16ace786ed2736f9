// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Call.h"
#include "model/Segment.h"

#include <QCoreApplication>
#include <QHash>

namespace coach {

class Database;

/*
 * Gives a call a transcript from a file, replacing the one it had. `coach
 * attach` and the GUI's drop of a transcript onto a call both go through
 * here, so they agree on what is accepted and on who the agent is.
 *
 * Reading and storing are two steps: read() checks the file without touching
 * the library, so a caller can refuse a bad file (and ask before replacing)
 * before anything changes; attach() then stores the transcript and its
 * speakers' roles (SpeakerRoles, from the library's reps and the call's agent
 * channel) in one transaction, so a failure leaves the old transcript whole.
 *
 *     const auto transcript = TranscriptAttacher::read(path);
 *     if (transcript)
 *         const auto roles = TranscriptAttacher(db).attach(call, *transcript);
 *
 * attach() uses the Database on the thread that opened it.
 */
class TranscriptAttacher final
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptAttacher)
public:
    explicit TranscriptAttacher(const Database &db)
        : m_db(db)
    {
    }

    // Whether a file of this name may be a transcript (.vtt, .srt, .json), so
    // a drag can be accepted before the file is read.
    [[nodiscard]] static bool isTranscriptName(const QString &fileName);

    // Reads a WebVTT, SRT, Whisper JSON or Amazon Transcribe JSON file. A
    // file without a single timed line is refused too: attaching it would
    // only throw the call's transcript away. Errors name the file and the cause.
    [[nodiscard]] static Result<Transcript> read(const QString &path);

    // Stores `transcript` as the call's transcript and returns each speaker's
    // role. Refuses a transcript that starts after the recording ends (the
    // transcript of another call, most likely).
    [[nodiscard]] Result<QHash<QString, SpeakerRole>> attach(const Call &call, const Transcript &transcript) const;

private:
    const Database &m_db;
};

} // namespace coach
