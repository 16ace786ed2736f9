// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "coach.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMedia, "coach.media", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTranscript, "coach.transcript", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "coach.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAnalysis, "coach.analysis", QtWarningMsg)
