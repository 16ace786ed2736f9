// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace coach::cli {

/*
 * `coach export-clip CALL --start S --duration S` or
 * `coach export-clip --annotation ID`: a clip of a library call, with the
 * rep, date and pattern as tags and captions from the call's transcript.
 * The annotation gives the call and the range (a moment: 30 s around it).
 */
class ExportClipCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportClipCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("export-clip"); }
    [[nodiscard]] QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;
};

} // namespace coach::cli
