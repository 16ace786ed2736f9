// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/SessionStatus.h"

using namespace Qt::Literals::StringLiterals;

namespace coach {

QString sessionKindKey(SessionKind kind)
{
    switch (kind) {
    case SessionKind::OneOnOne:
        return u"one_on_one"_s;
    case SessionKind::BuddyDebrief:
        return u"buddy_debrief"_s;
    case SessionKind::Huddle:
        return u"huddle"_s;
    }
    return {};
}

std::optional<SessionKind> sessionKindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower().replace(u'-', u'_');
    if (k == u"one_on_one"_s || k == u"1on1"_s || k == u"one_to_one"_s)
        return SessionKind::OneOnOne;
    if (k == u"buddy_debrief"_s || k == u"buddy"_s || k == u"debrief"_s)
        return SessionKind::BuddyDebrief;
    if (k == u"huddle"_s)
        return SessionKind::Huddle;
    return std::nullopt;
}

QString sessionStatusKey(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Planned:
        return u"planned"_s;
    case SessionStatus::Held:
        return u"held"_s;
    case SessionStatus::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<SessionStatus> sessionStatusFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"planned"_s)
        return SessionStatus::Planned;
    if (k == u"held"_s)
        return SessionStatus::Held;
    if (k == u"cancelled"_s || k == u"canceled"_s)
        return SessionStatus::Cancelled;
    return std::nullopt;
}

} // namespace coach
