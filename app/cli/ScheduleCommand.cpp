// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleCommand.h"

#include "ScheduleAddCommand.h"
#include "ScheduleExportCommand.h"
#include "ScheduleImportCommand.h"
#include "ScheduleListCommand.h"

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

ScheduleCommand::ScheduleCommand()
{
    m_verbs.push_back(std::make_unique<ScheduleAddCommand>());
    m_verbs.push_back(std::make_unique<ScheduleListCommand>());
    m_verbs.push_back(std::make_unique<ScheduleExportCommand>());
    m_verbs.push_back(std::make_unique<ScheduleImportCommand>());
}

ScheduleCommand::~ScheduleCommand() = default;

QString ScheduleCommand::summary() const
{
    return tr("Plan one-on-ones, buddy debriefs and huddles; .ics in and out");
}

void ScheduleCommand::addOptions(QCommandLineParser &parser)
{
    // Everything after the verb belongs to the verb's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    QString verbs;
    for (const auto &verb : m_verbs)
        verbs += u"\n  "_s + verb->name().section(u' ', 1) + u"  "_s + verb->summary();
    parser.addPositionalArgument(u"verb"_s, tr("One of:%1").arg(verbs), tr("VERB [options]"));
}

int ScheduleCommand::execute(const QCommandLineParser &parser, Context &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        context.err << tr("error: say what to do: add, list, export-ics or import-ics") << u'\n';
        return Usage;
    }
    for (const auto &verb : m_verbs) {
        if (verb->name().section(u' ', 1) == args.constFirst())
            return verb->run(args.mid(1), context);
    }
    context.err << tr("error: unknown schedule verb “%1”; use add, list, export-ics or import-ics")
                           .arg(args.constFirst())
                << u'\n';
    return Usage;
}

} // namespace coach::cli
