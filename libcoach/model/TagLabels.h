// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace coach {

/*
 * The built-in tags' labels in the user's language. The schema seeds them in
 * English, the source language (0001_initial.sql, 0002_schedule.sql); a label
 * the user has renamed is theirs and is shown as stored. Repositories read
 * labels through this (the SQL function coach_tag_label), so the vocabulary
 * reads the same in every view, export and filter. Thread-safe.
 */
class TagLabels final
{
public:
    // What to show for a tag with this key and stored label.
    [[nodiscard]] static QString display(QStringView key, const QString &stored);
    // The English label the schema seeds for a built-in key; empty for any other key.
    [[nodiscard]] static QString seeded(QStringView key);
};

} // namespace coach
