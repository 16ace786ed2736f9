// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandupPackCommand.h"

#include "InterruptGuard.h"
#include "core/DurationFormat.h"
#include "core/IsoWeek.h"
#include "core/TaskControl.h"
#include "export/StandupPackLayout.h"
#include "export/StandupPackPlanner.h"
#include "services/ClipRedaction.h"
#include "media/ClipFormat.h"
#include "services/StandupPackBuilder.h"
#include "storage/Database.h"

#include <QDir>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

QString StandupPackCommand::summary() const
{
    return tr("Write a team's weekly highlight and chosen tips as a standup pack");
}

void StandupPackCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ u"team"_s, tr("The team, by name or id."), tr("TEAM") });
    parser.addOption({ u"week"_s, tr("The ISO week, e.g. 2026-W48 (default: this week in the team's time zone)."),
                       tr("WEEK") });
    parser.addOption({ u"tip"_s, tr("An annotation to play as a tip (its id from “coach annotations” or "
                                    "--candidates); repeat or separate with commas. Played in the order given."),
                       tr("ANNOTATION") });
    parser.addOption({ u"no-highlight"_s, tr("Leave the week's highlight call out.") });
    parser.addOption({ u"out"_s, tr("The folder to create, or a file ending in .zip."), tr("DIR|FILE.zip") });
    parser.addOption({ u"format"_s, tr("The clips' format: %1 (default: opus).").arg(ClipFormat::extensionList()),
                       tr("FORMAT"), u"opus"_s });
    parser.addOption({ u"channels"_s, tr("mono (default), stereo, agent or customer."), tr("CHANNELS"), u"mono"_s });
    parser.addOption({ u"loudness"_s, tr("Integrated loudness in LUFS (default −16), or “none”."), tr("LUFS|none"),
                       u"-16"_s });
    parser.addOption({ u"fade"_s, tr("Fade in and out, in seconds (default 0.3)."), tr("SECONDS"), u"0.3"_s });
    parser.addOption({ u"jobs"_s, tr("Clips rendered at once (default 2)."), tr("N"), u"2"_s });
    parser.addOption({ u"no-redact"_s, tr("Keep the clips, captions and cue sheet as recorded; by default "
                                          "personal data the transcripts show is bleeped and replaced.") });
    parser.addOption({ u"replace"_s, tr("Replace a pack already at --out (only once the new one is complete).") });
    parser.addOption({ u"candidates"_s, tr("List the week's highlight and tip candidates; write nothing.") });
}

int StandupPackCommand::execute(const QCommandLineParser &parser, Context &context)
{
    if (!parser.positionalArguments().isEmpty()) {
        context.err << tr("error: unexpected “%1”; name tips with --tip").arg(parser.positionalArguments().first())
                    << u'\n';
        return Usage;
    }
    if (!parser.isSet(u"team"_s)) {
        context.err << tr("error: name the team with --team") << u'\n';
        return Usage;
    }
    const bool listOnly = parser.isSet(u"candidates"_s);
    if (!listOnly && !parser.isSet(u"out"_s)) {
        context.err << tr("error: say where with --out DIR or --out FILE.zip") << u'\n';
        return Usage;
    }

    QList<AnnotationId> tips;
    for (const QString &value : parser.values(u"tip"_s)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                context.err << tr("error: --tip takes annotation ids, not “%1”").arg(part) << u'\n';
                return Usage;
            }
            tips.append(AnnotationId(id));
        }
    }

    StandupPackBuilder::Options options;
    options.destination = parser.value(u"out"_s);
    options.format = parser.value(u"format"_s).toLower();
    options.replaceExisting = parser.isSet(u"replace"_s);
    const QString channels = parser.value(u"channels"_s).toLower();
    if (channels == u"mono"_s)
        options.channels = ClipChannels::Mono;
    else if (channels == u"stereo"_s)
        options.channels = ClipChannels::Stereo;
    else if (channels == u"agent"_s)
        options.channels = ClipChannels::Agent;
    else if (channels == u"customer"_s)
        options.channels = ClipChannels::Customer;
    else {
        context.err << tr("error: --channels is mono, stereo, agent or customer, not “%1”").arg(channels) << u'\n';
        return Usage;
    }
    const QString loudness = parser.value(u"loudness"_s);
    if (loudness.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        options.loudnessLufs.reset();
    } else {
        bool ok = false;
        const double lufs = QString(loudness).replace(u'−', u'-').toDouble(&ok);
        if (!ok || lufs > 0 || lufs < -70) {
            context.err << tr("error: --loudness is a level in LUFS between −70 and 0, or “none”") << u'\n';
            return Usage;
        }
        options.loudnessLufs = lufs;
    }
    bool ok = false;
    options.fadeSeconds = parser.value(u"fade"_s).toDouble(&ok);
    if (!ok || options.fadeSeconds < 0 || options.fadeSeconds > 10) {
        context.err << tr("error: --fade is a number of seconds from 0 to 10") << u'\n';
        return Usage;
    }
    options.parallelClips = parser.value(u"jobs"_s).toInt(&ok);
    if (!ok || options.parallelClips < 1 || options.parallelClips > 16) {
        context.err << tr("error: --jobs is a number from 1 to 16") << u'\n';
        return Usage;
    }

    auto db = openLibrary(context);
    if (!db)
        return Failure;
    const StandupPackPlanner planner(*db);
    const auto team = planner.team(parser.value(u"team"_s));
    if (!team)
        return report(team.error(), context);
    std::optional<IsoWeek> chosen;
    if (!readWeek(parser, context, chosen))
        return Usage;
    IsoWeek week;
    if (chosen) {
        week = *chosen;
    } else {
        const auto zone = IsoWeek::zoneFor(team->timeZone);
        if (!zone)
            return report(zone.error(), context);
        week = IsoWeek::current(*zone);
    }

    if (listOnly) {
        const auto highlight = planner.highlight(*team, week);
        if (!highlight)
            return report(highlight.error(), context);
        const auto candidates = planner.tipCandidates(*team, week);
        if (!candidates)
            return report(candidates.error(), context);
        context.out << tr("%1, %2").arg(team->name, week.toString()) << u'\n';
        if (highlight->has_value())
            context.out << u"  "_s << tr("Highlight: %1, %2 (call %3)")
                                              .arg(StandupPackLayout::clipTitle(**highlight),
                                                   formatDuration((*highlight)->durationMs()))
                                              .arg((*highlight)->call.value())
                        << u'\n';
        else
            context.out << u"  "_s << tr("No highlight chosen for this week.") << u'\n';
        if (candidates->isEmpty())
            context.out << u"  "_s << tr("No tip candidates: no pattern-tagged annotations this week.") << u'\n';
        for (const StandupClip &clip : *candidates)
            context.out << QString::number(clip.annotation.value()).rightJustified(6) << u"  "_s
                        << formatDuration(clip.durationMs()).leftJustified(6) << u"  "_s
                        << StandupPackLayout::clipTitle(clip)
                        << (clip.listenFor.isEmpty() ? QString() : u":  "_s + clip.listenFor.simplified()) << u'\n';
        return Success;
    }

    auto pack = planner.plan(*team, week, tips, !parser.isSet(u"no-highlight"_s));
    if (!pack)
        return report(pack.error(), context);
    if (!parser.isSet(u"no-redact"_s)) {
        const auto bleeped = ClipRedaction(*db).apply(*pack);
        if (!bleeped)
            return report(bleeped.error(), context);
        context.out << tr("Bleeped %n span(s) of personal data", nullptr, *bleeped) << u'\n';
    }

    const bool tty = isatty(STDERR_FILENO);
    TaskControl control([&](qint64 done, qint64 total, const QString &what) {
        if (!tty)
            return;
        context.err << u"\r\x1b[K"_s << u"%1% "_s.arg(total > 0 ? done * 100 / total : 0) << what;
        context.err.flush();
    });
    const InterruptGuard interruptGuard(control);
    const auto outcome = StandupPackBuilder::build(*pack, options, control);
    if (tty)
        context.err << u"\r\x1b[K"_s;
    if (!outcome)
        return report(outcome.error(), context);
    context.out << tr("Wrote %n clip(s)", nullptr, int(pack->clips.size())) << u" ("_s
                << formatDuration(outcome->totalMs) << u") "_s
                << tr("with captions, playlist and cue sheet to %1").arg(QDir::toNativeSeparators(outcome->path))
                << u'\n';
    return Success;
}

} // namespace coach::cli
