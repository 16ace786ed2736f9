// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace coach::cli {

// `coach search TEXT [--call CALL] [--limit N] [--offset N] [--json]`: transcripts, best match first.
class SearchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("search"); }
    [[nodiscard]] QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;
};

} // namespace coach::cli
