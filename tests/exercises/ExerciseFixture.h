// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Call.h"
#include "model/Segment.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/TranscriptRepository.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/*
 * A library with one rep and two calls, written through libcoach's
 * repositories: call one has a transcript full of personal data (a name
 * introduced and repeated, a card number, a phone number, an e-mail address),
 * call two has none. piiStrings() lists what must never reach an exercise.
 */
class ExerciseFixture final
{
public:
    explicit ExerciseFixture(const QTemporaryDir &dir)
    {
        auto opened = coach::Database::open(dir.filePath(QStringLiteral("exercises.coachdb")));
        if (!opened)
            qFatal("open: %s", qPrintable(opened.error().message()));
        db = std::move(*opened);
        coach::PeopleRepository people(*db);
        const auto team = people.ensureTeam(QStringLiteral("Billing"));
        const auto rep = people.ensureRep(QStringLiteral("Dana Scully"), team.value_or(coach::TeamId()));
        if (!rep)
            qFatal("ensureRep: %s", qPrintable(rep.error().message()));
        repId = *rep;
        withTranscript = addCall(dir, 1);
        withoutTranscript = addCall(dir, 2);

        coach::Transcript transcript;
        transcript.format = QStringLiteral("webvtt");
        transcript.segments = segments();
        coach::TranscriptRepository transcripts(*db);
        if (auto stored = transcripts.store(withTranscript, transcript); !stored)
            qFatal("store: %s", qPrintable(stored.error().message()));
        (void)transcripts.setSpeakerRole(withTranscript, QStringLiteral("Agent"), coach::SpeakerRole::Agent);
        (void)transcripts.setSpeakerRole(withTranscript, QStringLiteral("Customer"), coach::SpeakerRole::Customer);
    }

    static QList<coach::Segment> segments()
    {
        return {
            { 0, 4000, QStringLiteral("Agent"),
              QStringLiteral("Thank you for calling Acme, this is Dana Scully speaking. How can I help?") },
            { 4000, 12000, QStringLiteral("Customer"),
              QStringLiteral("Hi Dana, my name is Maria Lopez. I was charged twice for one order and I am really "
                             "upset about it.") },
            { 12000, 16000, QStringLiteral("Agent"),
              QStringLiteral("I need to verify the card first. What is the card number?") },
            { 16000, 24000, QStringLiteral("Customer"),
              QStringLiteral("It is 4111 1111 1111 1111, and you can call me back on (212) 555-0143 or write to "
                             "maria.lopez@example.com.") },
            { 24000, 30000, QStringLiteral("Agent"),
              QStringLiteral("Okay Maria. The second charge drops off in five to seven business days, there is "
                             "nothing I can do about it.") },
            { 30000, 36000, QStringLiteral("Customer"), QStringLiteral("That is not good enough.") },
            // Only the customer speaks here: an excerpt of it has no rep turn.
            { 40000, 46000, QStringLiteral("Customer"), QStringLiteral("Hello? Are you still there?") },
        };
    }

    // The personal data in segments(): none of it may appear in an exercise or a handout.
    static QStringList piiStrings()
    {
        return { QStringLiteral("Dana"), QStringLiteral("Scully"), QStringLiteral("Maria"), QStringLiteral("Lopez"),
                 QStringLiteral("4111"), QStringLiteral("555-0143"), QStringLiteral("example.com") };
    }

    std::unique_ptr<coach::Database> db;
    coach::RepId repId;
    coach::CallId withTranscript;
    coach::CallId withoutTranscript;

private:
    coach::CallId addCall(const QTemporaryDir &dir, int n)
    {
        coach::Call call;
        call.recordingPath = dir.filePath(QStringLiteral("call-%1.wav").arg(n));
        call.fingerprint = QStringLiteral("fp-exercise-%1").arg(n);
        call.audio.durationMs = 60'000;
        call.audio.channels = 2;
        call.audio.sampleRate = 8000;
        call.audio.codec = QStringLiteral("pcm_mulaw");
        call.audio.container = QStringLiteral("wav");
        call.agentChannel = coach::AgentChannel::Left;
        call.startedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
        call.repId = repId;
        call.queue = QStringLiteral("Billing Disputes");
        call.customerRef = QStringLiteral("CUST-%1").arg(n);
        const auto id = coach::CallRepository(*db).insert(call);
        if (!id)
            qFatal("insert call: %s", qPrintable(id.error().message()));
        return *id;
    }
};
