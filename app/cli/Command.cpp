// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

int Command::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    addOptions(parser);
    if (!parser.parse(QStringList{ u"coach "_s + name() } + arguments)) {
        context.err << parser.errorText() << u'\n';
        context.err << tr("Run “coach %1 --help” for its options.").arg(name()) << u'\n';
        return Usage;
    }
    if (parser.isSet(u"help"_s)) {
        context.out << parser.helpText().replace(u"coach "_s + name() + u" [options]"_s,
                                                 u"coach [--library FILE] "_s + name() + u" [options]"_s);
        return Success;
    }
    return execute(parser, context);
}

std::unique_ptr<Database> Command::openLibrary(Context &context)
{
    auto db = Database::open(context.libraryPath);
    if (!db) {
        report(db.error(), context);
        return nullptr;
    }
    return std::move(*db);
}

int Command::report(const Error &error, Context &context)
{
    context.err << tr("error: %1").arg(error.message()) << u'\n';
    context.err.flush();
    return error.code() == ErrorCode::Cancelled ? Interrupted : Failure;
}

bool Command::readWeek(const QCommandLineParser &parser, Context &context, std::optional<IsoWeek> &week)
{
    if (!parser.isSet(u"week"_s))
        return true;
    const auto parsed = IsoWeek::parse(parser.value(u"week"_s));
    if (!parsed) {
        context.err << tr("error: %1").arg(parsed.error().message()) << u'\n';
        return false;
    }
    week = *parsed;
    return true;
}

} // namespace coach::cli
