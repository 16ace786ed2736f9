// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipOptions.h"

#include "InterruptGuard.h"

#include "core/TaskControl.h"
#include "export/AnnotationFormat.h"
#include "media/ClipExporter.h"
#include "media/ClipFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

void ClipOptions::add(QCommandLineParser &parser)
{
    parser.addOption({ u"out"_s,
                       tr("Write the clip to FILE; its extension picks the format: %1.").arg(ClipFormat::extensionList()),
                       tr("FILE") });
    parser.addOption({ u"fade"_s, tr("Fade in and out over SECONDS each (default 0.3; 0 for none)."), tr("SECONDS") });
    parser.addOption({ u"loudness"_s,
                       tr("Normalise to LUFS integrated loudness, EBU R128 (default -16), with true peaks under "
                          "-1 dBTP; \"none\" keeps the recording's level."),
                       tr("LUFS|none") });
    parser.addOption({ u"channels"_s,
                       tr("mono (both voices), stereo (default), agent or customer (one voice, mono)."),
                       tr("mono|stereo|agent|customer") });
    parser.addOption({ u"rate"_s,
                       tr("Sample rate of the clip (default: the recording's, or the nearest the format takes)."),
                       tr("HZ") });
    parser.addOption({ u"captions"_s, tr("Also write captions beside the clip (OUT.vtt or OUT.srt)."), tr("vtt|srt") });
    parser.addOption({ u"redact"_s,
                       tr("Bleep START-END (seconds or m:ss, recording time); repeat for more spans."),
                       tr("START-END") });
    parser.addOption({ u"redact-with"_s, tr("What replaces a redacted span: tone (1 kHz, default) or silence."),
                       tr("tone|silence") });
    parser.addOption({ u"title"_s, tr("Title tag."), tr("TEXT") });
    parser.addOption({ u"artist"_s, tr("Artist tag (the rep)."), tr("TEXT") });
    parser.addOption({ u"date"_s, tr("Date tag (YYYY-MM-DD)."), tr("DATE") });
    parser.addOption({ u"comment"_s, tr("Comment tag (the pattern it shows)."), tr("TEXT") });
}

Result<qint64> ClipOptions::parseSeconds(const QString &option, const QString &text)
{
    const auto ms = AnnotationFormat::parseSeconds(text.trimmed());
    if (!ms)
        return fail(ErrorCode::InvalidInput,
            tr("--%1 needs seconds (like 83.5 or 1:23.5), not “%2”").arg(option, text));
    return *ms;
}

Result<std::optional<CaptionSidecar::Format>> ClipOptions::captionFormat(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"captions"_s))
        return std::optional<CaptionSidecar::Format>();
    const auto format = CaptionSidecar::formatFromName(parser.value(u"captions"_s));
    if (!format)
        return fail(ErrorCode::InvalidInput,
            tr("--captions takes vtt or srt, not “%1”").arg(parser.value(u"captions"_s)));
    return format;
}

Result<void> ClipOptions::apply(const QCommandLineParser &parser, ClipRequest &request)
{
    if (parser.isSet(u"out"_s))
        request.outputPath = parser.value(u"out"_s);
    if (parser.isSet(u"fade"_s)) {
        bool ok = false;
        request.fadeSeconds = parser.value(u"fade"_s).toDouble(&ok);
        if (!ok || request.fadeSeconds < 0 || request.fadeSeconds > 30)
            return fail(ErrorCode::InvalidInput,
                tr("--fade needs seconds from 0 to 30, not “%1”").arg(parser.value(u"fade"_s)));
    }
    if (parser.isSet(u"loudness"_s)) {
        const QString value = parser.value(u"loudness"_s).trimmed();
        if (value.compare(u"none"_s, Qt::CaseInsensitive) == 0 || value.compare(u"off"_s, Qt::CaseInsensitive) == 0) {
            request.loudnessLufs.reset();
        } else {
            bool ok = false;
            const double lufs = value.toDouble(&ok);
            if (!ok || lufs < -70 || lufs > -5)
                return fail(ErrorCode::InvalidInput,
                    tr("--loudness needs LUFS from -70 to -5, or none, not “%1”").arg(value));
            request.loudnessLufs = lufs;
        }
    }
    if (parser.isSet(u"channels"_s)) {
        const QString value = parser.value(u"channels"_s).trimmed().toLower();
        if (value == u"mono"_s)
            request.channels = ClipChannels::Mono;
        else if (value == u"stereo"_s)
            request.channels = ClipChannels::Stereo;
        else if (value == u"agent"_s)
            request.channels = ClipChannels::Agent;
        else if (value == u"customer"_s)
            request.channels = ClipChannels::Customer;
        else
            return fail(ErrorCode::InvalidInput,
                tr("--channels takes mono, stereo, agent or customer, not “%1”").arg(parser.value(u"channels"_s)));
    }
    if (parser.isSet(u"rate"_s)) {
        bool ok = false;
        request.sampleRate = parser.value(u"rate"_s).toInt(&ok);
        if (!ok || request.sampleRate < 8000 || request.sampleRate > 192000)
            return fail(ErrorCode::InvalidInput,
                tr("--rate needs a sample rate from 8000 to 192000 Hz, not “%1”").arg(parser.value(u"rate"_s)));
    }
    for (const QString &span : parser.values(u"redact"_s)) {
        const qsizetype dash = span.indexOf(u'-', 1);
        if (dash < 0)
            return fail(ErrorCode::InvalidInput, tr("--redact needs START-END, not “%1”").arg(span));
        auto start = parseSeconds(u"redact"_s, span.left(dash));
        auto end = parseSeconds(u"redact"_s, span.mid(dash + 1));
        if (!start)
            return std::unexpected(start.error());
        if (!end)
            return std::unexpected(end.error());
        if (*end <= *start)
            return fail(ErrorCode::InvalidInput, tr("--redact “%1” ends before it starts").arg(span));
        request.redactions.append({ *start, *end });
    }
    if (parser.isSet(u"redact-with"_s)) {
        const QString value = parser.value(u"redact-with"_s).trimmed().toLower();
        if (value == u"tone"_s)
            request.redactionFill = RedactionFill::Tone;
        else if (value == u"silence"_s)
            request.redactionFill = RedactionFill::Silence;
        else
            return fail(ErrorCode::InvalidInput, tr("--redact-with takes tone or silence, not “%1”").arg(value));
    }
    const auto tag = [&](const QString &name, QString &field) {
        if (parser.isSet(name))
            field = parser.value(name);
    };
    tag(u"title"_s, request.metadata.title);
    tag(u"artist"_s, request.metadata.artist);
    tag(u"date"_s, request.metadata.date);
    tag(u"comment"_s, request.metadata.comment);
    return {};
}

int ClipOptions::render(const ClipRequest &request, const Captions &captions, Context &context)
{
    const bool tty = isatty(STDERR_FILENO);
    const QString shown = QFileInfo(request.outputPath).fileName();
    TaskControl control([&](qint64 done, qint64 total, const QString &) {
        if (!tty || total <= 0)
            return;
        context.err << u"\r\x1b[K"_s << tr("Exporting %1… %2%").arg(shown).arg(done * 100 / total);
        context.err.flush();
    });
    Result<ClipResult> clip = [&] {
        const InterruptGuard interruptGuard(control);
        return ClipExporter::render(request, control);
    }();
    if (tty) {
        context.err << u"\r\x1b[K"_s;
        context.err.flush();
    }
    if (!clip) {
        context.err << tr("error: %1").arg(clip.error().message()) << u'\n';
        context.err.flush();
        return clip.error().code() == ErrorCode::Cancelled ? Interrupted : Failure;
    }

    QString captionsNote;
    if (captions.format) {
        const QString path = CaptionSidecar::pathBeside(clip->outputPath, *captions.format);
        const TimeRange range { request.startMs, request.startMs + clip->durationMs() };
        if (auto written = CaptionSidecar::write(path, captions.segments, range, *captions.format, captions.speakerNames);
            !written) {
            // The clip is good without its captions; keep it and say what is missing.
            context.err << tr("warning: %1").arg(written.error().message()) << u'\n';
        } else {
            captionsNote = u", "_s + tr("captions in %1").arg(QDir::toNativeSeparators(path));
        }
    }
    QString level;
    if (std::isfinite(clip->outputLoudnessLufs))
        level = u", "_s + tr("%1 LUFS, true peak %2 dBTP")
                              .arg(clip->outputLoudnessLufs, 0, 'f', 1)
                              .arg(clip->outputTruePeakDb, 0, 'f', 1);
    context.out << tr("Wrote %1: %2 s, %3 Hz, %4 channel(s), %5%6%7")
                       .arg(QDir::toNativeSeparators(clip->outputPath))
                       .arg(double(clip->durationMs()) / 1000.0, 0, 'f', 3)
                       .arg(clip->sampleRate)
                       .arg(clip->channels)
                       .arg(clip->codec, level, captionsNote)
                << u'\n';
    return Success;
}

} // namespace coach::cli
