// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "InterruptGuard.h"
#include "core/TaskControl.h"
#include "services/ImportService.h"
#include "storage/Database.h"

#include <QFileInfo>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

QString ImportCommand::summary() const
{
    return tr("Import recordings (files or folders) into the library");
}

void ImportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"paths"_s, tr("Recordings or folders of recordings (searched recursively)."),
                                 tr("PATH…"));
    parser.addOption({ u"manifest"_s, tr("A CSV of call metadata whose header names the columns."),
                       tr("CSV") });
    parser.addOption({ { u"q"_s, u"quiet"_s }, tr("Print only failures and the summary.") });
}

int ImportCommand::execute(const QCommandLineParser &parser, Context &context)
{
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        context.err << tr("error: name at least one recording or folder to import") << u'\n';
        return Usage;
    }
    auto db = openLibrary(context);
    if (!db)
        return Failure;

    const bool quiet = parser.isSet(u"quiet"_s);
    const bool tty = isatty(STDERR_FILENO);
    // Progress rewrites one line on a terminal; a log gets one line per file instead.
    TaskControl control([&](qint64 done, qint64 total, const QString &what) {
        if (!tty || quiet)
            return;
        context.err << u"\r\x1b[K"_s << tr("[%1/%2] %3").arg(done).arg(total).arg(QFileInfo(what).fileName());
        context.err.flush();
    });
    const InterruptGuard interruptGuard(control);

    ImportService service(*db);
    const auto summary = service.run({ paths, parser.value(u"manifest"_s) }, control, [&](const ImportItem &item) {
        if (tty && !quiet)
            context.err << u"\r\x1b[K"_s;
        if (item.outcome == ImportItem::Outcome::Failed) {
            context.err << tr("error: %1").arg(item.message) << u'\n';
            context.err.flush();
        } else if (!quiet) {
            context.out << item.message << u'\n';
            context.out.flush();
        }
    });
    if (tty && !quiet)
        context.err << u"\r\x1b[K"_s;
    if (!summary)
        return report(summary.error(), context);

    for (const QString &warning : summary->warnings)
        context.err << tr("warning: %1").arg(warning) << u'\n';
    context.err.flush();
    context.out << tr("Imported %n call(s)", nullptr, summary->imported) << u", "_s
                << tr("%n duplicate(s) skipped", nullptr, summary->duplicates) << u", "_s
                << tr("%n moved recording(s) found again", nullptr, summary->relinked) << u", "_s
                << tr("%n failed", nullptr, summary->failed) << u'\n';
    if (summary->cancelled) {
        context.err << tr("Import cancelled; the calls imported so far are kept.") << u'\n';
        return Interrupted;
    }
    return summary->failed > 0 ? Failure : Success;
}

} // namespace coach::cli
