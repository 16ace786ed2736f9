// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace coach::cli {

class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("check"); }
    [[nodiscard]] QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;
};

} // namespace coach::cli
