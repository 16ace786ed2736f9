// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace coach::cli {

// `coach import PATH… [--manifest CSV]`; Ctrl+C stops after the current file.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("import"); }
    [[nodiscard]] QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;
};

} // namespace coach::cli
