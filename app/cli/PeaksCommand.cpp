// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeaksCommand.h"

#include "InterruptGuard.h"

#include "analysis/AnalysisCache.h"
#include "core/DurationFormat.h"
#include "core/TaskControl.h"
#include "media/ContentFingerprint.h"
#include "media/RecordingAnalyzer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

namespace {

template<typename T>
void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

double seconds(const TimeRanges &ranges)
{
    qint64 ms = 0;
    for (const TimeRange &range : ranges)
        ms += range.length();
    return double(ms) / 1000.0;
}

// JSON by hand: a two-hour call has a million numbers, which QJsonArray
// would hold as a million QJsonValues.
QByteArray peaksJson(const Peaks &peaks)
{
    QByteArray out;
    out += "{\"version\":1,\"channels\":" + QByteArray::number(peaks.channelCount())
        + ",\"sample_rate\":" + QByteArray::number(peaks.sampleRate())
        + ",\"frames\":" + QByteArray::number(peaks.frameCount()) + ",\"levels\":[";
    for (int level = 0; level < peaks.levelCount(); ++level) {
        const Peaks::Level &data = peaks.level(level);
        out += (level ? ",{" : "{");
        out += "\"samples_per_bin\":" + QByteArray::number(data.samplesPerBin)
            + ",\"bins\":" + QByteArray::number(data.binCount) + ",\"data\":[";
        for (int c = 0; c < data.channels.size(); ++c) {
            out += (c ? ",[" : "[");
            const QByteArray &bins = data.channels.at(c);
            for (qsizetype i = 0; i < bins.size(); ++i) {
                if (i)
                    out += ',';
                out += QByteArray::number(int(qint8(bins.at(i))));
            }
            out += ']';
        }
        out += "]}";
    }
    out += "]}\n";
    return out;
}

QByteArray peaksBinary(const Peaks &peaks)
{
    QByteArray out("CBPEAKS", 8); // with its terminating zero
    put<quint32>(out, 1);
    put<quint32>(out, quint32(peaks.channelCount()));
    put<quint32>(out, quint32(peaks.sampleRate()));
    put<qint64>(out, peaks.frameCount());
    put<quint32>(out, quint32(peaks.levelCount()));
    for (int level = 0; level < peaks.levelCount(); ++level) {
        const Peaks::Level &data = peaks.level(level);
        put<quint32>(out, quint32(data.samplesPerBin));
        put<qint64>(out, data.binCount);
        for (const QByteArray &channel : data.channels)
            out += channel;
    }
    return out;
}

} // namespace

QString PeaksCommand::summary() const
{
    return tr("Compute a recording's waveform peaks and speech activity, without a library");
}

void PeaksCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"file"_s, tr("A recording."), tr("FILE"));
    parser.addOption({ u"out"_s,
                       tr("Write the peaks to FILE: JSON when its name ends in .json, else binary "
                          "(little-endian: \"CBPEAKS\\0\", u32 version 1, u32 channels, u32 sample rate, "
                          "i64 frames, u32 levels; per level u32 samples per bin, i64 bins, then per channel "
                          "bins × (i8 min, i8 max))."),
                       tr("FILE") });
    parser.addOption({ u"json"_s, tr("Print the summary as a JSON object, with the speech ranges.") });
    parser.addOption({ u"rebuild"_s, tr("Analyse again even when the analysis is cached, and cache the result.") });
    parser.addOption({ u"no-cache"_s, tr("Analyse without reading or writing the cache.") });
}

int PeaksCommand::execute(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: name one recording") << u'\n';
        return Usage;
    }
    const QString file = parser.positionalArguments().constFirst();

    const bool tty = isatty(STDERR_FILENO);
    const QString shown = QFileInfo(file).fileName();
    // Progress rewrites one line on a terminal and stays out of logs and pipes.
    TaskControl control([&](qint64 done, qint64 total, const QString &) {
        if (!tty || total <= 0)
            return;
        context.err << u"\r\x1b[K"_s << tr("Analysing %1… %2%").arg(shown).arg(done * 100 / total);
        context.err.flush();
    });
    const InterruptGuard interruptGuard(control);

    const auto analyse = [&]() -> Result<RecordingAnalysis> {
        if (parser.isSet(u"no-cache"_s))
            return RecordingAnalyzer::analyze(file, &control);
        const auto fingerprint = ContentFingerprint::compute(file);
        if (!fingerprint)
            return std::unexpected(fingerprint.error());
        const AnalysisCache cache;
        if (!parser.isSet(u"rebuild"_s))
            return cache.obtain(file, *fingerprint, &control);
        auto fresh = RecordingAnalyzer::analyze(file, &control);
        if (fresh) {
            if (const auto stored = cache.store(*fingerprint, *fresh); !stored)
                context.err << tr("warning: %1").arg(stored.error().message()) << u'\n';
        }
        return fresh;
    };
    const Result<RecordingAnalysis> analysis = analyse();
    if (tty) {
        context.err << u"\r\x1b[K"_s;
        context.err.flush();
    }
    if (!analysis)
        return report(analysis.error(), context);

    if (parser.isSet(u"out"_s))
        return writePeaks(*analysis, parser.value(u"out"_s), context);
    printSummary(*analysis, file, parser.isSet(u"json"_s), context);
    return Success;
}

int PeaksCommand::writePeaks(const RecordingAnalysis &analysis, const QString &path, Context &context)
{
    const bool json = path.endsWith(u".json"_s, Qt::CaseInsensitive);
    const QByteArray bytes = json ? peaksJson(analysis.peaks) : peaksBinary(analysis.peaks);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        context.err << tr("error: %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), out.errorString())
                    << u'\n';
        return Failure;
    }
    return Success;
}

void PeaksCommand::printSummary(const RecordingAnalysis &analysis, const QString &file, bool json,
                                Context &context)
{
    const Peaks &peaks = analysis.peaks;
    QList<double> speech;
    double totalSpeech = 0;
    for (const TimeRanges &ranges : analysis.speech) {
        speech.append(seconds(ranges));
        totalSpeech += speech.constLast();
    }
    // The first channel's share of all speech: the agent's, as recorders store calls.
    const bool hasRatio = peaks.channelCount() >= 2 && totalSpeech > 0;
    const double talkRatio = hasRatio ? speech.constFirst() / totalSpeech : 0;

    if (json) {
        QJsonObject object;
        object.insert(u"file"_s, file);
        object.insert(u"channels"_s, peaks.channelCount());
        object.insert(u"sample_rate"_s, peaks.sampleRate());
        object.insert(u"frames"_s, peaks.frameCount());
        object.insert(u"duration_ms"_s, peaks.durationMs());
        QJsonArray levels;
        for (int level = 0; level < peaks.levelCount(); ++level)
            levels.append(QJsonObject { { u"samples_per_bin"_s, peaks.level(level).samplesPerBin },
                                        { u"bins"_s, peaks.level(level).binCount } });
        object.insert(u"levels"_s, levels);
        QJsonArray speechSeconds;
        QJsonArray ranges;
        for (qsizetype c = 0; c < analysis.speech.size(); ++c) {
            speechSeconds.append(speech.at(c));
            QJsonArray channel;
            for (const TimeRange &range : analysis.speech.at(c))
                channel.append(QJsonArray { range.startMs, range.endMs });
            ranges.append(channel);
        }
        object.insert(u"speech_seconds"_s, speechSeconds);
        object.insert(u"talk_ratio"_s, hasRatio ? QJsonValue(talkRatio) : QJsonValue());
        qint64 silenceMs = 0;
        for (const TimeRange &range : analysis.silences(1))
            silenceMs += range.length();
        object.insert(u"silence_seconds"_s, double(silenceMs) / 1000.0);
        object.insert(u"speech"_s, ranges);
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }

    QStringList binsPerLevel;
    QStringList sizes;
    for (int level = 0; level < peaks.levelCount(); ++level) {
        sizes.append(QString::number(peaks.level(level).samplesPerBin));
        binsPerLevel.append(QString::number(peaks.level(level).binCount));
    }
    QStringList perChannel;
    for (qsizetype c = 0; c < speech.size(); ++c)
        perChannel.append(tr("channel %1: %2 s").arg(c + 1).arg(speech.at(c), 0, 'f', 1));
    context.out << tr("File:        %1").arg(file) << u'\n'
                << tr("Length:      %1 (%2 ms)").arg(formatDuration(peaks.durationMs())).arg(peaks.durationMs())
                << u'\n'
                << tr("Channels:    %1").arg(peaks.channelCount()) << u'\n'
                << tr("Sample rate: %1 Hz").arg(peaks.sampleRate()) << u'\n'
                << tr("Levels:      %1 (%2 samples per bin)").arg(peaks.levelCount()).arg(sizes.join(u", "_s))
                << u'\n'
                << tr("Bins:        %1").arg(binsPerLevel.join(u", "_s)) << u'\n'
                << tr("Speech:      %1").arg(perChannel.join(u", "_s)) << u'\n'
                << tr("Talk ratio:  %1").arg(hasRatio ? tr("%1 (channel 1's share of all speech)").arg(talkRatio, 0, 'f', 3)
                                                      : tr("—"))
                << u'\n';
}

} // namespace coach::cli
