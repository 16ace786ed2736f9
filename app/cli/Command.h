// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/IsoWeek.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

namespace coach {
class Database;
}

namespace coach::cli {

// Exit statuses shared by every subcommand, documented in the README.
enum ExitStatus { Success = 0, Failure = 1, Usage = 2, Interrupted = 130 };

// What every subcommand gets from `coach` itself.
struct Context
{
    QString libraryPath;
    QTextStream &out;
    QTextStream &err;
};

/*
 * One `coach` subcommand. Each parses its own options (so `coach import --help`
 * describes import) and returns an exit status; errors go to stderr as one
 * line naming the file and the cause.
 */
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    virtual ~Command() = default;

    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString summary() const = 0;

    int run(const QStringList &arguments, Context &context);

protected:
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual int execute(const QCommandLineParser &parser, Context &context) = 0;

    // Opens the library, or prints why not and returns null.
    [[nodiscard]] static std::unique_ptr<Database> openLibrary(Context &context);
    static int report(const Error &error, Context &context);
    // The --week option ("2026-W48") into `week`, left as it is when the option
    // is absent; false, after saying why on stderr, when it does not parse.
    [[nodiscard]] static bool readWeek(const QCommandLineParser &parser, Context &context, std::optional<IsoWeek> &week);
};

} // namespace coach::cli
