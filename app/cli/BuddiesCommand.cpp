// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuddiesCommand.h"

#include "ScheduleJson.h"
#include "schedule/BuddyPlanner.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

QString BuddiesCommand::summary() const
{
    return tr("Propose this month's buddy pairs (rotating, no repeats)");
}

void BuddiesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"verb"_s, tr("propose"), tr("propose"));
    parser.addOption({ u"month"_s, tr("The month (YYYY-MM)."), tr("MONTH") });
    parser.addOption({ u"team"_s, tr("Only this team (default: every team)."), tr("NAME") });
    parser.addOption({ u"trio"_s, tr("With an odd team, the rep left over joins a pair instead of sitting out.") });
    parser.addOption({ u"save"_s, tr("Keep the proposal as the month's pairs, so later months rotate on.") });
    parser.addOption({ u"json"_s, tr("Print a JSON array (see the README for its fields).") });
}

int BuddiesCommand::execute(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments() != QStringList{ u"propose"_s }) {
        context.err << tr("error: the buddies command knows one verb: propose") << u'\n';
        return Usage;
    }
    const QString month = parser.value(u"month"_s);
    if (!QDate::fromString(month + u"-01"_s, Qt::ISODate).isValid() || month.size() != 7) {
        context.err << tr("error: --month takes a month as YYYY-MM") << u'\n';
        return Usage;
    }
    auto db = openLibrary(context);
    if (!db)
        return Failure;
    auto teams = PeopleRepository(*db).teams();
    if (!teams)
        return report(teams.error(), context);
    QList<Team> chosen;
    if (parser.isSet(u"team"_s)) {
        const QString wanted = parser.value(u"team"_s);
        const auto it = std::find_if(teams->cbegin(), teams->cend(), [&](const Team &t) {
            return t.name.compare(wanted, Qt::CaseInsensitive) == 0;
        });
        if (it == teams->cend()) {
            context.err << tr("error: there is no team “%1” in the library").arg(wanted) << u'\n';
            return Failure;
        }
        chosen.append(*it);
    } else {
        chosen = *teams;
    }
    const auto mode = parser.isSet(u"trio"_s) ? BuddyRotation::OddMode::Trio : BuddyRotation::OddMode::Bye;
    const auto names = ScheduleJson::repNames(*db);
    BuddyPlanner planner(*db);
    QJsonArray json;
    for (const Team &team : chosen) {
        auto proposal = planner.propose(team.id, month, mode);
        if (!proposal)
            return report(proposal.error(), context);
        if (parser.isSet(u"save"_s)) {
            if (auto saved = planner.save(team.id, month, proposal->pairs); !saved)
                return report(saved.error(), context);
        }
        QJsonArray pairs;
        for (const BuddyPair &p : proposal->pairs)
            pairs.append(ScheduleJson::names(p.members(), names));
        json.append(QJsonObject{ { u"team"_s, team.name },
                                 { u"month"_s, month },
                                 { u"round"_s, proposal->round },
                                 { u"new_cycle"_s, proposal->newCycle },
                                 { u"saved"_s, parser.isSet(u"save"_s) },
                                 { u"pairs"_s, pairs },
                                 { u"unpaired"_s, ScheduleJson::names(proposal->unpaired, names) } });
        if (parser.isSet(u"json"_s))
            continue;
        context.out << tr("%1, %2:").arg(team.name, month) << u'\n';
        for (const QJsonValue &p : pairs) {
            QStringList members;
            for (const QJsonValue &m : p.toArray())
                members.append(m.toString());
            context.out << u"  "_s << members.join(u" + "_s) << u'\n';
        }
        for (RepId r : proposal->unpaired)
            context.out << u"  "_s << tr("%1 sits out this month").arg(names.value(r.value())) << u'\n';
    }
    if (parser.isSet(u"json"_s))
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace coach::cli
