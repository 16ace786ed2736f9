// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace coach::test {

ProcessResult run(const QString &program, const QStringList &arguments,
                  const QStringList &extraEnvironment, int timeoutMs)
{
    ProcessResult result;
    QProcess process;
    if (!extraEnvironment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &assignment : extraEnvironment)
            env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
        process.setProcessEnvironment(env);
    }
    process.start(program, arguments);
    if (!process.waitForStarted(30'000)) {
        result.crashed = true;
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit)
        result.crashed = true;
    result.exitCode = process.exitCode();
    return result;
}

QString findTool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QString makeTone(const QString &path, const QStringList &codecArguments, double seconds,
                 int channels, int sampleRate, int frequency)
{
    const QString ffmpeg = findTool(u"ffmpeg"_s);
    if (ffmpeg.isEmpty())
        return u"ffmpeg is not installed"_s;
    const QString source = u"sine=frequency=%1:sample_rate=%2:duration=%3"_s.arg(frequency).arg(sampleRate).arg(seconds);
    QStringList args{ u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s, source };
    args << u"-ac"_s << QString::number(channels) << codecArguments << path;
    const ProcessResult r = run(ffmpeg, args);
    if (r.crashed || r.exitCode != 0)
        return path + u": ffmpeg failed: "_s + QString::fromLocal8Bit(r.err);
    return {};
}

std::optional<qint64> ffprobeDurationMs(const QString &path)
{
    const QString ffprobe = findTool(u"ffprobe"_s);
    if (ffprobe.isEmpty())
        return std::nullopt;
    const ProcessResult r = run(ffprobe, { u"-v"_s, u"error"_s, u"-show_entries"_s, u"format=duration"_s,
                                           u"-of"_s, u"csv=p=0"_s, path });
    if (r.crashed || r.exitCode != 0)
        return std::nullopt;
    bool ok = false;
    const double seconds = QString::fromUtf8(r.out).trimmed().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return qRound64(seconds * 1000);
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Call sampleCall(int n)
{
    Call call;
    call.recordingPath = u"/recordings/call-%1.wav"_s.arg(n, 4, 10, QChar(u'0'));
    call.fingerprint = u"fp-%1"_s.arg(n);
    call.audio.durationMs = 60'000 + (n % 7) * 15'000; // repeats: ties
    call.audio.channels = n % 3 == 0 ? 2 : 1;
    call.audio.sampleRate = n % 2 ? 8000 : 16000;
    call.audio.codec = n % 2 ? u"pcm_mulaw"_s : u"opus"_s;
    call.audio.codecName = u"codec %1"_s.arg(n % 2);
    call.audio.container = n % 2 ? u"wav"_s : u"ogg"_s;
    call.audio.bitRate = 64'000 + n;
    call.audio.fileSize = 1000 + n;
    call.agentChannel = static_cast<AgentChannel>(n % 3 - 1);
    // Some calls share a start time, so sorting by date needs its tie-break too.
    call.startedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).addSecs(3600LL * (n / 2));
    call.importedAt = QDateTime(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC);
    call.queue = n % 4 == 0 ? QString() : u"Queue %1"_s.arg(n % 3);
    call.customerRef = u"CUST-%1"_s.arg(n, 5, 10, QChar(u'0'));
    if (n % 5 != 0)
        call.csat = 1 + n % 5;
    if (n % 4 != 1)
        call.feltHeard = (n % 10) / 2.0;
    if (n % 3 != 2)
        call.firstContactResolution = n % 2 == 0;
    if (n % 6 != 3)
        call.repeatContact = n % 4 == 0;
    if (n % 2 == 0)
        call.handleTimeS = 100 + n % 9;
    return call;
}

Result<QList<CallId>> fillLibrary(Database &db, int count)
{
    static const QStringList teams{ u"Billing"_s, u"Retention"_s, u"Tech"_s };
    static const QStringList reps{ u"Ana"_s, u"bo"_s, u"Cleo"_s, u"Dev"_s, u"Eli"_s };
    PeopleRepository people(db);
    CallRepository calls(db);
    QList<CallId> ids;
    for (int n = 0; n < count; ++n) {
        Call call = sampleCall(n);
        // Every seventh call has no rep (and so no team): NULLs must sort and page too.
        if (n % 7 != 6) {
            auto team = people.ensureTeam(teams.at(n % teams.size()));
            if (!team)
                return std::unexpected(team.error());
            auto rep = people.ensureRep(reps.at(n % reps.size()), *team);
            if (!rep)
                return std::unexpected(rep.error());
            call.repId = *rep;
        }
        auto id = calls.insert(call);
        if (!id)
            return std::unexpected(id.error());
        ids.append(*id);
    }
    return ids;
}

} // namespace coach::test
