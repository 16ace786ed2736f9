// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace coach::cli {

// `coach transcript FILE [--json]`: reads a transcript file without a library.
class TranscriptCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("transcript"); }
    [[nodiscard]] QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;
};

} // namespace coach::cli
