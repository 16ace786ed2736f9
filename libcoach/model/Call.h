// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AudioInfo.h"
#include "model/Id.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace coach {

// Which channel of a stereo recording carries the agent; contact centres
// usually put the agent left.
enum class AgentChannel { Unknown = -1, Left = 0, Right = 1 };

/*
 * One recorded call and what is known about it. The recording stays where the
 * user keeps it; the fingerprint finds it again when it moves.
 */
struct Call
{
    CallId id;
    QString recordingPath;
    QString fingerprint;
    AudioInfo audio;
    AgentChannel agentChannel = AgentChannel::Unknown;
    QDateTime startedAt; // UTC; invalid when unknown
    QDateTime importedAt;

    RepId repId;
    QString repName;  // denormalised for display, filled by the repository
    QString teamName; // the rep's team, likewise
    QString queue;
    QString customerRef;

    // Outcomes from the contact centre's export; absent when not exported.
    std::optional<double> csat;      // as exported, usually 1–5
    std::optional<double> feltHeard; // "felt heard" survey score
    std::optional<bool> firstContactResolution;
    std::optional<bool> repeatContact;
    std::optional<qint64> handleTimeS;

    bool hasTranscript = false;
};

} // namespace coach
