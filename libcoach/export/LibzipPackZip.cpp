// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/LibzipPackZip.h"

#include "core/TaskControl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <cerrno>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// Text and PCM shrink under deflate; Opus, MP3, AAC, FLAC and PDF are compressed already.
bool shrinks(const QString &name)
{
    static const QStringList suffixes{ u"html"_s, u"vtt"_s, u"srt"_s, u"m3u"_s, u"m3u8"_s, u"txt"_s, u"wav"_s };
    return suffixes.contains(QFileInfo(name).suffix().toLower());
}

struct CancelState
{
    TaskControl *control = nullptr;
    qint64 files = 0;
};

} // namespace

Result<void> LibzipPackZip::write(const QString &folder, const QStringList &files, const QString &zipPath,
                                   TaskControl &control)
{
    const QString native = QDir::toNativeSeparators(zipPath);
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString why = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        return fail(ErrorCode::Io, tr("%1: cannot create the zip (%2)").arg(native, why));
    }
    const auto failWith = [&](ErrorCode errorCode, const QString &what) {
        const QString why = QString::fromLocal8Bit(zip_error_strerror(zip_get_error(archive)));
        zip_discard(archive);
        return fail(errorCode, tr("%1: %2 (%3)").arg(native, what, why));
    };

    const QString top = QFileInfo(zipPath).completeBaseName() + u'/';
    for (const QString &name : files) {
        const QString source = QDir(folder).filePath(name);
        zip_source_t *data = zip_source_file_create(QFile::encodeName(source).constData(), 0, -1, nullptr);
        if (!data)
            return failWith(ErrorCode::Io, tr("cannot read %1").arg(QDir::toNativeSeparators(source)));
        const zip_int64_t index =
                zip_file_add(archive, (top + name).toUtf8().constData(), data, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(data);
            return failWith(ErrorCode::Io, tr("cannot add %1").arg(name));
        }
        const zip_int32_t method = shrinks(name) ? ZIP_CM_DEFLATE : ZIP_CM_STORE;
        if (zip_set_file_compression(archive, zip_uint64_t(index), method, 0) != 0)
            return failWith(ErrorCode::Io, tr("cannot add %1").arg(name));
    }

    CancelState state{ &control, files.size() };
    zip_register_cancel_callback_with_state(
            archive, [](zip_t *, void *ud) { return static_cast<CancelState *>(ud)->control->isCancelled() ? 1 : 0; },
            nullptr, &state);
    zip_register_progress_callback_with_state(
            archive, 0.02,
            [](zip_t *, double fraction, void *ud) {
                const auto *s = static_cast<CancelState *>(ud);
                s->control->report(qint64(fraction * 1000), 1000, tr("Writing the zip"));
            },
            nullptr, &state);
    // zip_close() is where libzip writes: into a temporary file it renames into place at the end.
    if (zip_close(archive) != 0) {
        if (control.isCancelled()) {
            zip_discard(archive);
            return fail(ErrorCode::Cancelled, tr("%1: cancelled; no zip was written").arg(native));
        }
        const int system = zip_error_code_system(zip_get_error(archive));
        return failWith(system == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Io, tr("cannot write the zip"));
    }
    return {};
}

} // namespace coach
