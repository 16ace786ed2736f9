// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleImportCommand.h"

#include "schedule/CalendarTransfer.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

QString ScheduleImportCommand::summary() const
{
    return tr("Read an .ics file as busy time or as sessions (all or nothing)");
}

void ScheduleImportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"file"_s, tr("The .ics file."), tr("FILE"));
    parser.addOption({ u"as-busy"_s, tr("Store its events as busy time for conflict checks (the default).") });
    parser.addOption({ u"as-sessions"_s, tr("Store its events as sessions.") });
    parser.addOption({ u"rep"_s, tr("Whose busy time it is (default: the organiser's)."), tr("NAME") });
    parser.addOption({ u"from"_s, tr("Busy time from this day (YYYY-MM-DD; default today)."), tr("DATE") });
    parser.addOption({ u"to"_s, tr("Busy time up to this day (YYYY-MM-DD; default a year on)."), tr("DATE") });
    parser.addOption({ u"allow-past"_s, tr("Sessions: accept meetings that are over.") });
    parser.addOption({ u"allow-conflicts"_s, tr("Sessions: accept overlapping meetings.") });
    parser.addOption({ u"json"_s, tr("Print what was stored as JSON.") });
}

int ScheduleImportCommand::execute(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: name one .ics file") << u'\n';
        return Usage;
    }
    if (parser.isSet(u"as-busy"_s) && parser.isSet(u"as-sessions"_s)) {
        context.err << tr("error: choose --as-busy or --as-sessions, not both") << u'\n';
        return Usage;
    }
    CalendarTransfer::ImportOptions options;
    options.mode = parser.isSet(u"as-sessions"_s) ? CalendarTransfer::ImportMode::Sessions
                                                  : CalendarTransfer::ImportMode::BusyTime;
    options.allowPast = parser.isSet(u"allow-past"_s);
    options.allowConflicts = parser.isSet(u"allow-conflicts"_s);
    for (const auto &[option, target] : { std::pair{ u"from"_s, &options.from }, std::pair{ u"to"_s, &options.to } }) {
        if (!parser.isSet(option))
            continue;
        const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!date.isValid()) {
            context.err << tr("error: --%1 “%2” is not a date (YYYY-MM-DD)").arg(option, parser.value(option)) << u'\n';
            return Usage;
        }
        *target = QDateTime(option == u"to"_s ? date.addDays(1) : date, QTime(0, 0), QTimeZone::systemTimeZone());
    }
    auto db = openLibrary(context);
    if (!db)
        return Failure;
    if (parser.isSet(u"rep"_s)) {
        auto reps = PeopleRepository(*db).reps();
        if (!reps)
            return report(reps.error(), context);
        const QString wanted = parser.value(u"rep"_s);
        const auto it = std::find_if(reps->cbegin(), reps->cend(), [&](const Rep &r) {
            return r.name.compare(wanted, Qt::CaseInsensitive) == 0;
        });
        if (it == reps->cend()) {
            context.err << tr("error: there is no rep “%1” in the library").arg(wanted) << u'\n';
            return Failure;
        }
        options.busyOwner = it->id;
    }
    const QString file = parser.positionalArguments().constFirst();
    auto result = CalendarTransfer(*db).importFile(file, options);
    if (!result)
        return report(result.error(), context);
    if (parser.isSet(u"json"_s)) {
        const QJsonObject json{ { u"file"_s, QDir::toNativeSeparators(file) },
                                { u"events"_s, result->events },
                                { u"busy_blocks"_s, result->busyBlocks },
                                { u"sessions_added"_s, result->sessionsAdded },
                                { u"sessions_updated"_s, result->sessionsUpdated } };
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (options.mode == CalendarTransfer::ImportMode::BusyTime)
        context.out << tr("%1: %2 event(s), %3 busy block(s) stored")
                               .arg(QDir::toNativeSeparators(file))
                               .arg(result->events)
                               .arg(result->busyBlocks)
                    << u'\n';
    else
        context.out << tr("%1: %2 session(s) added, %3 updated")
                               .arg(QDir::toNativeSeparators(file))
                               .arg(result->sessionsAdded)
                               .arg(result->sessionsUpdated)
                    << u'\n';
    return Success;
}

} // namespace coach::cli
