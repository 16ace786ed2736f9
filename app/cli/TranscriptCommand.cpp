// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranscriptCommand.h"

#include "transcript/TranscriptReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

namespace {

// "h:mm:ss.mmm": unlike a length, a cue time needs its milliseconds.
QString cueTime(qint64 ms)
{
    const QString sign = ms < 0 ? u"-"_s : QString();
    ms = qAbs(ms);
    const auto pad = [](qint64 v, int width) { return QString::number(v).rightJustified(width, u'0'); };
    return sign + QString::number(ms / 3'600'000) + u':' + pad(ms / 60'000 % 60, 2) + u':'
            + pad(ms / 1000 % 60, 2) + u'.' + pad(ms % 1000, 3);
}

} // namespace

QString TranscriptCommand::summary() const
{
    return tr("Show how a transcript file is read (WebVTT, SRT, Whisper or Amazon JSON)");
}

void TranscriptCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"file"_s, tr("A transcript file."), tr("FILE"));
    parser.addOption({ u"json"_s, tr("Print the cues as a JSON array (see the README for its fields).") });
}

int TranscriptCommand::execute(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: name one transcript file") << u'\n';
        return Usage;
    }
    const QString file = parser.positionalArguments().constFirst();
    const auto transcript = TranscriptReader::read(file);
    if (!transcript)
        return report(transcript.error(), context);

    if (parser.isSet(u"json"_s)) {
        QJsonArray cues;
        for (const Segment &s : transcript->segments)
            cues.append(QJsonObject{ { u"start_ms"_s, s.startMs },
                                     { u"end_ms"_s, s.endMs },
                                     { u"speaker"_s, s.speaker },
                                     { u"text"_s, s.text } });
        context.out << QString::fromUtf8(QJsonDocument(cues).toJson(QJsonDocument::Indented));
        return Success;
    }
    context.out << tr("%1: %2, %n cue(s)", nullptr, int(transcript->segments.size()))
                           .arg(QDir::toNativeSeparators(file), transcript->format)
                << u'\n';
    for (const Segment &s : transcript->segments)
        context.out << cueTime(s.startMs) << u" --> "_s << cueTime(s.endMs) << u"  "_s
                    << (s.speaker.isEmpty() ? QString() : s.speaker + u": "_s) << s.text << u'\n';
    return Success;
}

} // namespace coach::cli
