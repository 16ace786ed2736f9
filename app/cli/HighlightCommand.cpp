// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightCommand.h"

#include "CallArgument.h"
#include "core/DurationFormat.h"
#include "export/AnnotationFormat.h"
#include "services/HighlightCandidates.h"
#include "storage/Database.h"
#include "storage/HighlightRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/TagRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

namespace {

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue id(qint64 value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QString regionText(const std::optional<TimeRange> &region)
{
    if (!region)
        return HighlightCommand::tr("whole call");
    return formatDuration(region->startMs) + u'–' + formatDuration(region->endMs);
}

QString dateText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : HighlightCommand::tr("unknown date");
}

void printJson(const QJsonValue &value, Context &context)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    context.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace

QString HighlightCommand::summary() const
{
    return tr("Choose and list each team's weekly highlight call; rank a week's candidates");
}

QJsonObject HighlightCommand::highlightJson(const Highlight &h)
{
    return {
        { u"id"_s, h.id.value() },
        { u"team"_s, h.teamName },
        { u"team_id"_s, h.team.value() },
        { u"week"_s, h.week.toString() },
        { u"week_start"_s, h.week.monday().toString(Qt::ISODate) },
        { u"call_id"_s, h.call.value() },
        { u"rep"_s, text(h.repName) },
        { u"rep_id"_s, id(h.rep.value()) },
        { u"call_started_at"_s, time(h.callStartedAt) },
        { u"start_ms"_s, h.region ? QJsonValue(h.region->startMs) : QJsonValue(QJsonValue::Null) },
        { u"end_ms"_s, h.region ? QJsonValue(h.region->endMs) : QJsonValue(QJsonValue::Null) },
        { u"reason"_s, h.reason },
        { u"pattern_key"_s, text(h.patternKey) },
        { u"pattern_label"_s, text(h.patternLabel) },
        { u"chosen_by"_s, h.chosenBy },
        { u"chosen_at"_s, time(h.chosenAt) },
        { u"superseded_at"_s, time(h.supersededAt) },
        { u"current"_s, h.isCurrent() },
    };
}

QJsonObject HighlightCommand::candidateJson(const HighlightCandidate &c, int rank)
{
    return {
        { u"rank"_s, rank },
        { u"call_id"_s, c.call.value() },
        { u"rep"_s, text(c.repName) },
        { u"rep_id"_s, id(c.rep.value()) },
        { u"call_started_at"_s, time(c.callStartedAt) },
        { u"duration_ms"_s, c.callDurationMs },
        { u"start_ms"_s, c.region.startMs },
        { u"end_ms"_s, c.region.endMs },
        { u"comment"_s, c.regionComment },
        { u"pattern_key"_s, text(c.patternKey) },
        { u"pattern_label"_s, text(c.patternLabel) },
        { u"effective_confirmed"_s, c.effectiveConfirmed },
        { u"effective_suggested"_s, c.effectiveSuggested },
        { u"effective_ms"_s, c.effectiveMs },
        { u"pattern_count"_s, c.patternCount },
        { u"csat"_s, number(c.csat) },
        { u"felt_heard"_s, number(c.feltHeard) },
        // Rounded so the printed value does not change with floating-point noise.
        { u"score"_s, std::round(c.score * 1000.0) / 1000.0 },
    };
}

void HighlightCommand::addOptions(QCommandLineParser &parser)
{
    // Everything after the verb belongs to the verb's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addPositionalArgument(u"verb"_s,
                                 tr("One of:\n  set         choose a team's highlight call of a week\n"
                                    "  list        the highlights chosen so far\n"
                                    "  candidates  a week's calls with effective off-script moments, best first"),
                                 tr("VERB [options]"));
}

int HighlightCommand::execute(const QCommandLineParser &parser, Context &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        context.err << tr("error: say what to do: set, list or candidates") << u'\n';
        return Usage;
    }
    const QString verb = args.constFirst();
    if (verb == u"set"_s)
        return set(args.mid(1), context);
    if (verb == u"list"_s)
        return list(args.mid(1), context);
    if (verb == u"candidates"_s)
        return candidates(args.mid(1), context);
    context.err << tr("error: unknown highlight verb “%1”; use set, list or candidates").arg(verb) << u'\n';
    return Usage;
}

int HighlightCommand::parseVerb(QCommandLineParser &parser, const QString &verb, const QStringList &arguments,
                                Context &context) const
{
    parser.addHelpOption();
    const QString program = u"coach highlight "_s + verb;
    if (!parser.parse(QStringList{ program } + arguments)) {
        context.err << parser.errorText() << u'\n';
        context.err << tr("Run “%1 --help” for its options.").arg(program) << u'\n';
        return Usage;
    }
    if (parser.isSet(u"help"_s)) {
        context.out << parser.helpText().replace(program + u" [options]"_s,
                                                 u"coach [--library FILE] highlight "_s + verb + u" [options]"_s);
        return Success;
    }
    return -1;
}

Result<Team> HighlightCommand::findTeam(const Database &db, const QString &reference)
{
    const auto teams = PeopleRepository(db).teams();
    if (!teams)
        return std::unexpected(teams.error());
    bool isNumber = false;
    const qint64 number = reference.toLongLong(&isNumber);
    for (const Team &team : *teams) {
        if (team.name.compare(reference.trimmed(), Qt::CaseInsensitive) == 0 || (isNumber && team.id.value() == number))
            return team;
    }
    QStringList names;
    for (const Team &team : *teams)
        names << team.name;
    return fail(ErrorCode::NotFound, tr("%1: no team “%2” (teams: %3)")
                                             .arg(QDir::toNativeSeparators(db.path()), reference,
                                                  names.isEmpty() ? tr("none yet") : names.join(u", "_s)));
}

Result<Rep> HighlightCommand::findRep(const Database &db, const QString &reference)
{
    const auto reps = PeopleRepository(db).reps();
    if (!reps)
        return std::unexpected(reps.error());
    bool isNumber = false;
    const qint64 number = reference.toLongLong(&isNumber);
    for (const Rep &rep : *reps) {
        if (rep.name.compare(reference.trimmed(), Qt::CaseInsensitive) == 0 || (isNumber && rep.id.value() == number))
            return rep;
    }
    return fail(ErrorCode::NotFound,
                tr("%1: no rep “%2”").arg(QDir::toNativeSeparators(db.path()), reference));
}

int HighlightCommand::set(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Choose a team's highlight call of an ISO week. The previous choice "
                                        "stays in the week's history."));
    parser.addPositionalArgument(u"call"_s, tr("The call's id (from “coach list”) or its recording file."), tr("CALL"));
    parser.addOption({ u"team"_s, tr("The team (name or id); default: the call's rep's team."), tr("TEAM") });
    parser.addOption({ u"week"_s, tr("The ISO week, as 2026-W48; default: the week the call started in, "
                                     "in the team's time zone."),
                       tr("WEEK") });
    parser.addOption({ u"from"_s, tr("Start of the part to share (seconds such as 83.2, or m:ss)."), tr("S") });
    parser.addOption({ u"to"_s, tr("End of the part to share."), tr("S") });
    parser.addOption({ u"reason"_s, tr("Why this call: what the team should hear in it."), tr("TEXT") });
    parser.addOption({ u"pattern"_s, tr("The pattern it shows: a tag's key or label, or the start of either."),
                       tr("TAG") });
    parser.addOption({ u"by"_s, tr("Who chose it; default: the login name."), tr("NAME") });
    parser.addOption({ u"json"_s, tr("Print the stored highlight as JSON (see the README).") });
    if (const int status = parseVerb(parser, u"set"_s, arguments, context); status >= 0)
        return status;

    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: name one call, by id or recording file") << u'\n';
        return Usage;
    }
    if (parser.value(u"reason"_s).trimmed().isEmpty()) {
        context.err << tr("error: say why with --reason TEXT") << u'\n';
        return Usage;
    }
    if (parser.isSet(u"from"_s) != parser.isSet(u"to"_s)) {
        context.err << tr("error: give both --from and --to, or neither for the whole call") << u'\n';
        return Usage;
    }
    std::optional<TimeRange> region;
    if (parser.isSet(u"from"_s)) {
        const auto from = AnnotationFormat::parseSeconds(parser.value(u"from"_s));
        const auto to = AnnotationFormat::parseSeconds(parser.value(u"to"_s));
        if (!from) {
            context.err << tr("error: --from “%1” is not a time (seconds such as 83.2, or m:ss)")
                                   .arg(parser.value(u"from"_s))
                        << u'\n';
            return Usage;
        }
        if (!to || *to <= *from) {
            context.err << tr("error: --to “%1” is not a time after --from").arg(parser.value(u"to"_s)) << u'\n';
            return Usage;
        }
        region = TimeRange{ *from, *to };
    }
    std::optional<IsoWeek> week;
    if (!readWeek(parser, context, week))
        return Usage;

    auto db = openLibrary(context);
    if (!db)
        return Failure;
    const auto call = CallArgument::find(*db, parser.positionalArguments().constFirst());
    if (!call)
        return report(call.error(), context);
    if (region && call->audio.durationMs > 0 && region->endMs > call->audio.durationMs) {
        context.err << tr("error: call %1 is only %2 long")
                               .arg(call->id.value())
                               .arg(formatDuration(call->audio.durationMs))
                    << u'\n';
        return Failure;
    }

    Result<Team> team = fail(ErrorCode::NotFound, QString());
    if (parser.isSet(u"team"_s)) {
        team = findTeam(*db, parser.value(u"team"_s));
    } else if (call->teamName.isEmpty()) {
        context.err << tr("error: call %1 has no rep with a team; name one with --team").arg(call->id.value())
                    << u'\n';
        return Usage;
    } else {
        team = findTeam(*db, call->teamName);
    }
    if (!team)
        return report(team.error(), context);
    if (!week) {
        const auto zone = IsoWeek::zoneFor(team->timeZone);
        if (!zone)
            return report(zone.error(), context);
        if (!call->startedAt.isValid()) {
            context.err << tr("error: call %1 has no start time; name the week with --week").arg(call->id.value())
                        << u'\n';
            return Usage;
        }
        week = IsoWeek::containing(call->startedAt, *zone);
    }

    Highlight highlight;
    highlight.team = team->id;
    highlight.week = *week;
    highlight.call = call->id;
    highlight.region = region;
    highlight.reason = parser.value(u"reason"_s).trimmed();
    highlight.chosenBy = parser.isSet(u"by"_s) ? parser.value(u"by"_s).trimmed()
                                                : qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (parser.isSet(u"pattern"_s)) {
        const auto tag = TagRepository(*db).resolve(parser.value(u"pattern"_s));
        if (!tag)
            return report(tag.error(), context);
        highlight.patternTag = tag->id;
    }
    HighlightRepository repository(*db);
    const auto stored = repository.set(highlight);
    if (!stored)
        return report(stored.error(), context);
    const auto found = repository.find(*stored);
    if (!found)
        return report(found.error(), context);
    if (!found->has_value()) {
        context.err << tr("error: %1: highlight %2 vanished as it was stored")
                               .arg(QDir::toNativeSeparators(db->path()))
                               .arg(stored->value())
                    << u'\n';
        return Failure;
    }
    if (parser.isSet(u"json"_s)) {
        printJson(highlightJson(**found), context);
        return Success;
    }
    context.out << tr("%1 %2: call %3 (%4), %5")
                           .arg((*found)->teamName, week->toString())
                           .arg(call->id.value())
                           .arg((*found)->repName.isEmpty() ? tr("no rep") : (*found)->repName,
                                regionText((*found)->region))
                << u'\n';
    return Success;
}

int HighlightCommand::list(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the highlight calls chosen so far, newest week first."));
    parser.addOption({ u"team"_s, tr("Only this team (name or id)."), tr("TEAM") });
    parser.addOption({ u"week"_s, tr("Only this ISO week, as 2026-W48."), tr("WEEK") });
    parser.addOption({ u"rep"_s, tr("Only highlights of this rep's calls (name or id)."), tr("REP") });
    parser.addOption({ u"history"_s, tr("Also the choices that were replaced.") });
    parser.addOption({ u"json"_s, tr("Print a JSON array (see the README for its fields).") });
    if (const int status = parseVerb(parser, u"list"_s, arguments, context); status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << tr("error: list takes no arguments, only options") << u'\n';
        return Usage;
    }
    HighlightFilter filter;
    filter.withHistory = parser.isSet(u"history"_s);
    std::optional<IsoWeek> week;
    if (!readWeek(parser, context, week))
        return Usage;
    filter.week = week.value_or(IsoWeek());
    auto db = openLibrary(context);
    if (!db)
        return Failure;
    if (parser.isSet(u"team"_s)) {
        const auto team = findTeam(*db, parser.value(u"team"_s));
        if (!team)
            return report(team.error(), context);
        filter.team = team->id;
    }
    if (parser.isSet(u"rep"_s)) {
        const auto rep = findRep(*db, parser.value(u"rep"_s));
        if (!rep)
            return report(rep.error(), context);
        filter.rep = rep->id;
    }
    const auto highlights = HighlightRepository(*db).list(filter);
    if (!highlights)
        return report(highlights.error(), context);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Highlight &h : *highlights)
            array.append(highlightJson(h));
        printJson(array, context);
        return Success;
    }
    if (highlights->isEmpty()) {
        context.out << tr("No highlights chosen.") << u'\n';
        return Success;
    }
    for (const Highlight &h : *highlights) {
        context.out << h.week.toString() << u"  "_s << h.teamName << u"  "_s
                    << tr("call %1").arg(h.call.value()) << u"  "_s
                    << (h.repName.isEmpty() ? tr("no rep") : h.repName) << u"  "_s << regionText(h.region)
                    << (h.patternLabel.isEmpty() ? QString() : u"  ["_s + h.patternLabel + u']') << u"  "_s
                    << tr("chosen by %1 on %2").arg(h.chosenBy.isEmpty() ? tr("someone") : h.chosenBy,
                                                    dateText(h.chosenAt))
                    << (h.isCurrent() ? QString() : u"  "_s + tr("(replaced %1)").arg(dateText(h.supersededAt)))
                    << u'\n' << u"    "_s << h.reason << u'\n';
    }
    return Success;
}

int HighlightCommand::candidates(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("A week's calls of the team with effective off-script moments, best first. The score reads each "
               "call's own annotations and outcomes; reps are never compared."));
    parser.addOption({ u"team"_s, tr("The team (name or id)."), tr("TEAM") });
    parser.addOption({ u"week"_s, tr("The ISO week, as 2026-W48; default: this week."), tr("WEEK") });
    parser.addOption({ u"json"_s, tr("Print a JSON array (see the README for its fields).") });
    if (const int status = parseVerb(parser, u"candidates"_s, arguments, context); status >= 0)
        return status;
    if (!parser.isSet(u"team"_s)) {
        context.err << tr("error: name the team with --team TEAM") << u'\n';
        return Usage;
    }
    std::optional<IsoWeek> week;
    if (!readWeek(parser, context, week))
        return Usage;
    auto db = openLibrary(context);
    if (!db)
        return Failure;
    const auto team = findTeam(*db, parser.value(u"team"_s));
    if (!team)
        return report(team.error(), context);
    if (!week) {
        const auto zone = IsoWeek::zoneFor(team->timeZone);
        if (!zone)
            return report(zone.error(), context);
        week = IsoWeek::current(*zone);
    }
    const auto found = HighlightCandidates(*db).forWeek(team->id, *week);
    if (!found)
        return report(found.error(), context);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (qsizetype i = 0; i < found->size(); ++i)
            array.append(candidateJson(found->at(i), int(i) + 1));
        printJson(array, context);
        return Success;
    }
    if (found->isEmpty()) {
        context.out << tr("%1 %2: no call annotated “off-script — effective” that week.")
                               .arg(team->name, week->toString())
                    << u'\n';
        return Success;
    }
    for (qsizetype i = 0; i < found->size(); ++i) {
        const HighlightCandidate &c = found->at(i);
        context.out << QString::number(i + 1).rightJustified(3) << u". "_s << tr("call %1").arg(c.call.value())
                    << u"  "_s << (c.repName.isEmpty() ? tr("no rep") : c.repName) << u"  "_s
                    << dateText(c.callStartedAt) << u"  "_s << regionText(c.region)
                    << (c.patternLabel.isEmpty() ? QString() : u"  ["_s + c.patternLabel + u']') << u"  "_s
                    << tr("score %1").arg(QLocale::c().toString(c.score, 'f', 2)) << u'\n';
    }
    return Success;
}

} // namespace coach::cli
