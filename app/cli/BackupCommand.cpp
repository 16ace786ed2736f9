// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommand.h"

#include "core/TaskControl.h"
#include "storage/Database.h"

#include <QDir>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

QString BackupCommand::summary() const
{
    return tr("Copy the library to DEST, safely, even while it is in use");
}

void BackupCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"dest"_s, tr("The file to write the copy to (replaced if it exists)."),
                                 tr("DEST"));
}

int BackupCommand::execute(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: name the file to write the backup to") << u'\n';
        return Usage;
    }
    auto db = openLibrary(context);
    if (!db)
        return Failure;
    const bool tty = isatty(STDERR_FILENO);
    const TaskControl control([&](qint64 done, qint64 total, const QString &) {
        if (tty && total > 0) {
            context.err << u"\r"_s << tr("Backing up… %1%").arg(done * 100 / total);
            context.err.flush();
        }
    });
    const QString dest = parser.positionalArguments().constFirst();
    const auto result = db->backupTo(dest, &control);
    if (tty)
        context.err << u"\r\x1b[K"_s;
    if (!result)
        return report(result.error(), context);
    context.out << tr("Backed up %1 to %2").arg(QDir::toNativeSeparators(db->path()), QDir::toNativeSeparators(dest))
                << u'\n';
    return Success;
}

} // namespace coach::cli
