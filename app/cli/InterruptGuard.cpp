// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterruptGuard.h"

#include "core/TaskControl.h"

#include <atomic>
#include <csignal>

namespace coach::cli {

namespace {

std::atomic<TaskControl *> s_running = nullptr;

// Only async-signal-safe work here: an atomic load and store.
extern "C" void onInterrupt(int)
{
    if (TaskControl *control = s_running.load())
        control->cancel();
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

InterruptGuard::InterruptGuard(TaskControl &control)
{
    s_running = &control;
    std::signal(SIGINT, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, SIG_DFL);
    s_running = nullptr;
}

} // namespace coach::cli
