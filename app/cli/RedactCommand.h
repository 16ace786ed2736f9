// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "redact/PiiDetector.h"

#include <QIODevice>

namespace coach::cli {

/*
 * `coach redact`: finds personal data in text read from stdin, by default without a
 * library. With --jsonl each input line is one text and each output line
 * one JSON object, {"spans":[{"type","start","end","confidence"}],
 * "redacted":"…"}, offsets in Unicode code points, end exclusive. A line that
 * is not valid UTF-8 is reported on stderr with its number and answered
 * with {"line":N,"error":"…"} so output lines stay paired with input
 * lines; the others are still processed and the exit status is 1.
 * Without --jsonl, the redacted text is printed line for line. With
 * --library FILE the library's reps, customers and redaction list count too.
 */
class RedactCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RedactCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("redact"); }
    [[nodiscard]] QString summary() const override;

    // The work of execute() on any input device, for the tests.
    static int redactLines(QIODevice &input, bool jsonl, const PiiDetector::Options &options, Context &context);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;
};

} // namespace coach::cli
