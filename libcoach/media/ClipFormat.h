// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace coach {

/*
 * One output format a clip can be written in, chosen by the file's extension:
 * the FFmpeg encoder and muxer behind it, the sample rates it takes and the
 * bit rate we give it. Only formats whose encoder this FFmpeg build has are
 * offered (Debian's has all five). A small value type, free to copy.
 *
 *     auto format = ClipFormat::fromPath(u"tip.opus"_s); // Opus in Ogg
 *     int rate = format->sampleRateFor(44100);           // 48000: libopus has no 44.1 kHz
 */
class ClipFormat final
{
    Q_DECLARE_TR_FUNCTIONS(ClipFormat)
public:
    enum class Kind { Wav, Flac, Opus, Mp3, Aac };

    [[nodiscard]] static ClipFormat of(Kind kind);
    // By extension, case-insensitively: .wav .flac .opus .ogg .mp3 .m4a.
    [[nodiscard]] static std::optional<ClipFormat> fromPath(const QString &path);
    // Every kind whose encoder this FFmpeg provides, in the order a menu shows them.
    [[nodiscard]] static QList<ClipFormat> available();
    // "wav, flac, opus, ogg, mp3, m4a": for messages.
    [[nodiscard]] static QString extensionList();

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString extension() const; // the usual one, without the dot
    [[nodiscard]] QString displayName() const; // "Opus (.opus)", translated
    [[nodiscard]] bool isLossy() const;
    [[nodiscard]] bool isAvailable() const;
    [[nodiscard]] QByteArray encoderName() const;
    // The muxer for `path`: .ogg and .opus differ only in the muxer's name.
    [[nodiscard]] QByteArray muxerName(const QString &path) const;

    // `wanted` if the encoder takes it, else the nearest higher rate it takes
    // (else its highest). 0 or less asks for 8000, the telephone rate.
    [[nodiscard]] int sampleRateFor(int wanted) const;
    // Bits per second for a speech clip; 0 for the lossless formats.
    [[nodiscard]] qint64 bitRateFor(int sampleRate, int channels) const;

    friend bool operator==(const ClipFormat &, const ClipFormat &) = default;

private:
    explicit ClipFormat(Kind kind)
        : m_kind(kind)
    {
    }
    Kind m_kind;
};

} // namespace coach
