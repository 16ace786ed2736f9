// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleAddCommand.h"

#include "ScheduleJson.h"
#include "schedule/ScheduleService.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

QString ScheduleAddCommand::summary() const
{
    return tr("Add a session or a series, checked for conflicts first");
}

void ScheduleAddCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ u"kind"_s, tr("one-on-one, buddy-debrief or huddle."), tr("KIND"), u"one-on-one"_s });
    parser.addOption({ u"rep"_s, tr("A participant, by name; repeat for several."), tr("NAME") });
    parser.addOption({ u"start"_s, tr("The first meeting, local time in --tz (YYYY-MM-DDTHH:MM)."), tr("TIME") });
    parser.addOption({ u"duration"_s, tr("Length in minutes."), tr("MIN"), u"30"_s });
    parser.addOption({ u"tz"_s, tr("IANA time zone the series follows (default: this machine's)."), tr("ZONE") });
    parser.addOption({ u"rrule"_s, tr("Repeat rule (RFC 5545), e.g. FREQ=WEEKLY;INTERVAL=2;COUNT=10."), tr("RULE") });
    parser.addOption({ u"title"_s, tr("Title shown in calendars."), tr("TEXT") });
    parser.addOption({ u"location"_s, tr("A room or a meeting link."), tr("TEXT") });
    parser.addOption({ u"agenda"_s, tr("What the invitation says (never the private notes)."), tr("TEXT") });
    parser.addOption({ u"organiser"_s, tr("Organiser's name."), tr("NAME") });
    parser.addOption({ u"organiser-email"_s, tr("Organiser's e-mail."), tr("EMAIL") });
    parser.addOption({ u"allow-conflicts"_s, tr("Save even if it overlaps other meetings or busy time.") });
    parser.addOption({ u"json"_s, tr("Print the stored session as JSON.") });
}

int ScheduleAddCommand::execute(const QCommandLineParser &parser, Context &context)
{
    const auto kind = sessionKindFromKey(parser.value(u"kind"_s));
    if (!kind) {
        context.err << tr("error: --kind is one-on-one, buddy-debrief or huddle, not “%1”").arg(parser.value(u"kind"_s))
                    << u'\n';
        return Usage;
    }
    const QString zone = parser.isSet(u"tz"_s) ? parser.value(u"tz"_s)
                                               : QString::fromUtf8(QTimeZone::systemTimeZoneId());
    // isTimeZoneIdAvailable() only knows zone.tab's places, not "Etc/UTC",
    // which is what a server or container reports as its own zone.
    if (!QTimeZone(zone.toUtf8()).isValid() && zone != u"UTC"_s) {
        context.err << tr("error: unknown time zone “%1”").arg(zone) << u'\n';
        return Usage;
    }
    if (!parser.isSet(u"start"_s) || parser.values(u"rep"_s).isEmpty()) {
        context.err << tr("error: a session needs --start and at least one --rep") << u'\n';
        return Usage;
    }
    const QDateTime start = ScheduleJson::parseLocal(parser.value(u"start"_s), zone);
    if (!start.isValid()) {
        context.err << tr("error: --start “%1” is not a time (YYYY-MM-DDTHH:MM)").arg(parser.value(u"start"_s))
                    << u'\n';
        return Usage;
    }
    bool ok = false;
    const int duration = parser.value(u"duration"_s).toInt(&ok);
    if (!ok || duration <= 0) {
        context.err << tr("error: --duration takes a number of minutes") << u'\n';
        return Usage;
    }

    auto db = openLibrary(context);
    if (!db)
        return Failure;
    auto reps = PeopleRepository(*db).reps();
    if (!reps)
        return report(reps.error(), context);
    Session s;
    s.kind = *kind;
    for (const QString &name : parser.values(u"rep"_s)) {
        const auto it = std::find_if(reps->cbegin(), reps->cend(), [&](const Rep &r) {
            return r.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (it == reps->cend()) {
            context.err << tr("error: there is no rep “%1” in the library").arg(name) << u'\n';
            return Failure;
        }
        s.participants.append(it->id);
    }
    s.start = start.toUTC();
    s.durationMin = duration;
    s.timeZone = zone == u"UTC"_s ? QString() : zone;
    s.rrule = parser.value(u"rrule"_s);
    s.location = parser.value(u"location"_s);
    s.agenda = parser.value(u"agenda"_s);
    s.organiser = parser.value(u"organiser"_s);
    s.organiserEmail = parser.value(u"organiser-email"_s);
    s.title = parser.value(u"title"_s);
    if (s.title.isEmpty()) {
        const auto repNames = ScheduleJson::repNames(*db);
        QStringList names;
        for (RepId r : s.participants)
            names.append(repNames.value(r.value()));
        s.title = s.kind == SessionKind::Huddle ? tr("Weekly huddle")
                : s.kind == SessionKind::BuddyDebrief ? tr("Buddy debrief: %1").arg(names.join(u" & "_s))
                                                      : tr("One-on-one: %1").arg(names.join(u", "_s));
    }
    SaveOptions options;
    options.allowConflicts = parser.isSet(u"allow-conflicts"_s);
    auto stored = ScheduleService(*db).addSession(s, options);
    if (!stored)
        return report(stored.error(), context);
    if (parser.isSet(u"json"_s)) {
        context.out << QString::fromUtf8(QJsonDocument(ScheduleJson::session(*stored, ScheduleJson::repNames(*db)))
                                                 .toJson(QJsonDocument::Indented));
        return Success;
    }
    context.out << tr("Added session %1 “%2” (UID %3)").arg(stored->id.value()).arg(stored->title, stored->icalUid)
                << u'\n';
    return Success;
}

} // namespace coach::cli
