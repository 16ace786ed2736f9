// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/AnalysisCache.h"

#include "core/Logging.h"

#include "media/RecordingAnalyzer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <optional>

using namespace Qt::Literals::StringLiterals;


namespace coach {

/*
 * The file, all integers little-endian:
 *
 *   header (64 bytes)
 *     0  8  magic "CoachAna"
 *     8  4  format version (kFormatVersion)
 *    12  4  header size (64)
 *    16  8  payload size in bytes
 *    24  8  checksum of bytes 0–23 and of the payload (see checksum())
 *    32 32  zero
 *   payload
 *     u32 fingerprint length, its UTF-8 bytes
 *     u32 channels, u32 sample rate, i64 frames, u32 level count
 *     per level: u32 samples per bin, i64 bin count,
 *                per channel: bin count × (i8 min, i8 max)
 *     per channel: u32 range count, range count × (i64 start ms, i64 end ms)
 */
namespace {

constexpr char kMagic[8] = { 'C', 'o', 'a', 'c', 'h', 'A', 'n', 'a' };
constexpr qsizetype kHeaderSize = 64;
constexpr qsizetype kChecksumOffset = 24;
constexpr int kMaxChannels = 64;

// A 64-bit multiply–xorshift hash over 8-byte words: it guards against a
// damaged or half-written file, not against tampering, and costs about a
// tenth of a millisecond per megabyte, so loading stays as cheap as reading.
// Each step is a bijection of the state, so any one changed word changes it.
quint64 checksum(QByteArrayView header, QByteArrayView payload)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (QByteArrayView bytes : { header, payload }) {
        hash ^= quint64(bytes.size());
        const char *data = bytes.data();
        qsizetype i = 0;
        for (; i + 8 <= bytes.size(); i += 8) {
            hash = (hash ^ qFromLittleEndian<quint64>(data + i)) * 0x100000001b3ULL;
            hash ^= hash >> 29;
        }
        for (; i < bytes.size(); ++i)
            hash = (hash ^ quint8(data[i])) * 0x100000001b3ULL;
    }
    return hash;
}

template<typename T>
void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// Reads the payload front to back; any read past the end or value out of
// range makes it fail, and the file is then treated as corrupt.
class Reader final
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }
    template<typename T>
    T get()
    {
        if (!m_ok || m_bytes.size() - m_position < qsizetype(sizeof(T))) {
            m_ok = false;
            return T {};
        }
        const T value = qFromLittleEndian<T>(m_bytes.data() + m_position);
        m_position += qsizetype(sizeof(T));
        return value;
    }
    QByteArray bytes(qint64 count)
    {
        if (!m_ok || count < 0 || m_bytes.size() - m_position < count) {
            m_ok = false;
            return {};
        }
        QByteArray out(m_bytes.data() + m_position, qsizetype(count));
        m_position += qsizetype(count);
        return out;
    }
    void require(bool condition) { m_ok = m_ok && condition; }
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] bool atEnd() const { return m_position == m_bytes.size(); }

private:
    QByteArrayView m_bytes;
    qsizetype m_position = 0;
    bool m_ok = true;
};

QByteArray serialize(const QString &fingerprint, const RecordingAnalysis &analysis)
{
    const Peaks &peaks = analysis.peaks;
    QByteArray payload;
    qsizetype size = 64;
    for (int level = 0; level < peaks.levelCount(); ++level)
        size += 16 + peaks.level(level).binCount * 2 * peaks.channelCount();
    for (const TimeRanges &ranges : analysis.speech)
        size += 4 + ranges.size() * 16;
    payload.reserve(size);

    const QByteArray name = fingerprint.toUtf8();
    put<quint32>(payload, quint32(name.size()));
    payload.append(name);
    put<quint32>(payload, quint32(peaks.channelCount()));
    put<quint32>(payload, quint32(peaks.sampleRate()));
    put<qint64>(payload, peaks.frameCount());
    put<quint32>(payload, quint32(peaks.levelCount()));
    for (int level = 0; level < peaks.levelCount(); ++level) {
        const Peaks::Level &data = peaks.level(level);
        put<quint32>(payload, quint32(data.samplesPerBin));
        put<qint64>(payload, data.binCount);
        for (const QByteArray &channel : data.channels)
            payload.append(channel);
    }
    for (const TimeRanges &ranges : analysis.speech) {
        put<quint32>(payload, quint32(ranges.size()));
        for (const TimeRange &range : ranges) {
            put<qint64>(payload, range.startMs);
            put<qint64>(payload, range.endMs);
        }
    }
    return payload;
}

std::optional<RecordingAnalysis> deserialize(QByteArrayView payload, const QString &fingerprint)
{
    Reader in(payload);
    const quint32 nameSize = in.get<quint32>();
    in.require(QString::fromUtf8(in.bytes(nameSize)) == fingerprint);
    const int channels = int(in.get<quint32>());
    const int sampleRate = int(in.get<quint32>());
    const qint64 frames = in.get<qint64>();
    const int levelCount = int(in.get<quint32>());
    in.require(channels >= 1 && channels <= kMaxChannels && sampleRate > 0 && frames >= 0
               && levelCount == Peaks::kLevelCount);
    if (!in.ok())
        return std::nullopt;

    QList<Peaks::Level> levels(levelCount);
    for (int level = 0; level < levelCount && in.ok(); ++level) {
        Peaks::Level &data = levels[level];
        data.samplesPerBin = int(in.get<quint32>());
        data.binCount = in.get<qint64>();
        const qint64 expectedBins = (frames + (qint64(Peaks::kBaseSamplesPerBin) << (2 * level)) - 1)
            / (qint64(Peaks::kBaseSamplesPerBin) << (2 * level));
        in.require(data.samplesPerBin == Peaks::kBaseSamplesPerBin << (2 * level)
                   && data.binCount == expectedBins);
        for (int c = 0; c < channels && in.ok(); ++c)
            data.channels.append(in.bytes(2 * data.binCount));
    }
    RecordingAnalysis analysis;
    const qint64 durationMs = frames * 1000 / sampleRate;
    for (int c = 0; c < channels && in.ok(); ++c) {
        const quint32 count = in.get<quint32>();
        in.require(qint64(count) * 16 <= payload.size());
        TimeRanges ranges;
        qint64 previousEnd = 0;
        for (quint32 i = 0; i < count && in.ok(); ++i) {
            const TimeRange range { in.get<qint64>(), in.get<qint64>() };
            in.require(range.startMs >= previousEnd && range.endMs > range.startMs
                       && range.endMs <= durationMs + 1);
            previousEnd = range.endMs;
            ranges.append(range);
        }
        analysis.speech.append(ranges);
    }
    in.require(in.atEnd());
    if (!in.ok())
        return std::nullopt;
    analysis.peaks = Peaks(channels, sampleRate, frames, std::move(levels));
    return analysis;
}

} // namespace

AnalysisCache::AnalysisCache(QString directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/analysis"_s
                      : std::move(directory))
{
}

QString AnalysisCache::pathFor(const QString &fingerprint) const
{
    // Fingerprints are hex; anything else is hashed so it cannot name a path elsewhere.
    static const auto isSafe = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-'
            || c == u'_';
    };
    QString name = fingerprint;
    if (name.isEmpty() || name.size() > 128 || !std::all_of(name.cbegin(), name.cend(), isSafe))
        name = QString::fromLatin1(QCryptographicHash::hash(fingerprint.toUtf8(), QCryptographicHash::Sha256).toHex());
    return m_directory + u'/' + name + u".analysis"_s;
}

Result<RecordingAnalysis> AnalysisCache::load(const QString &fingerprint) const
{
    const QString path = pathFor(fingerprint);
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists())
            return fail(ErrorCode::NotFound, tr("%1 does not exist.").arg(name));
        return fail(ErrorCode::Io, tr("%1 cannot be read: %2.").arg(name, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    if (bytes.size() < kHeaderSize)
        return fail(ErrorCode::Corrupt, tr("%1 is shorter than its header; it is truncated.").arg(name));
    if (std::memcmp(bytes.constData(), kMagic, sizeof kMagic) != 0)
        return fail(ErrorCode::Corrupt, tr("%1 is not a Coachbench analysis file.").arg(name));
    const quint32 version = qFromLittleEndian<quint32>(bytes.constData() + 8);
    if (version != quint32(kFormatVersion))
        return fail(ErrorCode::Unsupported,
                    tr("%1 was written in analysis format %2; this Coachbench reads format %3.")
                        .arg(name)
                        .arg(version)
                        .arg(kFormatVersion));
    const quint32 headerSize = qFromLittleEndian<quint32>(bytes.constData() + 12);
    const qint64 payloadSize = qFromLittleEndian<qint64>(bytes.constData() + 16);
    if (headerSize != kHeaderSize || payloadSize != bytes.size() - kHeaderSize)
        return fail(ErrorCode::Corrupt,
                    tr("%1 has %2 bytes where its header announces %3; it is truncated or damaged.")
                        .arg(name)
                        .arg(bytes.size())
                        .arg(qint64(headerSize) + payloadSize));
    const QByteArrayView payload = QByteArrayView(bytes).sliced(kHeaderSize);
    const quint64 stored = qFromLittleEndian<quint64>(bytes.constData() + kChecksumOffset);
    if (checksum(QByteArrayView(bytes).first(kChecksumOffset), payload) != stored
        || std::any_of(bytes.cbegin() + kChecksumOffset + 8, bytes.cbegin() + kHeaderSize,
                       [](char c) { return c != 0; }))
        return fail(ErrorCode::Corrupt, tr("%1 fails its checksum; it is damaged.").arg(name));
    auto analysis = deserialize(payload, fingerprint);
    if (!analysis)
        return fail(ErrorCode::Corrupt, tr("%1 holds values that do not fit together; it is damaged.").arg(name));
    return std::move(*analysis);
}

Result<void> AnalysisCache::store(const QString &fingerprint, const RecordingAnalysis &analysis) const
{
    const QString path = pathFor(fingerprint);
    const QString name = QDir::toNativeSeparators(path);
    if (!QDir().mkpath(m_directory))
        return fail(ErrorCode::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_directory)));

    const QByteArray payload = serialize(fingerprint, analysis);
    QByteArray header(kHeaderSize, '\0');
    std::memcpy(header.data(), kMagic, sizeof kMagic);
    qToLittleEndian<quint32>(quint32(kFormatVersion), header.data() + 8);
    qToLittleEndian<quint32>(quint32(kHeaderSize), header.data() + 12);
    qToLittleEndian<qint64>(payload.size(), header.data() + 16);
    qToLittleEndian<quint64>(checksum(QByteArrayView(header).first(kChecksumOffset), payload),
                             header.data() + kChecksumOffset);

    // Written beside the target and renamed over it, so a reader (another
    // thread, another process) sees the old file or the new one, never half.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("%1 cannot be written: %2.").arg(name, file.errorString()));
    if (file.write(header) != header.size() || file.write(payload) != payload.size() || !file.commit())
        return fail(file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
                    tr("%1 cannot be written: %2.").arg(name, file.errorString()));
    return {};
}

Result<RecordingAnalysis> AnalysisCache::obtain(const QString &recordingPath, const QString &fingerprint,
                                                const TaskControl *control) const
{
    auto cached = load(fingerprint);
    if (cached)
        return cached;
    // Derived data is never trusted when damaged: say why, then rebuild.
    if (cached.error().code() != ErrorCode::NotFound)
        qCInfo(lcAnalysis).noquote() << "rebuilding:" << cached.error().message();

    auto analysis = RecordingAnalyzer::analyze(recordingPath, control);
    if (!analysis)
        return analysis;
    // A cache that cannot be written costs the next open a decode, nothing more.
    if (const auto stored = store(fingerprint, *analysis); !stored)
        qCWarning(lcAnalysis).noquote() << stored.error().message();
    return analysis;
}

} // namespace coach
