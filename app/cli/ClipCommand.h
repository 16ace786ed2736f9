// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace coach::cli {

/*
 * `coach clip FILE --start S --duration S --out OUT.ext`: cuts a clip from
 * any recording without a library (see ClipExporter for what it does to the
 * audio). Captions come from --transcript, or from a transcript beside FILE.
 */
class ClipCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ClipCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("clip"); }
    [[nodiscard]] QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;
};

} // namespace coach::cli
