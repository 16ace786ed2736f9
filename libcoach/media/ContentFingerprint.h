// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>

namespace coach {

/*
 * A short hex digest that identifies a recording by its content, not its
 * path: the same file copied or moved gets the same fingerprint, so import
 * can skip duplicates and find a moved recording again. Thread-safe.
 */
class ContentFingerprint final
{
    Q_DECLARE_TR_FUNCTIONS(ContentFingerprint)
public:
    [[nodiscard]] static Result<QString> compute(const QString &path);
};

} // namespace coach
