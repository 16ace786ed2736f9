// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Call.h"

#include <QCoreApplication>

namespace coach {
class Database;
}

namespace coach::cli {

// A CALL argument: the call's id (from `coach list`) or its recording file,
// found by content so a moved or renamed copy still answers.
class CallArgument final
{
    Q_DECLARE_TR_FUNCTIONS(CallArgument)
public:
    [[nodiscard]] static Result<Call> find(const Database &db, const QString &reference);
};

} // namespace coach::cli
