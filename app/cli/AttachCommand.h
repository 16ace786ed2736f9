// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace coach::cli {

// `coach attach CALL FILE`: gives a call a transcript, replacing the one it had.
class AttachCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AttachCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("attach"); }
    [[nodiscard]] QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;
};

} // namespace coach::cli
