// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Id.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace coach {

class Database;
class TaskControl;

struct ImportRequest
{
    QStringList paths;    // files and folders; folders are walked recursively
    QString manifestPath; // optional CSV of call metadata
};

struct ImportItem
{
    enum class Outcome { Imported, Duplicate, Relinked, Failed };

    QString path;
    Outcome outcome = Outcome::Failed;
    QString message; // one line naming the file and what happened
    CallId call;
};

struct ImportSummary
{
    QList<ImportItem> items;
    QStringList warnings; // manifest: unknown columns, bad rows, unmatched rows
    int imported = 0;
    int duplicates = 0;
    int relinked = 0;
    int failed = 0;
    bool cancelled = false;
};

/*
 * Brings recordings into the library: walks folders, probes and fingerprints
 * files on all cores, attaches a transcript found beside each recording and
 * the manifest's metadata, and stores each call in its own transaction, so a
 * failure or a cancel leaves everything already stored intact.
 *
 * run() blocks; it uses the Database it is given, so call it on the thread that
 * opened that Database (a GUI opens one in its worker thread).
 */
class ImportService final
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)
public:
    explicit ImportService(Database &db)
        : m_db(db)
    {
    }

    // Called once per finished file, on the calling thread, in input order.
    using ItemFn = std::function<void(const ImportItem &)>;

    [[nodiscard]] Result<ImportSummary> run(const ImportRequest &request, TaskControl &control,
                                            const ItemFn &onItem = {});

    // The audio files under `paths`, in a stable order; others are ignored.
    [[nodiscard]] static QStringList collectRecordings(const QStringList &paths, QStringList *missing);
    [[nodiscard]] static bool isRecordingName(const QString &fileName);

private:
    Database &m_db;
};

} // namespace coach
