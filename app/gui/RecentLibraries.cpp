// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentLibraries.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString Key = u"recentLibraries"_s;
} // namespace

QStringList RecentLibraries::paths() const
{
    const QStringList stored = QSettings().value(Key).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing << path;
    }
    return existing.mid(0, MaxCount);
}

QString RecentLibraries::mostRecent() const
{
    return paths().value(0);
}

void RecentLibraries::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QStringList current = paths();
    QStringList list = current;
    list.removeAll(absolute);
    list.prepend(absolute);
    list = list.mid(0, MaxCount);
    // Reopening the most recent library, as every start does, changes nothing;
    // writing anyway would make the start wait for QSettings' two file syncs.
    if (list != current)
        store(list);
}

void RecentLibraries::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentLibraries::clear()
{
    store({});
}

void RecentLibraries::store(const QStringList &paths)
{
    QSettings settings;
    if (paths.isEmpty())
        settings.remove(Key);
    else
        settings.setValue(Key, paths);
}
