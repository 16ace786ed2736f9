// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipTestSupport.h"

#include "TestSupport.h"

#include <QRegularExpression>

#include <cmath>
#include <cstring>
#include <numbers>

using namespace Qt::Literals::StringLiterals;

namespace coach::test {

QMap<QString, QString> streamFacts(const QString &path)
{
    QMap<QString, QString> facts;
    const ProcessResult r = run(u"ffprobe"_s,
        { u"-v"_s, u"error"_s, u"-select_streams"_s, u"a:0"_s, u"-show_entries"_s,
          u"stream=sample_rate,channels,codec_name"_s, u"-of"_s, u"default=nw=1"_s, path });
    for (const QString &line : QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            facts.insert(line.left(eq), line.mid(eq + 1).trimmed());
    }
    return facts;
}

QMap<QString, QString> tags(const QString &path)
{
    QMap<QString, QString> found;
    // Ogg keeps its comments on the stream, the other containers on the file.
    const ProcessResult r = run(u"ffprobe"_s,
        { u"-v"_s, u"error"_s, u"-show_entries"_s, u"format_tags:stream_tags"_s, u"-of"_s, u"default=nw=1"_s, path });
    for (const QString &line : QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u"TAG:"_s))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 4)
            found.insert(line.mid(4, eq - 4).toLower(), line.mid(eq + 1));
    }
    return found;
}

std::optional<Decoded> decode(const QString &path)
{
    const QMap<QString, QString> facts = streamFacts(path);
    Decoded decoded;
    decoded.sampleRate = facts.value(u"sample_rate"_s).toInt();
    decoded.channels = facts.value(u"channels"_s).toInt();
    if (decoded.sampleRate <= 0 || decoded.channels <= 0)
        return std::nullopt;
    const ProcessResult r = run(u"ffmpeg"_s,
        { u"-nostdin"_s, u"-v"_s, u"error"_s, u"-i"_s, path, u"-f"_s, u"f32le"_s, u"-c:a"_s, u"pcm_f32le"_s, u"-"_s });
    if (r.exitCode != 0)
        return std::nullopt;
    decoded.samples.resize(r.out.size() / qsizetype(sizeof(float)));
    std::memcpy(decoded.samples.data(), r.out.constData(), size_t(decoded.samples.size()) * sizeof(float));
    return decoded;
}

std::optional<Loudness> loudness(const QString &path)
{
    const ProcessResult r = run(u"ffmpeg"_s,
        { u"-nostdin"_s, u"-hide_banner"_s, u"-i"_s, path, u"-af"_s, u"ebur128=peak=true"_s, u"-f"_s, u"null"_s, u"-"_s });
    const QString text = QString::fromUtf8(r.err);
    // The summary comes last; its "I:" and the "Peak:" of its true-peak block.
    const qsizetype summary = text.lastIndexOf(u"Summary:"_s);
    if (summary < 0)
        return std::nullopt;
    const QString tail = text.mid(summary);
    static const QRegularExpression integrated(uR"(I:\s+(-?[\d.]+|-inf) LUFS)"_s);
    static const QRegularExpression peak(uR"(Peak:\s+(-?[\d.]+|-inf) dBFS)"_s);
    const auto i = integrated.match(tail);
    const auto p = peak.match(tail);
    if (!i.hasMatch() || !p.hasMatch())
        return std::nullopt;
    const auto number = [](const QString &s) { return s == u"-inf"_s ? -HUGE_VAL : s.toDouble(); };
    return Loudness { number(i.captured(1)), number(p.captured(1)) };
}

double rms(const Decoded &audio, int channel, qint64 from, qint64 to)
{
    double sum = 0;
    for (qint64 f = from; f < to; ++f)
        sum += double(audio.at(f, channel)) * audio.at(f, channel);
    return to > from ? std::sqrt(sum / double(to - from)) : 0.0;
}

double powerAt(const Decoded &audio, int channel, qint64 from, qint64 to, double hz)
{
    const double w = 2.0 * std::numbers::pi * hz / audio.sampleRate;
    const double coefficient = 2.0 * std::cos(w);
    double s1 = 0;
    double s2 = 0;
    for (qint64 f = from; f < to; ++f) {
        const double s0 = audio.at(f, channel) + coefficient * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    const double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
    const double n = double(std::max<qint64>(1, to - from));
    return power / (n * n);
}

qint64 bestLag(const Decoded &clip, const Decoded &source, qint64 expectedStart, qint64 maxLag)
{
    // Normalised correlation over the clip's first two seconds.
    const qint64 length = std::min<qint64>(clip.frames(), 2 * clip.sampleRate);
    qint64 best = 0;
    double bestScore = -2;
    for (qint64 lag = -maxLag; lag <= maxLag; ++lag) {
        const qint64 at = expectedStart + lag;
        if (at < 0 || at + length > source.frames())
            continue;
        double dot = 0;
        double a2 = 0;
        double b2 = 0;
        for (qint64 i = 0; i < length; ++i) {
            const double a = clip.at(i, 0);
            const double b = source.at(at + i, 0);
            dot += a * b;
            a2 += a * a;
            b2 += b * b;
        }
        const double score = dot / std::sqrt(std::max(1e-12, a2 * b2));
        if (score > bestScore) {
            bestScore = score;
            best = lag;
        }
    }
    return best;
}

} // namespace coach::test
