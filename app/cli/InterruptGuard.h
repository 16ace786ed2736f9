// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace coach {
class TaskControl;
}

namespace coach::cli {

/*
 * While alive, the first Ctrl+C cancels `control` (the work stops cleanly and
 * keeps what it finished); a second one kills the process as usual. One at a
 * time: a command runs one long task.
 */
class InterruptGuard final
{
public:
    explicit InterruptGuard(TaskControl &control);
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;
};

} // namespace coach::cli
