// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DemoLibrary.h"

#include "services/AnnotationImporter.h"
#include "storage/AnnotationRepository.h"
#include "storage/CallRepository.h"

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

Result<int> DemoLibrary::addAnnotations(const Database &db)
{
    const QString folder = recordingsDirectory();
    if (folder.isEmpty())
        return 0;
    const CallRepository calls(db);
    const AnnotationRepository annotations(db);
    const AnnotationImporter importer(db);
    // The demo is six calls; one page holds every call of a library that has them.
    const auto all = calls.list(CallQuery(), 0, 10'000);
    if (!all)
        return std::unexpected(all.error());
    int added = 0;
    for (const Call &call : *all) {
        const QFileInfo recording(call.recordingPath);
        if (QFileInfo(recording.absolutePath()).canonicalFilePath() != folder)
            continue;
        const QString path = recording.dir().filePath(recording.completeBaseName() + u".annotations.csv"_s);
        if (!QFileInfo::exists(path))
            continue;
        const auto existing = annotations.forCall(call.id);
        if (!existing)
            return std::unexpected(existing.error());
        if (!existing->isEmpty())
            continue; // the user's own marks stay as they are
        const auto prepared = importer.prepare(call.id, path, AnnotationFormat::Kind::Csv);
        if (!prepared)
            return std::unexpected(prepared.error());
        const auto stored = importer.store(prepared->annotations);
        if (!stored)
            return std::unexpected(stored.error());
        added += int(stored->size());
    }
    return added;
}

} // namespace coach
