// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/ClipLoudness.h"

#include "core/Logging.h"
#include "core/TaskControl.h"
#include "media/ClipFilterGraph.h"
#include "media/FfmpegSupport.h"

#include <QDir>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <utility>

#include <ebur128.h>

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/frame.h>
}

namespace coach {

namespace {

// A clip of near-silence would otherwise be lifted into loud hiss.
constexpr double kMaxGainDb = 30.0;
// Close enough to the target that another pass changes nothing audible.
constexpr double kSettledLu = 0.25;
constexpr int kMaxPasses = 4;
// The oversampled limiter's output, brought back to the clip's rate, overshoots by about this much.
constexpr double kIntersampleAllowanceDb = 0.2;
// alimiter looks ahead this far; as much silence after the clip flushes it.
constexpr int kLimiterAttackMs = 5;

struct StateFreer
{
    void operator()(ebur128_state *state) const { ebur128_destroy(&state); }
};

double toLinear(double db)
{
    return std::pow(10.0, db / 20.0);
}

void scale(const std::vector<float> &from, std::vector<float> &to, double gain)
{
    to.resize(from.size());
    const float g = float(gain);
    std::transform(from.begin(), from.end(), to.begin(), [g](float s) { return s * g; });
}

float peakOf(const ClipAudio &audio)
{
    float peak = 0;
    for (const float s : audio.samples)
        peak = std::max(peak, std::abs(s));
    return peak;
}

} // namespace

Result<ClipLoudness::Measurement> ClipLoudness::measure(const ClipAudio &audio, const QString &name, int modes)
{
    const auto failed = [&](int code) {
        return fail(ErrorCode::Unsupported,
            tr("%1: the clip's loudness cannot be measured (libebur128 error %2).")
                .arg(QDir::toNativeSeparators(name))
                .arg(code));
    };
    std::unique_ptr<ebur128_state, StateFreer> state(
        ebur128_init(unsigned(audio.channels), static_cast<unsigned long>(audio.sampleRate), modes));
    if (!state)
        return failed(EBUR128_ERROR_NOMEM);
    // A mono clip is one channel heard by both ears: weight 1, as ffmpeg's ebur128 filter counts it.
    if (audio.channels == 1)
        ebur128_set_channel(state.get(), 0, EBUR128_CENTER);
    if (const int error = ebur128_add_frames_float(state.get(), audio.samples.data(), size_t(audio.frames()));
        error != EBUR128_SUCCESS)
        return failed(error);
    Measurement measurement;
    measurement.integratedLufs = std::numeric_limits<double>::quiet_NaN();
    measurement.truePeakDb = std::numeric_limits<double>::quiet_NaN();
    if ((modes & EBUR128_MODE_I) == EBUR128_MODE_I) {
        if (const int error = ebur128_loudness_global(state.get(), &measurement.integratedLufs);
            error != EBUR128_SUCCESS)
            return failed(error);
    }
    if ((modes & EBUR128_MODE_TRUE_PEAK) == EBUR128_MODE_TRUE_PEAK) {
        double peak = 0;
        for (int c = 0; c < audio.channels; ++c) {
            double channelPeak = 0;
            if (const int error = ebur128_true_peak(state.get(), unsigned(c), &channelPeak); error != EBUR128_SUCCESS)
                return failed(error);
            peak = std::max(peak, channelPeak);
        }
        measurement.truePeakDb = peak > 0 ? 20.0 * std::log10(peak) : -HUGE_VAL;
    }
    return measurement;
}

Result<ClipLoudness::Measurement> ClipLoudness::measure(const ClipAudio &audio, const QString &name)
{
    return measure(audio, name, EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
}

Result<void> ClipLoudness::limit(ClipAudio &audio, double ceiling, const QString &name)
{
    ceiling = std::clamp(ceiling, 0.0625, 1.0);
    // The limiter sees samples, and speech band-limited near Nyquist peaks
    // up to 3 dB higher between them; at four times the rate (twice above
    // 24 kHz) its samples show the true peaks. level=0: no make-up gain
    // (alimiter's default lifts the output to the limit); latency=1: output
    // aligned with the input; alimiter works in doubles, the sink gives floats.
    const int oversampled = audio.sampleRate * (audio.sampleRate < 24000 ? 4 : audio.sampleRate < 96000 ? 2 : 1);
    const QByteArray description = "aresample=" + QByteArray::number(oversampled) + ",alimiter=limit="
        + QByteArray::number(ceiling, 'f', 6) + ":attack=" + QByteArray::number(kLimiterAttackMs)
        + ":release=60:level=0:latency=1,aresample=" + QByteArray::number(audio.sampleRate)
        + ",aformat=sample_fmts=flt";
    auto created = ClipFilterGraph::createForFloat(audio.sampleRate, audio.channels, description, name);
    if (!created)
        return std::unexpected(created.error());
    ClipFilterGraph &graph = **created;

    const qint64 frames = audio.frames();
    const qint64 padding = qint64(audio.sampleRate) * (kLimiterAttackMs * 4) / 1000;
    std::vector<float> output;
    output.reserve(audio.samples.size() + size_t(padding * audio.channels));
    const ffmpeg::FramePtr in(av_frame_alloc());
    const ffmpeg::FramePtr out(av_frame_alloc());
    if (!in || !out)
        return fail(ErrorCode::Io, tr("%1: out of memory while limiting the clip's peaks.").arg(QDir::toNativeSeparators(name)));

    const auto drain = [&]() -> Result<void> {
        while (true) {
            auto pulled = graph.pull(out.get());
            if (!pulled)
                return std::unexpected(pulled.error());
            if (*pulled != ClipFilterGraph::Pulled::Frame)
                return {};
            const auto *data = reinterpret_cast<const float *>(out->data[0]);
            output.insert(output.end(), data, data + qsizetype(out->nb_samples) * audio.channels);
        }
    };

    constexpr int kChunk = 4096;
    for (qint64 done = 0; done < frames + padding; done += kChunk) {
        const int n = int(std::min<qint64>(kChunk, frames + padding - done));
        av_frame_unref(in.get());
        in->format = AV_SAMPLE_FMT_FLT;
        in->sample_rate = audio.sampleRate;
        in->nb_samples = n;
        av_channel_layout_default(&in->ch_layout, audio.channels);
        in->pts = done;
        if (av_frame_get_buffer(in.get(), 0) < 0)
            return fail(ErrorCode::Io, tr("%1: out of memory while limiting the clip's peaks.").arg(QDir::toNativeSeparators(name)));
        auto *data = reinterpret_cast<float *>(in->data[0]);
        const qint64 real = std::clamp<qint64>(frames - done, 0, n);
        if (real > 0)
            std::memcpy(data, audio.samples.data() + done * audio.channels, size_t(real * audio.channels) * sizeof(float));
        std::fill(data + real * audio.channels, data + qint64(n) * audio.channels, 0.0f);
        if (auto pushed = graph.push(in.get()); !pushed)
            return pushed;
        if (auto drained = drain(); !drained)
            return drained;
    }
    if (auto pushed = graph.push(nullptr); !pushed)
        return pushed;
    if (auto drained = drain(); !drained)
        return drained;
    output.resize(audio.samples.size(), 0.0f);
    audio.samples = std::move(output);
    return {};
}

Result<ClipLoudness::Outcome> ClipLoudness::normalise(ClipAudio &audio, double targetLufs, double ceilingDb,
                                                      const QString &name, TaskControl &control)
{
    const auto cancelled = [&] {
        return fail(ErrorCode::Cancelled,
            tr("Normalising the clip from %1 was cancelled.").arg(QDir::toNativeSeparators(name)));
    };
    Outcome outcome;
    auto input = measure(audio, name, EBUR128_MODE_I);
    if (!input)
        return std::unexpected(input.error());
    outcome.input = *input;
    outcome.output = *input;
    if (!std::isfinite(input->integratedLufs))
        return outcome;

    // Measuring true peaks oversamples, which costs five times a loudness
    // pass; so the loudness settles first with the limiter set a little
    // under the ceiling, and the true peak is checked once at the end.
    const std::vector<float> original = audio.samples;
    double gainDb = std::min(targetLufs - input->integratedLufs, kMaxGainDb);
    double limitDb = ceilingDb - kIntersampleAllowanceDb;
    const auto gainAndLimit = [&]() -> Result<void> {
        scale(original, audio.samples, toLinear(gainDb));
        if (peakOf(audio) > toLinear(limitDb))
            return limit(audio, toLinear(limitDb), name);
        return {};
    };
    double loudness = input->integratedLufs;
    std::optional<std::pair<double, double>> previous; // gain, loudness
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        if (control.isCancelled())
            return cancelled();
        control.report(pass, kMaxPasses + 1, tr("Normalising loudness"));
        if (auto done = gainAndLimit(); !done)
            return std::unexpected(done.error());
        auto measured = measure(audio, name, EBUR128_MODE_I);
        if (!measured)
            return std::unexpected(measured.error());
        loudness = measured->integratedLufs;
        qCDebug(lcMedia) << "clip loudness pass" << pass << "gain" << gainDb << "dB ->" << loudness << "LUFS";
        const double miss = targetLufs - loudness;
        if (std::abs(miss) <= kSettledLu || gainDb >= kMaxGainDb)
            break;
        // Where the limiter works, each dB of gain adds less than a dB of
        // loudness; the slope of the last step (a secant step) says how much.
        double step = miss;
        if (previous) {
            const double slope = (loudness - previous->second) / (gainDb - previous->first);
            if (std::isfinite(slope) && slope > 0.2 && slope < 1.0)
                step = miss / slope;
        }
        previous = std::pair { gainDb, loudness };
        gainDb = std::min(gainDb + step, kMaxGainDb);
    }

    auto peak = measure(audio, name, EBUR128_MODE_TRUE_PEAK);
    if (!peak)
        return std::unexpected(peak.error());
    for (int attempt = 0; peak->truePeakDb > ceilingDb && attempt < 3; ++attempt) {
        if (control.isCancelled())
            return cancelled();
        limitDb -= peak->truePeakDb - ceilingDb + 0.1;
        if (auto done = gainAndLimit(); !done)
            return std::unexpected(done.error());
        peak = measure(audio, name, EBUR128_MODE_TRUE_PEAK);
        if (!peak)
            return std::unexpected(peak.error());
    }
    if (peak->truePeakDb > ceilingDb) {
        // The last resort, never reached on speech in the tests: a plain
        // gain that costs a little loudness.
        const float cut = float(toLinear(ceilingDb - peak->truePeakDb - 0.05));
        std::transform(audio.samples.begin(), audio.samples.end(), audio.samples.begin(),
            [cut](float s) { return s * cut; });
        peak->truePeakDb = ceilingDb - 0.05;
    }
    if (limitDb < ceilingDb - kIntersampleAllowanceDb || peak->truePeakDb < -HUGE_VAL) {
        auto measured = measure(audio, name, EBUR128_MODE_I);
        if (!measured)
            return std::unexpected(measured.error());
        loudness = measured->integratedLufs;
    }
    outcome.output.integratedLufs = loudness;
    outcome.output.truePeakDb = peak->truePeakDb;
    outcome.gainDb = gainDb;
    control.report(kMaxPasses + 1, kMaxPasses + 1, tr("Normalising loudness"));
    return outcome;
}

} // namespace coach
