// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace coach::cli {

// `coach annotate CALL --at 83.2 [--to 95] --tag TAG [--comment TEXT] [--author NAME]`
class AnnotateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AnnotateCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("annotate"); }
    [[nodiscard]] QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;
};

} // namespace coach::cli
