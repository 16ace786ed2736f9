// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace coach::cli {

// `coach buddies propose --month YYYY-MM`: this month's buddy pairs per team.
class BuddiesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BuddiesCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("buddies"); }
    [[nodiscard]] QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;
};

} // namespace coach::cli
