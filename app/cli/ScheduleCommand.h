// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <vector>

namespace coach::cli {

// `coach schedule VERB …`: one-on-ones, buddy debriefs and huddles. Each verb
// is its own Command (ScheduleAddCommand …), so `coach schedule add --help`
// describes only add.
class ScheduleCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)
public:
    ScheduleCommand();
    ~ScheduleCommand() override;

    [[nodiscard]] QString name() const override { return QStringLiteral("schedule"); }
    [[nodiscard]] QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;

private:
    std::vector<std::unique_ptr<Command>> m_verbs;
};

} // namespace coach::cli
