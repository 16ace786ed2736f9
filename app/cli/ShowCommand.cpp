// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShowCommand.h"

#include "CallJson.h"
#include "core/DurationFormat.h"
#include "media/ContentFingerprint.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/TagRepository.h"
#include "storage/TranscriptRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

QString ShowCommand::summary() const
{
    return tr("Show one call: its details, outcomes, tags and transcript");
}

void ShowCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"call"_s, tr("The call's id (from “coach list”) or its recording file."),
                                 tr("CALL"));
    parser.addOption({ u"json"_s, tr("Print a JSON object (see the README for its fields).") });
}

int ShowCommand::execute(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: name one call, by id or recording file") << u'\n';
        return Usage;
    }
    const QString ref = parser.positionalArguments().constFirst();
    auto db = openLibrary(context);
    if (!db)
        return Failure;
    CallRepository calls(*db);

    bool isId = false;
    const qint64 id = ref.toLongLong(&isId);
    Result<std::optional<Call>> found = std::optional<Call>();
    if (isId && !QFileInfo::exists(ref)) {
        found = calls.find(CallId(id));
    } else {
        // A recording is found by content, so a moved or renamed copy still answers.
        const auto fingerprint = ContentFingerprint::compute(ref);
        if (!fingerprint)
            return report(fingerprint.error(), context);
        found = calls.findByFingerprint(*fingerprint);
    }
    if (!found)
        return report(found.error(), context);
    if (!found->has_value()) {
        context.err << tr("error: no call “%1” in the library").arg(ref) << u'\n';
        return Failure;
    }
    const Call &call = **found;
    const auto segments = TranscriptRepository(*db).segments(call.id);
    if (!segments)
        return report(segments.error(), context);
    const auto tags = TagRepository(*db).labelsForCall(call.id);
    if (!tags)
        return report(tags.error(), context);

    if (parser.isSet(u"json"_s)) {
        context.out << QString::fromUtf8(
                QJsonDocument(CallJson::details(call, *segments, *tags)).toJson(QJsonDocument::Indented));
        return Success;
    }
    const auto optional = [](const auto &value) {
        return value ? QString::number(*value) : u"—"_s;
    };
    const auto yesNo = [](const std::optional<bool> &value) {
        return value ? (*value ? tr("yes") : tr("no")) : u"—"_s;
    };
    const auto line = [&](const QString &label, const QString &value) {
        context.out << QString(label + u':').leftJustified(26) << (value.isEmpty() ? u"—"_s : value) << u'\n';
    };
    line(tr("Call"), QString::number(call.id.value()));
    line(tr("Recording"), QDir::toNativeSeparators(call.recordingPath)
                                  + (QFileInfo::exists(call.recordingPath) ? QString() : tr(" (missing)")));
    line(tr("Started"), call.startedAt.toLocalTime().toString(Qt::ISODate));
    line(tr("Length"), formatDuration(call.audio.durationMs));
    line(tr("Audio"), tr("%1, %2 channel(s), %3 Hz").arg(call.audio.codecName).arg(call.audio.channels)
                              .arg(call.audio.sampleRate));
    line(tr("Rep"), call.repName);
    line(tr("Team"), call.teamName);
    line(tr("Queue"), call.queue);
    line(tr("Customer"), call.customerRef);
    line(tr("CSAT"), optional(call.csat));
    line(tr("Felt heard"), optional(call.feltHeard));
    line(tr("First-contact resolution"), yesNo(call.firstContactResolution));
    line(tr("Repeat contact"), yesNo(call.repeatContact));
    line(tr("Handle time"), call.handleTimeS ? formatDuration(*call.handleTimeS * 1000) : QString());
    line(tr("Tags"), tags->join(u", "_s));
    if (segments->isEmpty()) {
        context.out << u'\n' << tr("No transcript.") << u'\n';
        return Success;
    }
    context.out << u'\n' << tr("Transcript:") << u'\n';
    for (const Segment &s : *segments)
        context.out << u"  ["_s << formatDuration(s.startMs) << u"] "_s
                    << (s.speaker.isEmpty() ? QString() : s.speaker + u": "_s) << s.text << u'\n';
    return Success;
}

} // namespace coach::cli
