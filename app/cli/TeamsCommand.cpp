// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamsCommand.h"

#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

namespace {

// What a user may type for "the machine's zone".
bool meansLocal(const QString &zone)
{
    return zone.compare(u"local"_s, Qt::CaseInsensitive) == 0 || zone.compare(u"system"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

QString TeamsCommand::summary() const
{
    return tr("List the teams and their time zones; set a team's time zone");
}

void TeamsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"verb"_s,
                                 tr("Nothing to list the teams, or “set-zone TEAM ZONE”: the IANA time zone "
                                    "(e.g. Pacific/Auckland) the team's highlight weeks are read in, or “local” "
                                    "for this machine's."),
                                 tr("[set-zone TEAM ZONE]"));
    parser.addOption({ u"json"_s, tr("Print a JSON array (see the README for its fields).") });
}

int TeamsCommand::execute(const QCommandLineParser &parser, Context &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return list(parser, context);
    if (args.constFirst() == u"set-zone"_s) {
        if (args.size() != 3) {
            context.err << tr("error: set-zone takes a team and a time zone, as in "
                              "“coach teams set-zone Billing Europe/Berlin”")
                        << u'\n';
            return Usage;
        }
        return setZone(args.at(1), args.at(2), context);
    }
    context.err << tr("error: unknown teams verb “%1”; use set-zone, or nothing to list").arg(args.constFirst())
                << u'\n';
    return Usage;
}

int TeamsCommand::list(const QCommandLineParser &parser, Context &context)
{
    auto db = openLibrary(context);
    if (!db)
        return Failure;
    const auto teams = PeopleRepository(*db).teams();
    if (!teams)
        return report(teams.error(), context);
    const QString machine = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (parser.isSet(u"json"_s)) {
        QJsonArray json;
        for (const Team &team : *teams) {
            json.append(QJsonObject{
                    { u"id"_s, team.id.value() },
                    { u"name"_s, team.name },
                    { u"time_zone"_s, team.timeZone.isEmpty() ? QJsonValue(QJsonValue::Null) : team.timeZone },
                    { u"effective_time_zone"_s, team.timeZone.isEmpty() ? machine : team.timeZone },
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (teams->isEmpty()) {
        context.out << tr("No teams yet: import calls with a manifest that names each rep's team.") << u'\n';
        return Success;
    }
    qsizetype width = 0;
    for (const Team &team : *teams)
        width = std::max(width, team.name.size());
    for (const Team &team : *teams) {
        const QString zone = team.timeZone.isEmpty() ? tr("%1 (this machine's)").arg(machine) : team.timeZone;
        context.out << u"%1  %2"_s.arg(team.name, -int(width)).arg(zone) << u'\n';
    }
    return Success;
}

int TeamsCommand::setZone(const QString &reference, const QString &zone, Context &context)
{
    auto db = openLibrary(context);
    if (!db)
        return Failure;
    PeopleRepository people(*db);
    const auto teams = people.teams();
    if (!teams)
        return report(teams.error(), context);
    bool isNumber = false;
    const qint64 number = reference.toLongLong(&isNumber);
    const auto found = std::find_if(teams->cbegin(), teams->cend(), [&](const Team &team) {
        return team.name.compare(reference.trimmed(), Qt::CaseInsensitive) == 0
                || (isNumber && team.id.value() == number);
    });
    if (found == teams->cend()) {
        QStringList names;
        for (const Team &team : *teams)
            names << team.name;
        context.err << tr("error: %1: no team “%2” (teams: %3)")
                               .arg(QDir::toNativeSeparators(db->path()), reference,
                                    names.isEmpty() ? tr("none yet") : names.join(u", "_s))
                    << u'\n';
        return Failure;
    }
    const QString stored = meansLocal(zone) ? QString() : zone.trimmed();
    if (auto set = people.setTeamTimeZone(found->id, stored); !set)
        return report(set.error(), context);
    context.out << (stored.isEmpty() ? tr("%1 now reads its weeks in this machine's time zone (%2).")
                                               .arg(found->name, QString::fromUtf8(QTimeZone::systemTimeZoneId()))
                                     : tr("%1 now reads its weeks in %2.").arg(found->name, stored))
                << u'\n';
    return Success;
}

} // namespace coach::cli
