// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <compare>

namespace coach {

/*
 * A row id that knows what it identifies, so a RepId cannot be passed where a
 * CallId is expected. Zero means "not stored yet".
 */
template<typename Tag>
class Id final
{
public:
    constexpr Id() = default;
    constexpr explicit Id(qint64 value)
        : m_value(value)
    {
    }

    [[nodiscard]] constexpr qint64 value() const { return m_value; }
    [[nodiscard]] constexpr bool isValid() const { return m_value > 0; }

    friend constexpr auto operator<=>(Id, Id) = default;

private:
    qint64 m_value = 0;
};

using CallId = Id<struct CallTag>;
using RepId = Id<struct RepTag>;
using TeamId = Id<struct TeamTag>;
using TagId = Id<struct TagTag>;
using TranscriptId = Id<struct TranscriptTag>;
using AnnotationId = Id<struct AnnotationTag>;

} // namespace coach
