// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleListCommand.h"

#include "ScheduleJson.h"
#include "schedule/ScheduleService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

QString ScheduleListCommand::summary() const
{
    return tr("List meetings in a date range, series expanded, conflicts marked");
}

void ScheduleListCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ u"from"_s, tr("First day (YYYY-MM-DD; default today)."), tr("DATE") });
    parser.addOption({ u"to"_s, tr("Last day, included (YYYY-MM-DD; default two weeks on)."), tr("DATE") });
    parser.addOption({ u"json"_s, tr("Print a JSON array (see the README for its fields).") });
}

int ScheduleListCommand::execute(const QCommandLineParser &parser, Context &context)
{
    QDate from = QDate::currentDate();
    QDate to = from.addDays(13);
    for (const auto &[option, date] : { std::pair{ u"from"_s, &from }, std::pair{ u"to"_s, &to } }) {
        if (!parser.isSet(option))
            continue;
        *date = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!date->isValid()) {
            context.err << tr("error: --%1 “%2” is not a date (YYYY-MM-DD)").arg(option, parser.value(option)) << u'\n';
            return Usage;
        }
    }
    if (to < from) {
        context.err << tr("error: --to is before --from") << u'\n';
        return Usage;
    }
    auto db = openLibrary(context);
    if (!db)
        return Failure;
    // Days are this machine's days; instants stay UTC inside.
    const QDateTime start(from, QTime(0, 0), QTimeZone::systemTimeZone());
    const QDateTime end(to.addDays(1), QTime(0, 0), QTimeZone::systemTimeZone());
    auto occurrences = ScheduleService(*db).occurrences(start.toUTC(), end.toUTC());
    if (!occurrences)
        return report(occurrences.error(), context);
    const auto names = ScheduleJson::repNames(*db);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Occurrence &o : *occurrences)
            array.append(ScheduleJson::occurrence(o, names));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QString row = u"%1  %2  %3  %4  %5  %6\n"_s;
    context.out << row.arg(tr("ID"), 5).arg(tr("START"), -16).arg(tr("MIN"), 4).arg(tr("STATUS"), -9).arg(tr("!"), 1)
                           .arg(tr("TITLE"));
    for (const Occurrence &o : *occurrences) {
        context.out << row.arg(o.sessionId.value(), 5)
                               .arg(o.start.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), -16)
                               .arg(o.start.secsTo(o.end) / 60, 4)
                               .arg(sessionStatusKey(o.status), -9)
                               .arg(o.conflicting ? u"!"_s : u" "_s, 1)
                               .arg(o.title);
    }
    return Success;
}

} // namespace coach::cli
