// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListCommand.h"

#include "CallJson.h"
#include "core/DurationFormat.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QIODevice>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

namespace {

const QHash<QString, CallQuery::Sort> &sortKeys()
{
    static const QHash<QString, CallQuery::Sort> keys = {
        { u"date"_s, CallQuery::Sort::StartedAt }, { u"rep"_s, CallQuery::Sort::Rep },
        { u"team"_s, CallQuery::Sort::Team },      { u"duration"_s, CallQuery::Sort::Duration },
        { u"channels"_s, CallQuery::Sort::Channels }, { u"csat"_s, CallQuery::Sort::Csat },
        { u"queue"_s, CallQuery::Sort::Queue },    { u"file"_s, CallQuery::Sort::File },
    };
    return keys;
}

} // namespace

QString ListCommand::summary() const
{
    return tr("List the calls in the library, newest first");
}

void ListCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ u"json"_s, tr("Print a JSON array (see the README for its fields).") });
    parser.addOption({ u"limit"_s, tr("Print at most N calls."), tr("N") });
    parser.addOption({ u"offset"_s, tr("Skip the first N calls."), tr("N"), u"0"_s });
    parser.addOption({ u"sort"_s, tr("Sort by date, rep, team, duration, channels, csat, queue or file."),
                       tr("KEY"), u"date"_s });
    parser.addOption({ u"ascending"_s, tr("Sort in ascending order (the default is descending).") });
    parser.addOption({ u"filter"_s, tr("Only calls whose rep, team, queue, customer, file or tags "
                                       "contain every word of TEXT."),
                       tr("TEXT") });
    parser.addOption({ u"team"_s, tr("Only calls of this team."), tr("NAME") });
    parser.addOption({ u"from"_s, tr("Only calls on or after this date (YYYY-MM-DD)."), tr("DATE") });
    parser.addOption({ u"to"_s, tr("Only calls on or before this date (YYYY-MM-DD)."), tr("DATE") });
}

int ListCommand::execute(const QCommandLineParser &parser, Context &context)
{
    CallQuery query;
    const QString sort = parser.value(u"sort"_s).toLower();
    if (!sortKeys().contains(sort)) {
        context.err << tr("error: cannot sort by “%1”").arg(sort) << u'\n';
        return Usage;
    }
    query.sort = sortKeys().value(sort);
    query.descending = !parser.isSet(u"ascending"_s);
    query.text = parser.value(u"filter"_s);
    bool ok = true;
    const int limit = parser.isSet(u"limit"_s) ? parser.value(u"limit"_s).toInt(&ok) : -1;
    bool offsetOk = true;
    const int offset = parser.value(u"offset"_s).toInt(&offsetOk);
    if (!ok || !offsetOk || offset < 0) {
        context.err << tr("error: --limit and --offset take a whole number") << u'\n';
        return Usage;
    }
    for (const auto &[option, date] : { std::pair{ u"from"_s, &query.from }, std::pair{ u"to"_s, &query.to } }) {
        if (!parser.isSet(option))
            continue;
        *date = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!date->isValid()) {
            context.err << tr("error: --%1 “%2” is not a date (YYYY-MM-DD)").arg(option, parser.value(option))
                        << u'\n';
            return Usage;
        }
    }

    auto db = openLibrary(context);
    if (!db)
        return Failure;
    if (parser.isSet(u"team"_s)) {
        auto teams = PeopleRepository(*db).teams();
        if (!teams)
            return report(teams.error(), context);
        const QString wanted = parser.value(u"team"_s);
        const auto it = std::find_if(teams->cbegin(), teams->cend(), [&](const Team &t) {
            return t.name.compare(wanted, Qt::CaseInsensitive) == 0;
        });
        if (it == teams->cend()) {
            context.err << tr("error: there is no team “%1” in the library").arg(wanted) << u'\n';
            return Failure;
        }
        query.team = it->id;
    }

    // SQLite reads LIMIT -1 as "no limit".
    const auto calls = CallRepository(*db).list(query, offset, limit);
    if (!calls)
        return report(calls.error(), context);

    if (parser.isSet(u"json"_s)) {
        const QByteArray json = CallJson::summaryArray(*calls);
        // UTF-8 already: straight to the stream's file, not through QString and back.
        context.out.flush();
        if (QIODevice *device = context.out.device())
            device->write(json);
        else
            context.out << QString::fromUtf8(json);
        return Success;
    }
    const QString row = u"%1  %2  %3  %4  %5  %6  %7  %8\n"_s;
    context.out << row.arg(tr("ID"), 6)
                           .arg(tr("DATE"), -16)
                           .arg(tr("REP"), -18)
                           .arg(tr("TEAM"), -14)
                           .arg(tr("LENGTH"), 8)
                           .arg(tr("CH"), 2)
                           .arg(tr("CSAT"), 4)
                           .arg(tr("QUEUE"));
    for (const Call &call : *calls) {
        context.out << row.arg(call.id.value(), 6)
                               .arg(call.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), -16)
                               .arg(call.repName.left(18), -18)
                               .arg(call.teamName.left(14), -14)
                               .arg(formatDuration(call.audio.durationMs), 8)
                               .arg(call.audio.channels, 2)
                               .arg(call.csat ? QString::number(*call.csat) : u"—"_s, 4)
                               .arg(call.queue);
    }
    return Success;
}

} // namespace coach::cli
