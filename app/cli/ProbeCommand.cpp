// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeCommand.h"

#include "CallJson.h"
#include "core/DurationFormat.h"
#include "media/AudioProbe.h"
#include "media/ContentFingerprint.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

QString ProbeCommand::summary() const
{
    return tr("Show what Coachbench reads from a recording, without a library");
}

void ProbeCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"file"_s, tr("A recording."), tr("FILE"));
    parser.addOption({ u"json"_s, tr("Print a JSON object (see the README for its fields).") });
}

int ProbeCommand::execute(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: name one recording to probe") << u'\n';
        return Usage;
    }
    const QString file = parser.positionalArguments().constFirst();
    const auto info = AudioProbe::probe(file);
    if (!info)
        return report(info.error(), context);
    const auto fingerprint = ContentFingerprint::compute(file);
    if (!fingerprint)
        return report(fingerprint.error(), context);

    if (parser.isSet(u"json"_s)) {
        QJsonObject object = CallJson::audio(*info);
        object.insert(u"file"_s, file);
        object.insert(u"fingerprint"_s, *fingerprint);
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    context.out << tr("File:        %1").arg(file) << u'\n'
                << tr("Length:      %1 (%2 ms)").arg(formatDuration(info->durationMs)).arg(info->durationMs) << u'\n'
                << tr("Channels:    %1").arg(info->channels) << u'\n'
                << tr("Sample rate: %1 Hz").arg(info->sampleRate) << u'\n'
                << tr("Codec:       %1 (%2)").arg(info->codecName, info->codec) << u'\n'
                << tr("Container:   %1").arg(info->container) << u'\n'
                << tr("Bit rate:    %1 kbit/s").arg(info->bitRate / 1000) << u'\n'
                << tr("Fingerprint: %1").arg(*fingerprint) << u'\n';
    return Success;
}

} // namespace coach::cli
