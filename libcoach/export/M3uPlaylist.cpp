// SPDX-License-Identifier: GPL-3.0-or-later
#include "M3uPlaylist.h"

#include <QDir>
#include <QSaveFile>

#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// A title is one line and may not start a new directive.
QString oneLine(QString text)
{
    text.replace(u'\r', u' ').replace(u'\n', u' ');
    return text.simplified();
}

} // namespace

QByteArray M3uPlaylist::toUtf8() const
{
    QString text = u"#EXTM3U\n"_s;
    for (const M3uEntry &entry : m_entries) {
        const qint64 seconds = entry.durationMs < 0 ? -1 : (entry.durationMs + 999) / 1000;
        text += u"#EXTINF:%1,%2\n"_s.arg(seconds).arg(oneLine(entry.title));
        text += QString(entry.path).replace(u'\\', u'/') + u'\n';
    }
    return text.toUtf8();
}

Result<void> M3uPlaylist::write(const QString &path) const
{
    const QByteArray bytes = toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, tr("%1: cannot write the playlist (%2)")
                                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<M3uPlaylist> M3uPlaylist::parse(const QByteArray &data, const QString &path)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    M3uPlaylist playlist;
    std::optional<M3uEntry> pending;
    int lineNumber = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u"#EXTINF:")) {
            const QStringView rest = line.mid(8);
            const qsizetype comma = rest.indexOf(u',');
            // Attributes (tvg-id="…") may follow the duration before the comma.
            const QStringView number = (comma < 0 ? rest : rest.left(comma)).split(u' ').first();
            bool ok = false;
            const double seconds = number.toDouble(&ok);
            if (!ok)
                return fail(ErrorCode::Corrupt, tr("%1, line %2: “%3” is not a duration in seconds")
                                                        .arg(QDir::toNativeSeparators(path))
                                                        .arg(lineNumber)
                                                        .arg(number.toString()));
            pending = M3uEntry{ {}, seconds < 0 ? -1 : qint64(std::llround(seconds * 1000)),
                                comma < 0 ? QString() : rest.mid(comma + 1).toString() };
            continue;
        }
        if (line.startsWith(u'#'))
            continue;
        M3uEntry entry = pending.value_or(M3uEntry{});
        entry.path = line.toString();
        playlist.append(entry);
        pending.reset();
    }
    return playlist;
}

} // namespace coach
