// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DemoLibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace coach {

QString DemoLibrary::recordingsDirectory()
{
    const QStringList candidates = {
        qEnvironmentVariable("COACH_DEMO_DIR"),
        QStringLiteral(COACH_SOURCE_DEMO_DIR),
        QStringLiteral(COACH_INSTALL_DATADIR) + u"/coachbench/demo"_s,
    };
    for (const QString &dir : candidates) {
        if (!dir.isEmpty() && QFileInfo::exists(dir + u"/manifest.csv"_s))
            return QDir(dir).absolutePath();
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
