// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/ClipFormat.h"

#include "media/MediaBackend.h"
#include "media/MediaModule.h"

#include <QFileInfo>

#include <algorithm>
#include <climits>


using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

constexpr ClipFormat::Kind kAllKinds[] = { ClipFormat::Kind::Wav, ClipFormat::Kind::Flac,
    ClipFormat::Kind::Opus, ClipFormat::Kind::Mp3, ClipFormat::Kind::Aac };

} // namespace

ClipFormat ClipFormat::of(Kind kind)
{
    return ClipFormat(kind);
}

std::optional<ClipFormat> ClipFormat::fromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"wav"_s)
        return ClipFormat(Kind::Wav);
    if (suffix == u"flac"_s)
        return ClipFormat(Kind::Flac);
    if (suffix == u"opus"_s || suffix == u"ogg"_s)
        return ClipFormat(Kind::Opus);
    if (suffix == u"mp3"_s)
        return ClipFormat(Kind::Mp3);
    if (suffix == u"m4a"_s)
        return ClipFormat(Kind::Aac);
    return std::nullopt;
}

QList<ClipFormat> ClipFormat::available()
{
    QList<ClipFormat> formats;
    for (const Kind kind : kAllKinds) {
        if (ClipFormat(kind).isAvailable())
            formats.append(ClipFormat(kind));
    }
    return formats;
}

QString ClipFormat::extensionList()
{
    return u"wav, flac, opus, ogg, mp3, m4a"_s;
}

QString ClipFormat::extension() const
{
    switch (m_kind) {
    case Kind::Wav: return u"wav"_s;
    case Kind::Flac: return u"flac"_s;
    case Kind::Opus: return u"opus"_s;
    case Kind::Mp3: return u"mp3"_s;
    case Kind::Aac: return u"m4a"_s;
    }
    return {};
}

QString ClipFormat::displayName() const
{
    switch (m_kind) {
    case Kind::Wav: return tr("WAV, 16-bit PCM (.wav)");
    case Kind::Flac: return tr("FLAC, lossless (.flac)");
    case Kind::Opus: return tr("Opus (.opus)");
    case Kind::Mp3: return tr("MP3 (.mp3)");
    case Kind::Aac: return tr("AAC (.m4a)");
    }
    return {};
}

bool ClipFormat::isLossy() const
{
    return m_kind == Kind::Opus || m_kind == Kind::Mp3 || m_kind == Kind::Aac;
}

// What this FFmpeg can encode is asked of the media module, which a menu of
// formats therefore loads; a module that cannot be loaded offers none.
bool ClipFormat::isAvailable() const
{
    const auto backend = MediaModule::backend();
    return backend && (*backend)->hasEncoder(encoderName());
}

QByteArray ClipFormat::encoderName() const
{
    switch (m_kind) {
    case Kind::Wav: return "pcm_s16le";
    case Kind::Flac: return "flac";
    case Kind::Opus: return "libopus";
    case Kind::Mp3: return "libmp3lame";
    case Kind::Aac: return "aac";
    }
    return {};
}

QByteArray ClipFormat::muxerName(const QString &path) const
{
    switch (m_kind) {
    case Kind::Wav: return "wav";
    case Kind::Flac: return "flac";
    case Kind::Opus:
        return QFileInfo(path).suffix().compare(u"ogg"_s, Qt::CaseInsensitive) == 0 ? "ogg" : "opus";
    case Kind::Mp3: return "mp3";
    // "ipod" is FFmpeg's name for the .m4a flavour of MP4.
    case Kind::Aac: return "ipod";
    }
    return {};
}

int ClipFormat::sampleRateFor(int wanted) const
{
    if (wanted <= 0)
        wanted = 8000;
    const auto backend = MediaModule::backend();
    const QList<int> rates = backend ? (*backend)->encoderSampleRates(encoderName()) : QList<int>();
    if (rates.isEmpty())
        return std::clamp(wanted, 8000, 192000);
    int higher = INT_MAX;
    int highest = 0;
    for (const int rate : rates) {
        if (rate == wanted)
            return wanted;
        if (rate > wanted)
            higher = std::min(higher, rate);
        highest = std::max(highest, rate);
    }
    return higher != INT_MAX ? higher : highest;
}

qint64 ClipFormat::bitRateFor(int sampleRate, int channels) const
{
    if (!isLossy())
        return 0;
    // Telephone speech needs little: these keep it transparent at its own
    // band while a standup clip stays small enough to mail.
    const bool narrow = sampleRate <= 16000;
    const qint64 perChannel = narrow ? 24000 : 48000;
    const qint64 total = perChannel * std::max(1, channels);
    switch (m_kind) {
    case Kind::Opus: return total;
    // MP3 at 8 kHz (MPEG 2.5) has a 64 kbit/s ceiling for both channels together.
    case Kind::Mp3: return std::min<qint64>(total + 8000 * channels, narrow ? 64000 : 160000);
    case Kind::Aac: return total + 8000 * channels;
    default: return 0;
    }
}

} // namespace coach
