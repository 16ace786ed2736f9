// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Call.h"
#include "model/Segment.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace coach {

/*
 * Decides which of a transcript's speakers is the agent and which the
 * customer. In order: a role the user set; the label itself ("Agent", "Rep",
 * "Representative" or a known rep's name → agent; "Customer", "Caller",
 * "Client" → customer; a trailing number as in "Agent 2" is allowed); the
 * channel, for Amazon's "ch_0"/"ch_1" and "spk_0"/"spk_1" when the call's
 * agent channel is known. With two speakers of whom one is decided, the other
 * is the other party. A plain value; build one per call.
 *
 *     SpeakerRoles roles(repNames, call.agentChannel);
 *     const auto byLabel = roles.assign(transcript);
 */
class SpeakerRoles final
{
public:
    SpeakerRoles() = default;
    explicit SpeakerRoles(QStringList knownReps, AgentChannel agentChannel = AgentChannel::Unknown);

    void setKnownReps(const QStringList &names);
    void setAgentChannel(AgentChannel channel) { m_agentChannel = channel; }
    // What the user said; wins over every rule. Unknown clears it.
    void setRole(const QString &label, SpeakerRole role);

    // The role of one label on its own, without the two-party rule.
    [[nodiscard]] SpeakerRole roleFor(const QString &label) const;
    // Every speaker in the transcript, in order of first appearance.
    [[nodiscard]] QHash<QString, SpeakerRole> assign(const Transcript &transcript) const;
    [[nodiscard]] QHash<QString, SpeakerRole> assign(const QStringList &labels) const;

    // "agent", "customer", "unknown": the spelling the database and JSON use.
    [[nodiscard]] static QString toString(SpeakerRole role);
    [[nodiscard]] static SpeakerRole fromString(const QString &text);

private:
    QSet<QString> m_reps;       // case-folded full names and first names
    QHash<QString, SpeakerRole> m_userRoles;
    AgentChannel m_agentChannel = AgentChannel::Unknown;
};

} // namespace coach
