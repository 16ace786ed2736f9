// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace coach {

enum class SessionKind { OneOnOne, BuddyDebrief, Huddle };
enum class SessionStatus { Planned, Held, Cancelled };

// The untranslated keys stored in the library and written to X-COACHBENCH-* properties.
[[nodiscard]] QString sessionKindKey(SessionKind kind);
[[nodiscard]] std::optional<SessionKind> sessionKindFromKey(const QString &key);
[[nodiscard]] QString sessionStatusKey(SessionStatus status);
[[nodiscard]] std::optional<SessionStatus> sessionStatusFromKey(const QString &key);

} // namespace coach
