// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ImportService.h"

#include "core/Logging.h"
#include "core/TaskControl.h"
#include "media/AudioProbe.h"
#include "media/ContentFingerprint.h"
#include "services/ManifestReader.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/Transaction.h"
#include "storage/TranscriptRepository.h"
#include "transcript/SpeakerRoles.h"
#include "transcript/TranscriptReader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFuture>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// What can be learnt about one file without the database; done on the pool.
struct Prepared
{
    std::optional<Result<QString>> fingerprint;
    std::optional<Result<AudioInfo>> audio;
    std::optional<Result<Transcript>> transcript; // absent: no transcript beside the file
    QDateTime modified;
};

Prepared prepare(const QString &path, const TaskControl &control)
{
    Prepared p;
    if (control.isCancelled())
        return p;
    p.fingerprint = ContentFingerprint::compute(path);
    if (!*p.fingerprint)
        return p;
    p.audio = AudioProbe::probe(path);
    if (!*p.audio)
        return p;
    const QFileInfo info(path);
    p.modified = info.lastModified();
    const QString stem = info.dir().filePath(info.completeBaseName());
    // The first of call.vtt, call.srt, call.json that exists.
    for (const QString &extension : TranscriptReader::companionExtensions()) {
        const QString candidate = stem + u'.' + extension;
        if (QFileInfo::exists(candidate)) {
            p.transcript = TranscriptReader::read(candidate);
            break;
        }
    }
    return p;
}

QString native(const QString &path) { return QDir::toNativeSeparators(path); }

} // namespace

bool ImportService::isRecordingName(const QString &fileName)
{
    static const QSet<QString> extensions = {
        u"wav"_s, u"wave"_s, u"mp3"_s, u"m4a"_s, u"mp4"_s, u"aac"_s, u"ogg"_s, u"oga"_s,
        u"opus"_s, u"flac"_s, u"wma"_s, u"amr"_s, u"aif"_s, u"aiff"_s, u"au"_s, u"gsm"_s,
        u"webm"_s, u"mka"_s, u"spx"_s, u"3gp"_s,
    };
    return extensions.contains(QFileInfo(fileName).suffix().toLower());
}

QStringList ImportService::collectRecordings(const QStringList &paths, QStringList *missing)
{
    QStringList files;
    QSet<QString> seen;
    const auto add = [&](const QString &file) {
        const QString absolute = QFileInfo(file).absoluteFilePath();
        if (!seen.contains(absolute)) {
            seen.insert(absolute);
            files.append(absolute);
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Readable | QDir::Hidden,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isRecordingName(file))
                    found.append(file);
            }
            found.sort();
            for (const QString &file : std::as_const(found))
                add(file);
        } else if (info.exists()) {
            // A file named explicitly is tried whatever its extension; the probe judges it.
            add(path);
        } else if (missing) {
            missing->append(path);
        }
    }
    return files;
}

Result<ImportSummary> ImportService::run(const ImportRequest &request, TaskControl &control,
                                         const ItemFn &onItem)
{
    ImportSummary summary;
    std::optional<Manifest> manifest;
    if (!request.manifestPath.isEmpty()) {
        auto read = ManifestReader::read(request.manifestPath);
        if (!read)
            return std::unexpected(read.error());
        manifest = std::move(*read);
        for (const QString &column : std::as_const(manifest->unknownColumns))
            summary.warnings.append(tr("%1: unknown column “%2” was ignored")
                                            .arg(native(request.manifestPath), column));
        summary.warnings.append(manifest->problems);
    }

    QStringList missing;
    const QStringList files = collectRecordings(request.paths, &missing);
    const qsizetype total = files.size() + missing.size();
    qsizetype done = 0;

    const auto finish = [&](ImportItem item) {
        switch (item.outcome) {
        case ImportItem::Outcome::Imported: ++summary.imported; break;
        case ImportItem::Outcome::Duplicate: ++summary.duplicates; break;
        case ImportItem::Outcome::Relinked: ++summary.relinked; break;
        case ImportItem::Outcome::Failed: ++summary.failed; break;
        }
        qCDebug(lcImport) << item.message;
        if (onItem)
            onItem(item);
        summary.items.append(std::move(item));
        control.report(++done, total, summary.items.constLast().path);
    };

    if (manifest) {
        QSet<const ManifestRow *> matched;
        for (const QString &file : files)
            matched.insert(manifest->rowFor(file));
        for (const ManifestRow &row : std::as_const(manifest->rows)) {
            if (!matched.contains(&row))
                summary.warnings.append(tr("%1: line %2: “%3” is not among the recordings being imported")
                                                .arg(native(manifest->path))
                                                .arg(row.line)
                                                .arg(row.file));
        }
    }

    for (const QString &path : std::as_const(missing))
        finish({ path, ImportItem::Outcome::Failed, tr("%1: no such file or folder").arg(native(path)), {} });

    // Probing is the slow part and needs no database: it runs on every core
    // while this thread stores the results in input order.
    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount());
    QList<QFuture<Prepared>> pending;
    pending.reserve(files.size());
    for (const QString &file : files)
        pending.append(QtConcurrent::run(&pool, [file, &control] { return prepare(file, control); }));

    CallRepository calls(m_db);
    PeopleRepository people(m_db);
    TranscriptRepository transcripts(m_db);
    // Rep names tell which transcript speaker is the agent.
    QStringList repNames;
    if (auto reps = people.reps()) {
        for (const Rep &rep : std::as_const(*reps))
            repNames.append(rep.name);
    } else {
        return std::unexpected(reps.error());
    }

    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const Prepared prepared = pending[i].result();
        if (control.isCancelled()) {
            summary.cancelled = true;
            break;
        }
        if (!*prepared.fingerprint) {
            finish({ path, ImportItem::Outcome::Failed, prepared.fingerprint->error().message(), {} });
            continue;
        }
        if (!*prepared.audio) {
            finish({ path, ImportItem::Outcome::Failed, prepared.audio->error().message(), {} });
            continue;
        }
        const QString &fingerprint = **prepared.fingerprint;

        auto existing = calls.findByFingerprint(fingerprint);
        if (!existing) {
            finish({ path, ImportItem::Outcome::Failed, existing.error().message(), {} });
            continue;
        }
        if (existing->has_value()) {
            const Call &known = **existing;
            if (QFileInfo(known.recordingPath).absoluteFilePath() == path) {
                finish({ path, ImportItem::Outcome::Duplicate,
                         tr("%1: already in the library").arg(native(path)), known.id });
            } else if (!QFileInfo::exists(known.recordingPath)) {
                auto moved = calls.setRecordingPath(known.id, path);
                if (moved)
                    finish({ path, ImportItem::Outcome::Relinked,
                             tr("%1: found again (it was at %2)").arg(native(path), native(known.recordingPath)),
                             known.id });
                else
                    finish({ path, ImportItem::Outcome::Failed, moved.error().message(), {} });
            } else {
                finish({ path, ImportItem::Outcome::Duplicate,
                         tr("%1: skipped, the same recording as %2 is already in the library")
                                 .arg(native(path), native(known.recordingPath)),
                         known.id });
            }
            continue;
        }

        Call call;
        call.recordingPath = path;
        call.fingerprint = fingerprint;
        call.audio = **prepared.audio;
        // Without a manifest the best guess at the start is when the recorder
        // finished writing the file, less the call's length.
        call.startedAt = prepared.modified.addMSecs(-call.audio.durationMs).toUTC();
        QString teamName;
        QString teamZone;
        QString repName;
        if (manifest) {
            if (const ManifestRow *row = manifest->rowFor(path)) {
                repName = row->rep;
                teamName = row->team;
                teamZone = row->teamTimeZone;
                if (row->startedAt.isValid())
                    call.startedAt = row->startedAt;
                call.queue = row->queue;
                call.customerRef = row->customerRef;
                call.agentChannel = row->agentChannel;
                call.csat = row->csat;
                call.feltHeard = row->feltHeard;
                call.firstContactResolution = row->firstContactResolution;
                call.repeatContact = row->repeatContact;
                call.handleTimeS = row->handleTimeS;
            }
        }

        QString note;
        Transaction transaction(m_db);
        const auto stored = [&]() -> Result<CallId> {
            TeamId team;
            if (!teamName.isEmpty()) {
                auto id = people.ensureTeam(teamName);
                if (!id)
                    return std::unexpected(id.error());
                team = *id;
                // The manifest speaks for the team: its zone wins over one set before.
                if (!teamZone.isEmpty()) {
                    if (auto zoned = people.setTeamTimeZone(team, teamZone); !zoned)
                        return std::unexpected(zoned.error());
                }
            }
            if (!repName.isEmpty()) {
                auto id = people.ensureRep(repName, team);
                if (!id)
                    return std::unexpected(id.error());
                call.repId = *id;
            }
            auto id = calls.insert(call);
            if (!id)
                return id;
            if (prepared.transcript) {
                if (*prepared.transcript) {
                    const Transcript &transcript = **prepared.transcript;
                    if (auto t = transcripts.store(*id, transcript); !t)
                        return std::unexpected(t.error());
                    const SpeakerRoles roles(repNames + QStringList{ repName }, call.agentChannel);
                    const auto assigned = roles.assign(transcript);
                    for (auto it = assigned.cbegin(); it != assigned.cend(); ++it) {
                        if (it.value() == SpeakerRole::Unknown)
                            continue;
                        if (auto set = transcripts.setSpeakerRole(*id, it.key(), it.value()); !set)
                            return std::unexpected(set.error());
                    }
                } else {
                    // The call is imported all the same; the transcript can be attached later.
                    note = tr("; transcript not attached: %1").arg(prepared.transcript->error().message());
                }
            }
            if (auto committed = transaction.commit(); !committed)
                return std::unexpected(committed.error());
            return id;
        }();
        if (!stored) {
            finish({ path, ImportItem::Outcome::Failed, stored.error().message(), {} });
            continue;
        }
        if (!note.isEmpty())
            summary.warnings.append(native(path) + note);
        finish({ path, ImportItem::Outcome::Imported, tr("%1: imported").arg(native(path)) + note, *stored });
    }
    // Stragglers finish quickly: prepare() checks for cancellation first.
    pool.waitForDone();

    return summary;
}

} // namespace coach
