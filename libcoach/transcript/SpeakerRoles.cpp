// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcript/SpeakerRoles.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

QString fold(const QString &text) { return text.simplified().toCaseFolded(); }

// "Agent 2", "agent_1", "Caller (1)", "CUSTOMER:" → the bare word.
QString bareWord(const QString &label)
{
    static const QRegularExpression decoration(u"[\\s_#()\\[\\]:.-]*\\d*[\\s()\\[\\]:.]*$"_s);
    return fold(label).remove(decoration);
}

} // namespace

SpeakerRoles::SpeakerRoles(QStringList knownReps, AgentChannel agentChannel)
    : m_agentChannel(agentChannel)
{
    setKnownReps(knownReps);
}

void SpeakerRoles::setKnownReps(const QStringList &names)
{
    m_reps.clear();
    for (const QString &name : names) {
        const QString folded = fold(name);
        if (folded.isEmpty())
            continue;
        m_reps.insert(folded);
        // Transcripts usually call the rep by first name ("Dana" for "Dana Scully").
        m_reps.insert(folded.section(u' ', 0, 0));
    }
}

void SpeakerRoles::setRole(const QString &label, SpeakerRole role)
{
    if (role == SpeakerRole::Unknown)
        m_userRoles.remove(label);
    else
        m_userRoles.insert(label, role);
}

SpeakerRole SpeakerRoles::roleFor(const QString &label) const
{
    if (const auto it = m_userRoles.constFind(label); it != m_userRoles.cend())
        return *it;
    const QString word = bareWord(label);
    if (word.isEmpty())
        return SpeakerRole::Unknown;
    static const QSet<QString> agentWords{ u"agent"_s, u"rep"_s, u"representative"_s };
    static const QSet<QString> customerWords{ u"customer"_s, u"caller"_s, u"client"_s };
    if (agentWords.contains(word) || m_reps.contains(fold(label)) || m_reps.contains(word))
        return SpeakerRole::Agent;
    if (customerWords.contains(word))
        return SpeakerRole::Customer;
    // Amazon labels channels ch_0/ch_1; two-channel pipelines label them spk_0/spk_1 too.
    static const QRegularExpression channel(u"^(?:ch|spk)_([01])$"_s);
    if (const auto m = channel.match(label.trimmed()); m.hasMatch() && m_agentChannel != AgentChannel::Unknown) {
        const int number = m.capturedView(1).toInt();
        return number == int(m_agentChannel) ? SpeakerRole::Agent : SpeakerRole::Customer;
    }
    return SpeakerRole::Unknown;
}

QHash<QString, SpeakerRole> SpeakerRoles::assign(const Transcript &transcript) const
{
    QStringList labels;
    QSet<QString> seen;
    for (const Segment &segment : transcript.segments) {
        if (!segment.speaker.isEmpty() && !seen.contains(segment.speaker)) {
            seen.insert(segment.speaker);
            labels.append(segment.speaker);
        }
    }
    return assign(labels);
}

QHash<QString, SpeakerRole> SpeakerRoles::assign(const QStringList &labels) const
{
    QHash<QString, SpeakerRole> roles;
    for (const QString &label : labels)
        roles.insert(label, roleFor(label));
    // A call has two parties: knowing one tells the other, unless the user
    // said otherwise about it.
    if (roles.size() == 2) {
        const QString first = labels.constFirst();
        const QString second = labels.constLast();
        const auto other = [](SpeakerRole role) {
            return role == SpeakerRole::Agent ? SpeakerRole::Customer : SpeakerRole::Agent;
        };
        if (roles.value(first) == SpeakerRole::Unknown && roles.value(second) != SpeakerRole::Unknown)
            roles.insert(first, other(roles.value(second)));
        else if (roles.value(second) == SpeakerRole::Unknown && roles.value(first) != SpeakerRole::Unknown)
            roles.insert(second, other(roles.value(first)));
    }
    return roles;
}

QString SpeakerRoles::toString(SpeakerRole role)
{
    switch (role) {
    case SpeakerRole::Agent: return u"agent"_s;
    case SpeakerRole::Customer: return u"customer"_s;
    case SpeakerRole::Unknown: break;
    }
    return u"unknown"_s;
}

SpeakerRole SpeakerRoles::fromString(const QString &text)
{
    const QString folded = fold(text);
    if (folded == u"agent"_s)
        return SpeakerRole::Agent;
    if (folded == u"customer"_s)
        return SpeakerRole::Customer;
    return SpeakerRole::Unknown;
}

} // namespace coach
