// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "BackupCommand.h"
#include "BuddiesCommand.h"
#include "CheckCommand.h"
#include "ClipCommand.h"
#include "ExportClipCommand.h"
#include "ImportCommand.h"
#include "ListCommand.h"
#include "PeaksCommand.h"
#include "ProbeCommand.h"
#include "ScheduleCommand.h"
#include "ShowCommand.h"
#include "TranscriptCommand.h"
#include "AttachCommand.h"
#include "AnnotateCommand.h"
#include "AnnotationsCommand.h"
#include "SearchCommand.h"
#include "RedactCommand.h"
#include "StandupPackCommand.h"
#include "HighlightCommand.h"
#include "TeamsCommand.h"
#include "storage/Database.h"

#include <QDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<ShowCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<ProbeCommand>());
    m_commands.push_back(std::make_unique<PeaksCommand>());
    m_commands.push_back(std::make_unique<ScheduleCommand>());
    m_commands.push_back(std::make_unique<BuddiesCommand>());
    m_commands.push_back(std::make_unique<TranscriptCommand>());
    m_commands.push_back(std::make_unique<AttachCommand>());
    m_commands.push_back(std::make_unique<AnnotateCommand>());
    m_commands.push_back(std::make_unique<AnnotationsCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<ClipCommand>());
    m_commands.push_back(std::make_unique<ExportClipCommand>());
    m_commands.push_back(std::make_unique<RedactCommand>());
    m_commands.push_back(std::make_unique<StandupPackCommand>());
    m_commands.push_back(std::make_unique<HighlightCommand>());
    m_commands.push_back(std::make_unique<TeamsCommand>());
}

QString CommandLine::usage() const
{
    QString text = tr("Usage: coach [--library FILE] COMMAND [options]\n\n"
                      "Reviews and manages a Coachbench library of recorded calls.\n\n"
                      "Options:\n"
                      "  --library FILE  the library to use (default: %1)\n"
                      "  -h, --help      show this help\n"
                      "  -v, --version   show the version\n\n"
                      "Commands:\n")
                           .arg(QDir::toNativeSeparators(Database::defaultPath()));
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, command->name().size());
    for (const auto &command : m_commands)
        text += u"  %1  %2\n"_s.arg(command->name(), -int(width)).arg(command->summary());
    text += u"\n"_s + tr("Run “coach COMMAND --help” for a command's options.") + u"\n"_s;
    return text;
}

int CommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Context context{ Database::defaultPath(), out, err };

    // Global options come before the command; everything after it is the command's.
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--library"_s || arg == u"-l"_s) {
            if (++i == arguments.size()) {
                err << tr("error: --library needs a file name") << u'\n';
                return Usage;
            }
            context.libraryPath = arguments.at(i);
        } else if (arg.startsWith(u"--library="_s)) {
            context.libraryPath = arg.mid(10);
        } else if (arg == u"-h"_s || arg == u"--help"_s) {
            out << usage();
            return Success;
        } else if (arg == u"-v"_s || arg == u"--version"_s) {
            out << u"coach "_s << QCoreApplication::applicationVersion() << u'\n';
            return Success;
        } else if (arg.startsWith(u'-')) {
            err << tr("error: unknown option “%1”").arg(arg) << u'\n' << usage();
            return Usage;
        } else {
            break;
        }
    }
    if (i == arguments.size()) {
        err << usage();
        return Usage;
    }
    const QString name = arguments.at(i);
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command->run(arguments.mid(i + 1), context);
    }
    err << tr("error: unknown command “%1”").arg(name) << u'\n' << usage();
    return Usage;
}

} // namespace coach::cli
