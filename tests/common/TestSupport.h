// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Call.h"

#include <QByteArray>
#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace coach {
class Database;
}

/*
 * Helpers for tests that need real files: recordings made by the ffmpeg
 * command-line tool, libraries filled with calls, file digests. Nothing here
 * mocks libcoach; every helper goes through its public API or real programs.
 * Helpers report failure through their return value, so the calling test
 * decides whether that is a QSKIP or a QFAIL.
 */
namespace coach {
// So ids can go in QSet and QHash keys in tests.
template<typename Tag>
size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value(), seed);
}
} // namespace coach

namespace coach::test {

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false; // killed by a signal or timed out
    QByteArray out;
    QByteArray err;
};

// Runs a program to completion (at most timeoutMs) with an optional environment addition.
[[nodiscard]] ProcessResult run(const QString &program, const QStringList &arguments,
                                const QStringList &extraEnvironment = {}, int timeoutMs = 120'000);

// The full path of a tool on PATH ("ffmpeg", "ffprobe", "sqlite3"), or empty.
[[nodiscard]] QString findTool(const QString &name);

// Encodes a tone of `seconds` with ffmpeg (`codecArguments` such as {"-c:a", "pcm_mulaw"}).
// Returns an error message, empty on success.
[[nodiscard]] QString makeTone(const QString &path, const QStringList &codecArguments,
                               double seconds = 1.5, int channels = 1, int sampleRate = 8000,
                               int frequency = 440);

// What `ffprobe -show_entries format=duration` says, in ms; nullopt when it names none.
[[nodiscard]] std::optional<qint64> ffprobeDurationMs(const QString &path);

[[nodiscard]] QByteArray sha256(const QString &path);
[[nodiscard]] bool writeFile(const QString &path, const QByteArray &bytes);
[[nodiscard]] QByteArray readFile(const QString &path);

// A call with every field set from `n`, distinct fingerprint; no rep (see fillLibrary).
[[nodiscard]] Call sampleCall(int n);

/*
 * Inserts `count` calls through CallRepository/PeopleRepository: reps and teams
 * cycle through small sets, durations and CSAT repeat (ties for sorting), some
 * optionals are absent. Returns the ids in insertion order.
 */
[[nodiscard]] Result<QList<CallId>> fillLibrary(Database &db, int count);

} // namespace coach::test
