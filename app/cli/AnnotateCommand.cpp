// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnotateCommand.h"

#include "AnnotationJson.h"
#include "CallArgument.h"
#include "core/DurationFormat.h"
#include "export/AnnotationFormat.h"
#include "storage/AnnotationRepository.h"
#include "storage/Database.h"
#include "storage/TagRepository.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

QString AnnotateCommand::summary() const
{
    return tr("Mark a moment or a region of a call with a tag and a comment");
}

void AnnotateCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"call"_s, tr("The call's id (from “coach list”) or its recording file."),
                                 tr("CALL"));
    parser.addOption({ u"at"_s, tr("Where the mark starts: seconds (83.2) or m:ss (1:23.2)."), tr("TIME") });
    parser.addOption({ u"to"_s, tr("Where a region ends; without it the mark is a moment."), tr("TIME") });
    parser.addOption({ u"tag"_s, tr("The tag: its key, its label or the start of either, any case."), tr("TAG") });
    parser.addOption({ u"comment"_s, tr("What the manager noticed."), tr("TEXT") });
    parser.addOption({ u"author"_s, tr("Who made the mark."), tr("NAME") });
    parser.addOption({ u"json"_s, tr("Print the new annotation as a JSON object.") });
}

int AnnotateCommand::execute(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: name one call, by id or recording file") << u'\n';
        return Usage;
    }
    if (!parser.isSet(u"at"_s)) {
        context.err << tr("error: say where with --at TIME") << u'\n';
        return Usage;
    }
    if (!parser.isSet(u"tag"_s) && !parser.isSet(u"comment"_s)) {
        context.err << tr("error: give a --tag, a --comment or both") << u'\n';
        return Usage;
    }
    const auto at = AnnotationFormat::parseSeconds(parser.value(u"at"_s));
    if (!at) {
        context.err << tr("error: --at “%1” is not a time (seconds such as 83.2, or m:ss)").arg(parser.value(u"at"_s))
                    << u'\n';
        return Usage;
    }
    auto to = at;
    if (parser.isSet(u"to"_s)) {
        to = AnnotationFormat::parseSeconds(parser.value(u"to"_s));
        if (!to || *to < *at) {
            context.err << tr("error: --to “%1” is not a time at or after --at").arg(parser.value(u"to"_s)) << u'\n';
            return Usage;
        }
    }

    auto db = openLibrary(context);
    if (!db)
        return Failure;
    const auto call = CallArgument::find(*db, parser.positionalArguments().constFirst());
    if (!call)
        return report(call.error(), context);
    // A mark past the end would never be seen on the waveform; a length of 0 means unknown.
    if (call->audio.durationMs > 0 && *to > call->audio.durationMs) {
        context.err << tr("error: call %1 is only %2 long").arg(call->id.value()).arg(formatDuration(call->audio.durationMs))
                    << u'\n';
        return Failure;
    }

    Annotation annotation;
    annotation.call = call->id;
    annotation.startMs = *at;
    annotation.endMs = *to;
    annotation.comment = parser.value(u"comment"_s);
    annotation.author = parser.value(u"author"_s);
    TagRepository tags(*db);
    if (parser.isSet(u"tag"_s)) {
        const auto tag = tags.resolve(parser.value(u"tag"_s));
        if (!tag)
            return report(tag.error(), context);
        annotation.tag = tag->id;
    }
    AnnotationRepository annotations(*db);
    const auto id = annotations.insert(annotation);
    if (!id)
        return report(id.error(), context);
    const auto stored = annotations.find(*id);
    if (!stored)
        return report(stored.error(), context);
    const Annotation &a = stored->value();
    if (parser.isSet(u"json"_s)) {
        context.out << QString::fromUtf8(QJsonDocument(AnnotationJson::annotation(a)).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QString where = a.isMoment() ? formatDuration(a.startMs)
                                       : formatDuration(a.startMs) + u'–' + formatDuration(a.endMs);
    context.out << tr("Annotation %1 on call %2 at %3: %4")
                           .arg(a.id.value())
                           .arg(a.call.value())
                           .arg(where, AnnotationFormat::labelText(a))
                << u'\n';
    return Success;
}

} // namespace coach::cli
