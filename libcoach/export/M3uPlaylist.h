// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace coach {

// One playlist line: a file relative to the playlist, its length and what a player shows.
struct M3uEntry
{
    QString path;        // relative to the playlist's folder, '/' separated
    qint64 durationMs = -1; // -1: unknown (written as #EXTINF:-1)
    QString title;

    friend bool operator==(const M3uEntry &, const M3uEntry &) = default;
};

/*
 * An extended M3U playlist (#EXTM3U, #EXTINF:seconds,title, then the path).
 *
 * The standup pack writes "playlist.m3u" in UTF-8 without a BOM, with LF line
 * ends and file names beside it. Why that combination: Windows Media Player
 * opens .m3u but not .m3u8; VLC reads a .m3u as UTF-8 when its bytes are valid
 * UTF-8 and mpv takes the bytes as they are; a BOM in front of #EXTM3U makes
 * some players miss the header. The pack keeps its file names ASCII, so even a
 * player that reads the file as a legacy code page finds every clip; at worst
 * it garbles an accented title. Durations are whole seconds (rounded up), the
 * form every player accepts; fractions are an HLS extension some refuse.
 */
class M3uPlaylist final
{
    Q_DECLARE_TR_FUNCTIONS(M3uPlaylist)
public:
    void append(const M3uEntry &entry) { m_entries.append(entry); }
    [[nodiscard]] const QList<M3uEntry> &entries() const { return m_entries; }

    [[nodiscard]] QByteArray toUtf8() const;
    // Written through a temporary file, so a failure leaves no half playlist.
    [[nodiscard]] Result<void> write(const QString &path) const;

    // Reads an extended or plain M3U; `path` names the file in errors. Durations
    // come back in ms as written (whole seconds for most files).
    [[nodiscard]] static Result<M3uPlaylist> parse(const QByteArray &data, const QString &path);

private:
    QList<M3uEntry> m_entries;
};

} // namespace coach
