// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace coach::cli {

/*
 * `coach standup-pack --team T [--week 2026-W48] [--tip ANNOTATION…] --out DIR|FILE.zip`:
 * the week's highlight and the chosen tips as clips, captions, a playlist and
 * a cue sheet. `--candidates` lists what could go in instead of writing.
 *
 * The cue sheet is HTML only here, no PDF: a PDF needs QtGui, and linking it
 * into `coach` would load a dozen more libraries for every command (measured
 * 3–5 ms more on a ~31 ms `coach --version`). The GUI's dialog writes both;
 * any browser prints the HTML to one page. Ctrl+C cancels and leaves nothing.
 */
class StandupPackCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StandupPackCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("standup-pack"); }
    [[nodiscard]] QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;
};

} // namespace coach::cli
