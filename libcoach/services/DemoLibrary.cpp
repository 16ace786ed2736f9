// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DemoLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace coach {

QString DemoLibrary::recordingsDirectory()
{
    // An installed copy is looked up relative to the running binary, so a
    // package installed under any prefix finds its own files, not the tree it was built from.
    const QString installed = QCoreApplication::applicationDirPath() + u"/../"_s
            + QStringLiteral(COACH_INSTALL_DATADIR_RELATIVE) + u"/coachbench/demo"_s;
    const QStringList candidates = {
        qEnvironmentVariable("COACH_DEMO_DIR"),
        installed,
        QStandardPaths::locate(QStandardPaths::GenericDataLocation, u"coachbench/demo"_s,
                               QStandardPaths::LocateDirectory),
        QStringLiteral(COACH_SOURCE_DEMO_DIR),
    };
    for (const QString &dir : candidates) {
        if (!dir.isEmpty() && QFileInfo::exists(dir + u"/manifest.csv"_s))
            return QDir(dir).canonicalPath();
    }
    return {};
}

QString DemoLibrary::manifestPath()
{
    const QString dir = recordingsDirectory();
    return dir.isEmpty() ? QString() : dir + u"/manifest.csv"_s;
}

QString DemoLibrary::databasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo.coachdb"_s;
}

} // namespace coach
