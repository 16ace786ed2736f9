// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/RecordingAnalysis.h"
#include "core/Error.h"

#include <QCoreApplication>

namespace coach {

class TaskControl;

/*
 * Derived data on disk, under the cache location, keyed by the recording's
 * content fingerprint and the format version, so a changed recording or a new
 * format is never answered from a stale file. A file that is missing, short,
 * or fails its checksum is rebuilt, never trusted. Thread-safe.
 */
class AnalysisCache final
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisCache)
public:
    // Default: QStandardPaths::CacheLocation + "/analysis".
    explicit AnalysisCache(QString directory = {});

    static constexpr int kFormatVersion = 1;

    [[nodiscard]] const QString &directory() const { return m_directory; }
    [[nodiscard]] QString pathFor(const QString &fingerprint) const;

    // The cached analysis, or an error (NotFound when absent, Corrupt when damaged).
    [[nodiscard]] Result<RecordingAnalysis> load(const QString &fingerprint) const;
    [[nodiscard]] Result<void> store(const QString &fingerprint, const RecordingAnalysis &analysis) const;
    // Loads, or analyses the recording and stores the result.
    [[nodiscard]] Result<RecordingAnalysis> obtain(const QString &recordingPath, const QString &fingerprint,
                                                   const TaskControl *control = nullptr) const;

private:
    QString m_directory;
};

} // namespace coach
