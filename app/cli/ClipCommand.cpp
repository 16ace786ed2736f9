// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipCommand.h"

#include "ClipOptions.h"

#include "transcript/TranscriptReader.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

QString ClipCommand::summary() const
{
    return tr("Cut a clip from a recording (fades, loudness, captions), without a library");
}

void ClipCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"file"_s, tr("A recording."), tr("FILE"));
    parser.addOption({ u"start"_s, tr("Where the clip starts in the recording (seconds or m:ss)."), tr("SECONDS") });
    parser.addOption({ u"duration"_s, tr("How long the clip is (seconds or m:ss)."), tr("SECONDS") });
    ClipOptions::add(parser);
    parser.addOption({ u"transcript"_s,
                       tr("The transcript --captions comes from (WebVTT, SRT, Whisper or Amazon JSON); default: "
                          "one beside FILE with the same name."),
                       tr("FILE") });
}

int ClipCommand::execute(const QCommandLineParser &parser, Context &context)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.err << tr("error: name one recording") << u'\n';
        return Usage;
    }
    if (!parser.isSet(u"start"_s) || !parser.isSet(u"duration"_s) || !parser.isSet(u"out"_s)) {
        context.err << tr("error: --start, --duration and --out are needed") << u'\n';
        return Usage;
    }
    ClipRequest request;
    request.sourcePath = positional.constFirst();
    auto start = ClipOptions::parseSeconds(u"start"_s, parser.value(u"start"_s));
    if (!start)
        return report(start.error(), context);
    auto duration = ClipOptions::parseSeconds(u"duration"_s, parser.value(u"duration"_s));
    if (!duration)
        return report(duration.error(), context);
    request.startMs = *start;
    request.durationMs = *duration;
    if (auto applied = ClipOptions::apply(parser, request); !applied)
        return report(applied.error(), context);

    ClipOptions::Captions captions;
    auto format = ClipOptions::captionFormat(parser);
    if (!format)
        return report(format.error(), context);
    captions.format = *format;
    if (captions.format) {
        QString transcriptPath = parser.value(u"transcript"_s);
        if (transcriptPath.isEmpty()) {
            const QFileInfo recording(request.sourcePath);
            for (const QString &extension : TranscriptReader::companionExtensions()) {
                const QString candidate = recording.dir().filePath(recording.completeBaseName() + u'.' + extension);
                if (QFileInfo::exists(candidate)) {
                    transcriptPath = candidate;
                    break;
                }
            }
        }
        if (transcriptPath.isEmpty()) {
            context.err << tr("error: --captions needs a transcript: give --transcript FILE, or put one beside %1")
                               .arg(request.sourcePath)
                        << u'\n';
            return Usage;
        }
        auto transcript = TranscriptReader::read(transcriptPath);
        if (!transcript)
            return report(transcript.error(), context);
        captions.segments = transcript->segments;
    }
    return ClipOptions::render(request, captions, context);
}

} // namespace coach::cli
