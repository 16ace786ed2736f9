// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "coach.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMedia, "coach.media", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTranscript, "coach.transcript", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "coach.import", QtInfoMsg)
