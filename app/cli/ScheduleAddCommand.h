// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace coach::cli {

// `coach schedule add`, dispatched by ScheduleCommand.
class ScheduleAddCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleAddCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("schedule add"); }
    [[nodiscard]] QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;
};

} // namespace coach::cli
