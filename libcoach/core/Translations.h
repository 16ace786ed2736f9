// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace coach {

// Installs the translations built into libcoach (its own messages and the
// app's) for the system locale. Call once, after the application object exists.
void installTranslations(QCoreApplication &app);

} // namespace coach
