// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/ContentFingerprint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

constexpr qint64 kSampleSize = 64 * 1024;

} // namespace

/*
 * The digest is sampled, not taken over every byte: importing a folder of
 * thousands of hour-long calls must not read gigabytes just to recognise
 * duplicates. The file size plus its first, middle and last 64 KiB already
 * tell real recordings apart: headers differ in length and tags, and any two
 * different calls differ in their audio at all three places. The price is
 * that an edit between the samples that keeps the size goes unnoticed,
 * which does not happen to recordings. Small files are hashed whole.
 */
Result<QString> ContentFingerprint::compute(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return fail(ErrorCode::NotFound, tr("No file was given to fingerprint."));
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists())
        return fail(ErrorCode::NotFound, tr("%1 does not exist.").arg(name));
    if (fileInfo.isDir())
        return fail(ErrorCode::Io, tr("%1 is a folder, not a file.").arg(name));
    if (!fileInfo.isFile())
        return fail(ErrorCode::Io, tr("%1 is not a regular file.").arg(name));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("%1 cannot be read: %2.").arg(name, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return fail(
            ErrorCode::Empty, tr("%1 cannot be fingerprinted: the file is empty.").arg(name));

    QCryptographicHash hash(QCryptographicHash::Sha256);
    const quint64 sizeLittleEndian = qToLittleEndian(static_cast<quint64>(size));
    hash.addData(
        QByteArrayView(reinterpret_cast<const char *>(&sizeLittleEndian), sizeof sizeLittleEndian));

    const auto addRange = [&](qint64 offset, qint64 length) -> bool {
        if (!file.seek(offset))
            return false;
        const QByteArray bytes = file.read(length);
        hash.addData(bytes);
        return bytes.size() == length;
    };

    bool complete = true;
    if (size <= 3 * kSampleSize) {
        complete = addRange(0, size);
    } else {
        complete = addRange(0, kSampleSize) && addRange(size / 2 - kSampleSize / 2, kSampleSize)
            && addRange(size - kSampleSize, kSampleSize);
    }
    if (!complete)
        return fail(ErrorCode::Io,
            tr("%1 cannot be read to the end (%2); it may have changed while it was being read.")
                .arg(name, file.errorString()));

    return QString::fromLatin1(hash.result().toHex());
}

} // namespace coach
