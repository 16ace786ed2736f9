// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/FfmpegClipExporter.h"

#include "core/Logging.h"
#include "core/TaskControl.h"
#include "media/ClipEncoder.h"
#include "media/ClipFormat.h"
#include "media/ClipLoudness.h"
#include "media/ClipSource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <numbers>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// A clip is held whole in memory as floats, in up to three copies while its
// loudness is set; this many samples (256 MB a copy) is 66 minutes of stereo
// at 8 kHz, or 11 at 48 kHz: a whole call for a standup pack still fits.
constexpr qint64 kMaxSamples = 64LL * 1024 * 1024;
// Containers round their stated length; a clip may end this far past it.
constexpr qint64 kEndToleranceMs = 50;
// Edges of a redacted span ramp over this long, so the bleep does not click.
constexpr double kRampSeconds = 0.005;
constexpr double kToneHz = 1000.0;
// The bleep sits a little under the speech around it: clearly heard, not startling.
constexpr double kToneBelowTargetLu = 4.0;
constexpr double kUnnormalisedToneDbfs = -20.0;
// Lossy encoders overshoot the peaks they are given; the ceiling allows for it.
constexpr double kLossyMarginDb = 1.0;
constexpr double kOpusMarginDb = 1.5;
constexpr double kLosslessMarginDb = 0.3;

// Runs one stage of the render with its progress mapped into [base, base + span)
// of the whole (per mille), and the whole's cancel passed on to the stage.
template<typename Stage>
auto runStage(TaskControl &whole, int base, int span, Stage &&stage)
{
    TaskControl *self = nullptr;
    TaskControl part([&](qint64 done, qint64 total, const QString &what) {
        if (whole.isCancelled() && self)
            self->cancel();
        const qint64 mapped = total > 0 ? base + span * std::clamp<qint64>(done, 0, total) / total : base;
        whole.report(mapped, 1000, what);
    });
    self = &part;
    if (whole.isCancelled())
        part.cancel();
    return stage(part);
}

// The fade's gain at `frame`: linear ramps in and out, like ffmpeg's afade.
double fadeGain(qint64 frame, qint64 frames, qint64 fadeFrames)
{
    if (fadeFrames <= 0)
        return 1.0;
    const double in = double(frame) / double(fadeFrames);
    const double out = double(frames - 1 - frame) / double(fadeFrames);
    return std::clamp(std::min(in, out), 0.0, 1.0);
}

struct Span
{
    qint64 first = 0; // frames of the clip
    qint64 end = 0;
    unsigned channels = 0; // bit c: the span covers the decoded audio's channel c
};

// Which of the decoded channels (laid out as `layout`) carry `who`'s voice.
unsigned channelMask(RedactionChannel who, ClipChannels layout, int sourceChannels, int agentChannel)
{
    const unsigned all = layout == ClipChannels::Stereo ? 0b11u : 0b1u;
    // A mono recording has both voices on its one channel: there is nothing to keep.
    if (who == RedactionChannel::Both || sourceChannels < 2)
        return all;
    const bool agentVoice = who == RedactionChannel::Agent;
    switch (layout) {
    case ClipChannels::Stereo: {
        const int agent = std::clamp(agentChannel, 0, 1);
        return 1u << (agentVoice ? agent : 1 - agent);
    }
    case ClipChannels::Agent: return agentVoice ? all : 0u;
    case ClipChannels::Customer: return agentVoice ? 0u : all;
    case ClipChannels::Mono: break;
    }
    // A mix is redacted before the voices are summed (see render()); reaching
    // here means it was not split, so the whole mix is covered rather than none.
    return all;
}

QList<Span> redactedSpans(const ClipRequest &request, const ClipAudio &audio, ClipChannels layout, int sourceChannels)
{
    QList<Span> spans;
    const qint64 clipEnd = request.startMs + request.durationMs;
    for (const ClipRedactionSpan &range : request.redactions) {
        const qint64 from = std::max(range.startMs, request.startMs);
        const qint64 to = std::min(range.endMs, clipEnd);
        const unsigned mask = channelMask(range.channel, layout, sourceChannels, request.agentChannel);
        if (to <= from || mask == 0)
            continue;
        spans.append({ std::llround(double(from - request.startMs) * audio.sampleRate / 1000.0),
                       std::min(audio.frames(),
                           std::llround(double(to - request.startMs) * audio.sampleRate / 1000.0)),
                       mask });
    }
    return spans;
}

// Whether a mono mix must be decoded as two voices so one can be redacted alone.
bool needsSplitVoices(const ClipRequest &request, int sourceChannels)
{
    if (request.channels != ClipChannels::Mono || sourceChannels < 2)
        return false;
    const qint64 clipEnd = request.startMs + request.durationMs;
    return std::any_of(request.redactions.cbegin(), request.redactions.cend(), [&](const ClipRedactionSpan &r) {
        return r.channel != RedactionChannel::Both && r.endMs > request.startMs && r.startMs < clipEnd;
    });
}

// Sums the two voices into one channel, as ClipSource's mono pan does.
void mixToMono(ClipAudio &audio)
{
    const qint64 frames = audio.frames();
    for (qint64 f = 0; f < frames; ++f)
        audio.samples[size_t(f)] = audio.samples[size_t(2 * f)] + audio.samples[size_t(2 * f + 1)];
    audio.samples.resize(size_t(frames));
    audio.channels = 1;
}

// 1 inside the span, ramping to 0 over kRampSeconds at its edges.
double spanWeight(qint64 frame, const Span &span, qint64 ramp)
{
    if (frame < span.first || frame >= span.end)
        return 0.0;
    const double fromStart = double(frame - span.first + 1) / double(ramp);
    const double fromEnd = double(span.end - frame) / double(ramp);
    return std::clamp(std::min(fromStart, fromEnd), 0.0, 1.0);
}

void silenceSpans(ClipAudio &audio, const QList<Span> &spans)
{
    const qint64 ramp = std::max<qint64>(1, std::llround(kRampSeconds * audio.sampleRate));
    for (const Span &span : spans) {
        // The ramps lie just outside the span, so every redacted sample is gone.
        const Span widened { std::max<qint64>(0, span.first - ramp), std::min(audio.frames(), span.end + ramp) };
        for (qint64 f = widened.first; f < widened.end; ++f) {
            const double keep = (f >= span.first && f < span.end) ? 0.0 : 1.0 - spanWeight(f, widened, ramp);
            for (int c = 0; c < audio.channels; ++c) {
                if (span.channels & (1u << c))
                    audio.samples[size_t(f * audio.channels + c)] *= float(keep);
            }
        }
    }
}

void addTone(ClipAudio &audio, const QList<Span> &spans, double amplitude, qint64 fadeFrames)
{
    const qint64 ramp = std::max<qint64>(1, std::llround(kRampSeconds * audio.sampleRate));
    const double step = 2.0 * std::numbers::pi * kToneHz / audio.sampleRate;
    for (const Span &span : spans) {
        for (qint64 f = span.first; f < span.end; ++f) {
            const double value = amplitude * spanWeight(f, span, ramp) * fadeGain(f, audio.frames(), fadeFrames)
                * std::sin(step * double(f - span.first));
            for (int c = 0; c < audio.channels; ++c) {
                if (span.channels & (1u << c))
                    audio.samples[size_t(f * audio.channels + c)] += float(value);
            }
        }
    }
}

void applyFades(ClipAudio &audio, qint64 fadeFrames)
{
    const qint64 frames = audio.frames();
    for (qint64 f = 0; f < frames; ++f) {
        if (f >= fadeFrames && f < frames - fadeFrames) {
            f = frames - fadeFrames - 1;
            continue;
        }
        const float gain = float(fadeGain(f, frames, fadeFrames));
        for (int c = 0; c < audio.channels; ++c)
            audio.samples[size_t(f * audio.channels + c)] *= gain;
    }
}

float samplePeak(const ClipAudio &audio)
{
    float peak = 0;
    for (const float s : audio.samples)
        peak = std::max(peak, std::abs(s));
    return peak;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 2);
}

// Refuses a clip too long to hold in memory at `rate` with `channels`.
Result<void> checkSize(const ClipRequest &request, int rate, int channels)
{
    const qint64 samples = qint64(double(request.durationMs) * rate / 1000.0) * channels;
    if (samples <= kMaxSamples)
        return {};
    const qint64 maxMinutes = kMaxSamples / channels / rate / 60;
    return fail(ErrorCode::InvalidInput,
        FfmpegClipExporter::tr("The clip from %1 is too long: at %2 Hz with %3 channel(s) a clip can be at most %4 "
                         "minutes; choose a shorter range or a lower rate.")
            .arg(QDir::toNativeSeparators(request.sourcePath))
            .arg(rate)
            .arg(channels)
            .arg(maxMinutes));
}

int channelCount(ClipChannels channels)
{
    return channels == ClipChannels::Stereo ? 2 : 1;
}

} // namespace

Result<void> FfmpegClipExporter::check(const ClipRequest &request, qint64 recordingDurationMs)
{
    const QString source = QDir::toNativeSeparators(request.sourcePath);
    const QString output = QDir::toNativeSeparators(request.outputPath);
    if (request.durationMs <= 0)
        return fail(ErrorCode::InvalidInput,
            tr("The clip from %1 has no length: give a duration above zero.").arg(source));
    if (request.sampleRate > 0) {
        if (auto fits = checkSize(request, request.sampleRate, channelCount(request.channels)); !fits)
            return fits;
    }
    if (request.startMs < 0)
        return fail(ErrorCode::InvalidInput,
            tr("The clip from %1 starts before the recording does (%2 s).").arg(source, seconds(request.startMs)));
    if (recordingDurationMs > 0 && request.startMs >= recordingDurationMs)
        return fail(ErrorCode::InvalidInput,
            tr("The clip starts at %1 s, but %2 is only %3 s long.")
                .arg(seconds(request.startMs), source, seconds(recordingDurationMs)));
    if (recordingDurationMs > 0 && request.startMs + request.durationMs > recordingDurationMs + kEndToleranceMs)
        return fail(ErrorCode::InvalidInput,
            tr("The clip ends at %1 s, but %2 is only %3 s long.")
                .arg(seconds(request.startMs + request.durationMs), source, seconds(recordingDurationMs)));
    if (request.fadeSeconds < 0 || !std::isfinite(request.fadeSeconds))
        return fail(ErrorCode::InvalidInput, tr("The fade for %1 cannot be negative.").arg(output));
    if (request.loudnessLufs && (*request.loudnessLufs < -70.0 || *request.loudnessLufs > -5.0))
        return fail(ErrorCode::InvalidInput,
            tr("A loudness of %1 LUFS for %2 is outside −70 … −5 LUFS.").arg(*request.loudnessLufs).arg(output));
    if (request.sampleRate != 0 && (request.sampleRate < 8000 || request.sampleRate > 192000))
        return fail(ErrorCode::InvalidInput,
            tr("%1 cannot be written at %2 samples per second (8000 … 192000).").arg(output).arg(request.sampleRate));
    if (request.outputPath.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("No file name was given for the clip."));
    const auto format = ClipFormat::fromPath(request.outputPath);
    if (!format)
        return fail(ErrorCode::Unsupported,
            tr("%1: the file name should end in one of %2.").arg(output, ClipFormat::extensionList()));
    if (!format->isAvailable())
        return fail(ErrorCode::Unsupported,
            tr("%1 cannot be written: this FFmpeg has no %2 encoder.")
                .arg(output, QString::fromLatin1(format->encoderName())));
    const QFileInfo target(request.outputPath);
    if (target.isDir())
        return fail(ErrorCode::Io, tr("%1 is a folder; give a file name for the clip.").arg(output));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return fail(ErrorCode::NotFound,
            tr("%1 cannot be written: the folder %2 does not exist.")
                .arg(output, QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (!request.sourcePath.isEmpty() && QFileInfo(request.sourcePath).exists()
        && target.exists() && target.canonicalFilePath() == QFileInfo(request.sourcePath).canonicalFilePath())
        return fail(ErrorCode::InvalidInput, tr("%1 is the recording itself; choose another name for the clip.").arg(output));
    return {};
}

Result<ClipResult> FfmpegClipExporter::render(const ClipRequest &request, TaskControl &control)
{
    if (auto checked = check(request); !checked)
        return std::unexpected(checked.error());
    const QString output = QDir::toNativeSeparators(request.outputPath);
    const ClipFormat format = *ClipFormat::fromPath(request.outputPath);

    // The temporary file comes first: an unwritable folder is found before
    // any decoding, and it sits beside the target so the rename is atomic.
    const QFileInfo target(request.outputPath);
    QTemporaryFile temporary(target.absolutePath() + u"/."_s + target.fileName() + u".XXXXXX.part"_s);
    if (!temporary.open())
        return fail(temporary.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
            tr("%1 cannot be written: the folder %2 takes no new files (%3).")
                .arg(output, QDir::toNativeSeparators(target.absolutePath()), temporary.errorString()));
    temporary.close();
    const QString temporaryPath = temporary.fileName();

    auto opened = ClipSource::open(request.sourcePath);
    if (!opened)
        return std::unexpected(opened.error());
    ClipSource &source = **opened;
    const ClipSource::Facts &facts = source.facts();
    if (auto checked = check(request, facts.durationMs); !checked)
        return std::unexpected(checked.error());
    if (facts.channels < 2 && (request.channels == ClipChannels::Agent || request.channels == ClipChannels::Customer))
        return fail(ErrorCode::InvalidInput,
            tr("%1 has one channel with both voices on it; an agent-only or customer-only clip needs a "
               "stereo recording.")
                .arg(QDir::toNativeSeparators(request.sourcePath)));

    const int rate = format.sampleRateFor(request.sampleRate > 0 ? request.sampleRate : facts.sampleRate);
    // A mix with one voice redacted is decoded as both voices and summed here
    // after the redaction, so the other voice goes on over the bleep.
    const bool splitVoices = needsSplitVoices(request, facts.channels);
    const ClipChannels decodeAs = splitVoices ? ClipChannels::Stereo : request.channels;
    if (auto fits = checkSize(request, rate, channelCount(decodeAs)); !fits)
        return std::unexpected(fits.error());
    const qint64 durationMs = std::min(request.durationMs, facts.durationMs - request.startMs);
    auto decoded = runStage(control, 0, 600, [&](TaskControl &stage) {
        return source.read(request.startMs, durationMs, decodeAs, request.agentChannel, rate, stage);
    });
    if (!decoded)
        return std::unexpected(decoded.error());
    ClipAudio &audio = *decoded;

    QList<Span> spans = redactedSpans(request, audio, decodeAs, facts.channels);
    silenceSpans(audio, spans);
    if (splitVoices) {
        mixToMono(audio);
        for (Span &span : spans)
            span.channels = 0b1u;
    }
    const qint64 fadeFrames = std::min(audio.frames() / 2, std::llround(request.fadeSeconds * rate));
    applyFades(audio, fadeFrames);

    ClipResult result;
    double toneDbfs = kUnnormalisedToneDbfs;
    if (request.loudnessLufs) {
        const double margin = format.kind() == ClipFormat::Kind::Opus ? kOpusMarginDb
            : format.isLossy()                                      ? kLossyMarginDb
                                                                    : kLosslessMarginDb;
        auto loudness = runStage(control, 600, 150, [&](TaskControl &stage) {
            return ClipLoudness::normalise(audio, *request.loudnessLufs, request.truePeakCeilingDb - margin,
                request.sourcePath, stage);
        });
        if (!loudness)
            return std::unexpected(loudness.error());
        result.inputLoudnessLufs = loudness->input.integratedLufs;
        result.outputLoudnessLufs = loudness->output.integratedLufs;
        result.outputTruePeakDb = loudness->output.truePeakDb;
        result.gainDb = loudness->gainDb;
        // A full-scale 1 kHz sine on every channel reads 0 LUFS in stereo, −3 in mono.
        toneDbfs = *request.loudnessLufs - kToneBelowTargetLu + (audio.channels == 1 ? 3.0 : 0.0);
    } else if (samplePeak(audio) > 1.0f) {
        // Summing both voices into mono can pass full scale where they overlap.
        if (auto limited = ClipLoudness::limit(audio, 0.98, request.sourcePath); !limited)
            return std::unexpected(limited.error());
    }
    if (request.redactionFill == RedactionFill::Tone) {
        // A tone on one channel of two reads 3 LU quieter than on both; the
        // one-voice bleeps are raised to match.
        const auto oneOfTwo = [&](const Span &span) { return audio.channels == 2 && span.channels != 0b11u; };
        QList<Span> both, single;
        for (const Span &span : std::as_const(spans))
            (oneOfTwo(span) ? single : both).append(span);
        addTone(audio, both, std::pow(10.0, toneDbfs / 20.0), fadeFrames);
        addTone(audio, single, std::pow(10.0, (toneDbfs + 3.0) / 20.0), fadeFrames);
    }

    ClipEncoder::Target encoderTarget;
    encoderTarget.path = temporaryPath;
    encoderTarget.shownPath = request.outputPath;
    encoderTarget.format = format;
    encoderTarget.metadata = request.metadata;
    auto written = runStage(control, 750, 250, [&](TaskControl &stage) {
        return ClipEncoder::write(audio, encoderTarget, stage);
    });
    if (!written)
        return std::unexpected(written.error());
    if (control.isCancelled())
        return fail(ErrorCode::Cancelled, tr("Writing %1 was cancelled.").arg(output));

    // rename(2) replaces an older clip of the same name in one step.
    if (std::rename(QFile::encodeName(temporaryPath).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return fail(ErrorCode::Io,
            tr("%1 cannot be written: %2.").arg(output, QString::fromLocal8Bit(std::strerror(errno))));
    // Created private by QTemporaryFile; a clip is for sharing.
    QFile::setPermissions(target.absoluteFilePath(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    control.report(1000, 1000, tr("Done"));

    result.outputPath = target.absoluteFilePath();
    result.codec = QString::fromLatin1(format.encoderName());
    result.frames = audio.frames();
    result.sampleRate = audio.sampleRate;
    result.channels = audio.channels;
    result.bytes = *written;
    qCDebug(lcMedia).noquote() << "clip written" << output << result.frames << "frames at" << rate << "Hz, gain"
                               << result.gainDb << "dB";
    return result;
}

} // namespace coach
