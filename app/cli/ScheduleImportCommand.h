// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace coach::cli {

// `coach schedule import-ics`, dispatched by ScheduleCommand.
class ScheduleImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleImportCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("schedule import-ics"); }
    [[nodiscard]] QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;
};

} // namespace coach::cli
