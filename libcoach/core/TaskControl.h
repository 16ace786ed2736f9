// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace coach {

/*
 * Shared between whoever runs long work (import, analysis, export) and whoever
 * watches it. The worker calls report() and polls isCancelled(); the watcher,
 * on any thread, calls cancel(). The progress callback runs on the worker's
 * thread, so a GUI must queue it to its own.
 */
class TaskControl final
{
public:
    using ProgressFn = std::function<void(qint64 done, qint64 total, const QString &what)>;

    TaskControl() = default;
    explicit TaskControl(ProgressFn onProgress)
        : m_onProgress(std::move(onProgress))
    {
    }

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    void report(qint64 done, qint64 total, const QString &what) const
    {
        if (m_onProgress)
            m_onProgress(done, total, what);
    }

private:
    ProgressFn m_onProgress;
    std::atomic_bool m_cancelled = false;
};

} // namespace coach
