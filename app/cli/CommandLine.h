// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <vector>

namespace coach::cli {

// `coach [--library FILE] COMMAND …`: global options, then one subcommand.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    CommandLine();
    int run(const QStringList &arguments);

private:
    [[nodiscard]] QString usage() const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace coach::cli
