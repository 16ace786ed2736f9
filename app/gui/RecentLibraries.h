// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/*
 * The libraries the user opened lately, most recent first, kept in QSettings
 * under "recentLibraries". Files that no longer exist are dropped when the
 * list is read, so the Open Recent menu never offers a dead entry.
 */
class RecentLibraries final
{
public:
    static constexpr int MaxCount = 8;

    [[nodiscard]] QStringList paths() const;
    [[nodiscard]] QString mostRecent() const;
    // Moves `path` to the front, adding it when new.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    void store(const QStringList &paths);
};
