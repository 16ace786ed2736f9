// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandupPackBuilder.h"

#include "core/Logging.h"
#include "core/TaskControl.h"
#include "export/CaptionSidecar.h"
#include "export/CueSheetHtml.h"
#include "export/M3uPlaylist.h"
#include "export/StandupPackLayout.h"
#include "export/StandupPackZip.h"
#include "media/ClipExporter.h"
#include "media/ClipFormat.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// Progress units for the work after the clips, against milliseconds of audio:
// small next to a few 30-second clips, so the bar mostly follows the audio.
constexpr qint64 filesUnits = 1500;
constexpr qint64 zipUnits = 2500;

QString native(const QString &path) { return QDir::toNativeSeparators(path); }

Result<void> writeText(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, StandupPackBuilder::tr("%1: cannot write (%2)").arg(native(path), file.errorString()));
    return {};
}

/*
 * Renders the clips on a few threads. Each clip gets its own TaskControl, so
 * a cancel or the first failure stops the others at their next progress
 * report; the calling thread relays a cancel and waits.
 */
class ClipRenderPool final
{
public:
    ClipRenderPool(const QList<ClipRequest> &requests, TaskControl &control, qint64 total)
        : m_requests(requests)
        , m_control(control)
        , m_total(total)
        , m_done(requests.size(), 0)
        , m_children(requests.size())
    {
        for (qsizetype i = 0; i < requests.size(); ++i) {
            m_children[i] = std::make_unique<TaskControl>([this, i](qint64 done, qint64, const QString &) {
                progress(i, done);
            });
        }
    }

    [[nodiscard]] QList<Result<ClipResult>> run(int threads)
    {
        QList<Result<ClipResult>> results;
        for (qsizetype i = 0; i < m_requests.size(); ++i)
            results.append(fail(ErrorCode::Cancelled, StandupPackBuilder::tr("Cancelled")));
        std::vector<std::thread> workers;
        std::atomic_int running = std::max(1, std::min<int>(threads, int(m_requests.size())));
        for (int t = 0, n = running; t < n; ++t) {
            workers.emplace_back([&] {
                for (;;) {
                    const int i = m_next.fetch_add(1);
                    if (i >= m_requests.size() || m_failed.load() || m_control.isCancelled())
                        break;
                    results[i] = ClipExporter::render(m_requests.at(i), *m_children[i]);
                    if (!results[i]) {
                        m_failed.store(true);
                        cancelAll();
                    }
                }
                running.fetch_sub(1);
            });
        }
        // The workers poll their own controls; the caller's cancel reaches them through this loop.
        while (running.load() > 0) {
            if (m_control.isCancelled())
                cancelAll();
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        for (std::thread &worker : workers)
            worker.join();
        return results;
    }

private:
    void cancelAll()
    {
        for (const auto &child : m_children)
            child->cancel();
    }

    void progress(qsizetype index, qint64 done)
    {
        QMutexLocker lock(&m_mutex);
        m_done[index] = std::clamp<qint64>(done, 0, m_requests.at(index).durationMs);
        qint64 sum = 0;
        for (const qint64 d : m_done)
            sum += d;
        m_control.report(sum, m_total, StandupPackBuilder::tr("Rendering clips"));
    }

    const QList<ClipRequest> &m_requests;
    TaskControl &m_control;
    const qint64 m_total;
    QMutex m_mutex;
    std::vector<qint64> m_done;
    std::vector<std::unique_ptr<TaskControl>> m_children;
    std::atomic_int m_next = 0;
    std::atomic_bool m_failed = false;
};

Result<void> checkPack(const StandupPack &pack)
{
    if (pack.clips.isEmpty())
        return fail(ErrorCode::InvalidInput, StandupPackBuilder::tr("The standup pack has no clips"));
    for (int i = 0; i < pack.clips.size(); ++i) {
        const StandupClip &clip = pack.clips.at(i);
        const QString which = StandupPackLayout::clipTitle(clip);
        if (clip.range.length() <= 0 || clip.range.startMs < 0)
            return fail(ErrorCode::InvalidInput,
                        StandupPackBuilder::tr("%1: clip %2 (%3) has no length; choose a longer range")
                                .arg(native(clip.recordingPath))
                                .arg(i + 1)
                                .arg(which));
        if (clip.recordingDurationMs > 0 && clip.range.endMs > clip.recordingDurationMs + 50)
            return fail(ErrorCode::InvalidInput,
                        StandupPackBuilder::tr("%1: clip %2 (%3) ends after the recording does")
                                .arg(native(clip.recordingPath))
                                .arg(i + 1)
                                .arg(which));
        if (!QFileInfo(clip.recordingPath).isFile())
            return fail(ErrorCode::NotFound,
                        StandupPackBuilder::tr("%1: the recording of clip %2 (%3) has moved or vanished")
                                .arg(native(clip.recordingPath))
                                .arg(i + 1)
                                .arg(which));
    }
    return {};
}

Result<void> checkDestination(const QString &destination, bool zip, bool replace)
{
    if (destination.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, StandupPackBuilder::tr("Say where the standup pack goes"));
    const QFileInfo info(destination);
    // Like `mkdir -p`: a first pack into ~/Documents/standups should not need the folder made by hand.
    if (!QFileInfo(info.absolutePath()).isDir() && !QDir().mkpath(info.absolutePath()))
        return fail(ErrorCode::Io, StandupPackBuilder::tr("%1: cannot create the folder %2")
                                           .arg(native(destination), native(info.absolutePath())));
    if (!info.exists() && !info.isSymLink())
        return {};
    if (zip && info.isDir())
        return fail(ErrorCode::InvalidInput,
                    StandupPackBuilder::tr("%1: a folder of that name is in the way of the zip").arg(native(destination)));
    if (!zip && !info.isDir())
        return fail(ErrorCode::InvalidInput,
                    StandupPackBuilder::tr("%1: a file of that name is in the way of the folder").arg(native(destination)));
    if (!replace)
        return fail(ErrorCode::Duplicate,
                    StandupPackBuilder::tr("%1 already exists; choose another name or replace it").arg(native(destination)));
    return {};
}

// Moves the finished folder under the final name; an older pack there goes only once the new one is in place.
Result<void> moveIntoPlace(const QString &from, const QString &to)
{
    const QFileInfo target(to);
    QString old;
    if (target.exists()) {
        old = target.absolutePath() + u"/."_s + target.fileName() + u".old-"_s
                + QUuid::createUuid().toString(QUuid::Id128).left(8);
        if (!QDir().rename(to, old))
            return fail(ErrorCode::Io, StandupPackBuilder::tr("%1: cannot move the previous pack aside").arg(native(to)));
    }
    if (!QDir().rename(from, to)) {
        if (!old.isEmpty())
            QDir().rename(old, to);
        return fail(ErrorCode::Io, StandupPackBuilder::tr("%1: cannot move the finished pack into place").arg(native(to)));
    }
    if (!old.isEmpty() && !QDir(old).removeRecursively())
        qCWarning(lcMedia) << "could not remove the replaced standup pack" << old;
    return {};
}

// The lock a build holds beside its partial folder while it writes there.
QString lockPathFor(const QString &partial)
{
    return partial + u".lock"_s;
}

// Partial folders of builds that were killed (a clean end, a failure or a
// cancel removes its own): their builder's lock is free, and they are not
// brand new, since a build that has just made its folder takes its lock next.
void removeAbandonedPartials(const QFileInfo &destination, const QString &ours)
{
    const QDir folder(destination.absolutePath());
    const QString pattern = u"."_s + destination.fileName() + u".partial-*"_s;
    const QDateTime recently = QDateTime::currentDateTimeUtc().addSecs(-60);
    for (const QFileInfo &partial : folder.entryInfoList({ pattern }, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (partial.absoluteFilePath() == ours || partial.lastModified() > recently)
            continue;
        QLockFile lock(lockPathFor(partial.absoluteFilePath()));
        lock.setStaleLockTime(0); // a long build is not a dead one: only a vanished owner frees it
        if (!lock.tryLock(0))
            continue;
        if (QDir(partial.absoluteFilePath()).removeRecursively())
            qCInfo(lcMedia) << "removed the partial standup pack of an interrupted build" << partial.absoluteFilePath();
    }
}

} // namespace

bool StandupPackBuilder::isZip(const QString &destination)
{
    return destination.endsWith(u".zip"_s, Qt::CaseInsensitive);
}

QString StandupPackBuilder::suggestedName(const StandupPack &pack)
{
    QString name = u"standup"_s;
    if (const QString team = StandupPackLayout::slug(pack.teamName, 30); !team.isEmpty())
        name += u'-' + team;
    if (!pack.isoWeek.isEmpty())
        name += u'-' + pack.isoWeek;
    return name;
}

Result<StandupPackBuilder::Outcome> StandupPackBuilder::build(const StandupPack &pack, const Options &options,
                                                              TaskControl &control)
{
    const bool zip = isZip(options.destination);
    const auto format = ClipFormat::fromPath(u"clip."_s + options.format);
    if (!format || !format->isAvailable())
        return fail(ErrorCode::Unsupported, tr("“%1” is not a clip format this FFmpeg writes; use one of %2")
                                                    .arg(options.format, ClipFormat::extensionList()));
    if (auto ok = checkPack(pack); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkDestination(options.destination, zip, options.replaceExisting); !ok)
        return std::unexpected(ok.error());

    const QFileInfo destination(options.destination);
    const QString finalPath = destination.absoluteFilePath();
    QTemporaryDir work(destination.absolutePath() + u"/."_s + destination.fileName() + u".partial-XXXXXX"_s);
    if (!work.isValid())
        return fail(ErrorCode::Io, tr("%1: cannot write in that folder (%2)")
                                           .arg(native(destination.absolutePath()), work.errorString()));
    QLockFile workLock(lockPathFor(work.path()));
    workLock.setStaleLockTime(0);
    if (!workLock.tryLock(0))
        qCWarning(lcMedia) << "cannot lock the partial standup pack" << work.path();
    removeAbandonedPartials(destination, work.path());

    qint64 audioMs = 0;
    QList<ClipRequest> requests;
    QStringList baseNames;
    for (int i = 0; i < pack.clips.size(); ++i) {
        const StandupClip &clip = pack.clips.at(i);
        const QString base = StandupPackLayout::clipBaseName(i, clip);
        baseNames.append(base);
        ClipRequest request;
        request.sourcePath = clip.recordingPath;
        request.startMs = clip.range.startMs;
        request.durationMs = clip.range.length();
        request.outputPath = work.filePath(base + u'.' + format->extension());
        request.channels = options.channels;
        request.agentChannel = clip.agentChannel == AgentChannel::Right ? 1 : 0;
        request.fadeSeconds = options.fadeSeconds;
        request.loudnessLufs = options.loudnessLufs;
        for (const TimeRange &span : clip.bleeped)
            request.redactions.append({ span.startMs, span.endMs, RedactionChannel::Both });
        request.redactions.append(clip.redactions);
        request.redactionFill = options.redactionFill;
        request.metadata.title = StandupPackLayout::clipTitle(clip);
        request.metadata.artist = clip.repName;
        request.metadata.date = clip.callStartedAt.isValid() ? clip.callStartedAt.date().toString(Qt::ISODate) : QString();
        request.metadata.comment = clip.patternLabel;
        // Every clip's range and format are checked before the first one is rendered.
        if (auto ok = ClipExporter::check(request, clip.recordingDurationMs); !ok)
            return std::unexpected(ok.error());
        requests.append(request);
        audioMs += request.durationMs;
    }
    const qint64 total = audioMs + filesUnits + (zip ? zipUnits : 0);
    control.report(0, total, tr("Rendering clips"));

    ClipRenderPool pool(requests, control, total);
    const QList<Result<ClipResult>> results = pool.run(options.parallelClips);
    if (control.isCancelled())
        return fail(ErrorCode::Cancelled, tr("%1: cancelled; no pack was written").arg(native(finalPath)));
    // The first real failure, not the cancels it caused; named by where the pack was going,
    // since the temporary folder is gone by the time anyone reads the message.
    std::optional<Error> failure;
    for (const auto &result : results) {
        if (!result && (!failure || failure->code() == ErrorCode::Cancelled))
            failure = result.error();
    }
    if (failure)
        return fail(failure->code(), QString(failure->message())
                                             .replace(native(work.path()), native(finalPath))
                                             .replace(work.path(), finalPath));

    Outcome outcome;
    outcome.path = finalPath;
    M3uPlaylist playlist;
    for (int i = 0; i < pack.clips.size(); ++i) {
        const StandupClip &clip = pack.clips.at(i);
        const QString audioName = baseNames.at(i) + u'.' + format->extension();
        outcome.files.append(audioName);
        playlist.append({ audioName, results.at(i)->durationMs(), StandupPackLayout::clipTitle(clip) });
        outcome.totalMs += results.at(i)->durationMs();

        const QList<Segment> captions = StandupPackLayout::clipSegments(clip);
        if (captions.isEmpty())
            continue;
        const QString captionName = baseNames.at(i) + u".vtt"_s;
        // The segments already count from the clip's start, with bleeped words gone.
        if (auto written = CaptionSidecar::write(work.filePath(captionName), captions, { 0, clip.range.length() },
                                                 CaptionSidecar::Format::WebVtt);
            !written)
            return std::unexpected(written.error());
        outcome.files.append(captionName);
    }
    if (auto written = playlist.write(work.filePath(QString::fromLatin1(StandupPackLayout::playlistName))); !written)
        return std::unexpected(written.error());
    outcome.files.append(QString::fromLatin1(StandupPackLayout::playlistName));

    const QString html = CueSheetHtml::render(pack, format->extension());
    const QString htmlName = QString::fromLatin1(StandupPackLayout::cueSheetHtmlName);
    if (auto written = writeText(work.filePath(htmlName), html.toUtf8()); !written)
        return std::unexpected(written.error());
    outcome.files.append(htmlName);
    control.report(audioMs + filesUnits / 3, total, tr("Writing the cue sheet"));

    if (options.pdfWriter) {
        const QString pdfName = QString::fromLatin1(StandupPackLayout::cueSheetPdfName);
        const QString title = tr("Standup pack: %1, %2").arg(pack.teamName, pack.isoWeek);
        if (auto written = options.pdfWriter(html, work.filePath(pdfName), title); !written)
            return std::unexpected(written.error());
        outcome.files.append(pdfName);
        outcome.withPdf = true;
    }
    if (control.isCancelled())
        return fail(ErrorCode::Cancelled, tr("%1: cancelled; no pack was written").arg(native(finalPath)));
    control.report(audioMs + filesUnits, total, tr("Finishing"));

    if (zip) {
        TaskControl zipControl([&](qint64 done, qint64 of, const QString &what) {
            control.report(audioMs + filesUnits + (of > 0 ? done * zipUnits / of : 0), total, what);
            if (control.isCancelled())
                zipControl.cancel();
        });
        if (auto written = StandupPackZip::write(work.path(), outcome.files, finalPath, zipControl); !written)
            return std::unexpected(written.error());
    } else {
        // QTemporaryDir makes its folder private to us; a pack is for sharing.
        QFile::setPermissions(work.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
                                                   | QFile::WriteUser | QFile::ExeUser | QFile::ReadGroup
                                                   | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        if (auto moved = moveIntoPlace(work.path(), finalPath); !moved)
            return std::unexpected(moved.error());
        work.setAutoRemove(false);
    }
    control.report(total, total, tr("Done"));
    return outcome;
}

} // namespace coach
