// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachCommand.h"

#include "CallArgument.h"
#include "services/TranscriptAttacher.h"
#include "storage/Database.h"
#include "transcript/SpeakerRoles.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

QString AttachCommand::summary() const
{
    return tr("Attach a transcript file to a call, replacing its transcript");
}

void AttachCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"call"_s, tr("The call's id (from “coach list”) or its recording file."),
                                 tr("CALL"));
    parser.addPositionalArgument(u"file"_s, tr("A WebVTT, SRT, Whisper JSON or Amazon Transcribe JSON file."),
                                 tr("FILE"));
}

int AttachCommand::execute(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() != 2) {
        context.err << tr("error: name one call (by id or recording file) and one transcript file") << u'\n';
        return Usage;
    }
    const QString ref = parser.positionalArguments().at(0);
    const QString file = parser.positionalArguments().at(1);
    // Read first: a bad file must not cost the call its transcript.
    const auto transcript = TranscriptAttacher::read(file);
    if (!transcript)
        return report(transcript.error(), context);

    auto db = openLibrary(context);
    if (!db)
        return Failure;
    const auto found = CallArgument::find(*db, ref);
    if (!found)
        return report(found.error(), context);
    const Call &call = *found;

    const auto attached = TranscriptAttacher(*db).attach(call, *transcript);
    if (!attached)
        return report(attached.error(), context);
    const QHash<QString, SpeakerRole> &roles = *attached;

    context.out << tr("Call %1: attached %2 (%3, %n segment(s))", nullptr, int(transcript->segments.size()))
                           .arg(call.id.value())
                           .arg(QDir::toNativeSeparators(file), transcript->format)
                << u'\n';
    QStringList speakers = roles.keys();
    speakers.sort();
    for (const QString &speaker : std::as_const(speakers))
        context.out << u"  "_s << speaker << u": "_s << SpeakerRoles::toString(roles.value(speaker)) << u'\n';
    return Success;
}

} // namespace coach::cli
