// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportClipCommand.h"

#include "CallArgument.h"
#include "ClipOptions.h"

#include "export/ClipDefaults.h"
#include "services/ClipRedaction.h"
#include "storage/AnnotationRepository.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/TranscriptRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

QString ExportClipCommand::summary() const
{
    return tr("Export a clip of a call or an annotation, tagged and captioned from the library");
}

void ExportClipCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"call"_s,
        tr("The call's id (from “coach list”) or its recording file; not needed with --annotation."), tr("[CALL]"));
    parser.addOption({ u"annotation"_s,
                       tr("Clip the range of annotation ID (from “coach annotations”); a moment gets 30 s around it."),
                       tr("ID") });
    parser.addOption({ u"start"_s, tr("Where the clip starts (seconds or m:ss); with CALL."), tr("SECONDS") });
    parser.addOption({ u"duration"_s, tr("How long the clip is (seconds or m:ss); with CALL."), tr("SECONDS") });
    parser.addOption({ u"no-redact"_s,
                       tr("Keep the audio and captions as recorded; by default personal data the transcript "
                          "shows (card numbers, names, phone numbers…) is bleeped in the speaker's channel.") });
    ClipOptions::add(parser);
}

int ExportClipCommand::execute(const QCommandLineParser &parser, Context &context)
{
    const QStringList positional = parser.positionalArguments();
    const bool byAnnotation = parser.isSet(u"annotation"_s);
    if (positional.size() > 1 || (byAnnotation == !positional.isEmpty())) {
        context.err << tr("error: name one call, or give --annotation ID") << u'\n';
        return Usage;
    }
    if (!byAnnotation && (!parser.isSet(u"start"_s) || !parser.isSet(u"duration"_s))) {
        context.err << tr("error: a clip of a call needs --start and --duration") << u'\n';
        return Usage;
    }
    auto captionFormat = ClipOptions::captionFormat(parser);
    if (!captionFormat)
        return report(captionFormat.error(), context);

    const auto db = openLibrary(context);
    if (!db)
        return Failure;

    std::optional<Annotation> annotation;
    Call call;
    if (byAnnotation) {
        bool ok = false;
        const qint64 id = parser.value(u"annotation"_s).toLongLong(&ok);
        if (!ok) {
            context.err << tr("error: --annotation needs an id, not “%1”").arg(parser.value(u"annotation"_s)) << u'\n';
            return Usage;
        }
        auto found = AnnotationRepository(*db).find(AnnotationId(id));
        if (!found)
            return report(found.error(), context);
        if (!found->has_value())
            return report(Error(ErrorCode::NotFound, tr("no annotation %1 in the library").arg(id)), context);
        annotation = **found;
        auto owner = CallRepository(*db).find(annotation->call);
        if (!owner)
            return report(owner.error(), context);
        if (!owner->has_value())
            return report(Error(ErrorCode::NotFound, tr("annotation %1 belongs to no call in the library").arg(id)), context);
        call = **owner;
    } else {
        auto found = CallArgument::find(*db, positional.constFirst());
        if (!found)
            return report(found.error(), context);
        call = *found;
    }

    ClipRequest request;
    request.sourcePath = call.recordingPath;
    request.agentChannel = ClipDefaults::agentChannel(call);
    request.metadata = ClipDefaults::metadata(call, annotation);
    if (annotation) {
        const TimeRange range = ClipDefaults::rangeFor(*annotation, call.audio.durationMs);
        request.startMs = range.startMs;
        request.durationMs = range.length();
    }
    if (parser.isSet(u"start"_s)) {
        auto start = ClipOptions::parseSeconds(u"start"_s, parser.value(u"start"_s));
        if (!start)
            return report(start.error(), context);
        request.startMs = *start;
    }
    if (parser.isSet(u"duration"_s)) {
        auto duration = ClipOptions::parseSeconds(u"duration"_s, parser.value(u"duration"_s));
        if (!duration)
            return report(duration.error(), context);
        request.durationMs = *duration;
    }
    request.outputPath = ClipDefaults::fileName(call, request.startMs, ClipFormat::of(ClipFormat::Kind::Opus));
    if (auto applied = ClipOptions::apply(parser, request); !applied)
        return report(applied.error(), context);

    std::optional<ClipRedaction::Outcome> redaction;
    if (!parser.isSet(u"no-redact"_s)) {
        auto planned = ClipRedaction(*db).plan(call.id, { request.startMs, request.startMs + request.durationMs });
        if (!planned)
            return report(planned.error(), context);
        request.redactions.append(planned->bleeps);
        context.out << tr("Bleeped %n span(s) of personal data", nullptr, int(planned->bleeps.size())) << u'\n';
        redaction = std::move(*planned);
    }

    ClipOptions::Captions captions;
    captions.format = *captionFormat;
    if (captions.format && redaction && !redaction->segments.isEmpty()) {
        // The clip's own segments, redacted: the captions never show what was bleeped.
        captions.segments = redaction->segments;
        if (auto roles = TranscriptRepository(*db).speakerRoles(call.id))
            captions.speakerNames = ClipDefaults::speakerNames(*roles, call);
    } else if (captions.format) {
        TranscriptRepository transcripts(*db);
        auto segments = transcripts.segments(call.id);
        if (!segments)
            return report(segments.error(), context);
        if (segments->isEmpty())
            return report(Error(ErrorCode::NotFound,
                              tr("call %1 has no transcript to make captions from; attach one with “coach "
                                 "transcript”")
                                  .arg(call.id.value())),
                context);
        captions.segments = *segments;
        auto roles = transcripts.speakerRoles(call.id);
        if (roles)
            captions.speakerNames = ClipDefaults::speakerNames(*roles, call);
    }
    return ClipOptions::render(request, captions, context);
}

} // namespace coach::cli
