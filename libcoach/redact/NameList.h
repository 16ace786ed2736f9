// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace coach {

/*
 * The embedded word lists the detector consults: common given names and
 * surnames, taken from the most frequent entries of the US Census Bureau's
 * 1990 name frequency lists (a US government work, public domain) with a
 * few common European given names added; and the capitalised words that
 * start sentences or name things other than people ("Monday", "Thanks",
 * "Visa"), which must never be taken for a name. Lookups are case-insensitive.
 */
class NameList final
{
public:
    [[nodiscard]] static bool isGivenName(QStringView word);
    [[nodiscard]] static bool isSurname(QStringView word);
    // Capitalised for reasons other than being a name.
    [[nodiscard]] static bool isNotAName(QStringView word);
    // An ordinary English word (from SCOWL via Debian's wamerican-small, see
    // data/english-words.COPYRIGHT): "Comedy" capitalised in a title is still not a name.
    [[nodiscard]] static bool isCommonWord(QStringView word);
};

} // namespace coach
