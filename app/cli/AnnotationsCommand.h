// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace coach {
class Database;
struct Call;
}

namespace coach::cli {

/*
 * `coach annotations CALL [--json]` lists a call's annotations;
 * `--export FORMAT --out FILE [CALL]` writes them (every call's without CALL);
 * `CALL --import FILE` reads Audacity labels or our CSV into the call.
 */
class AnnotationsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationsCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("annotations"); }
    [[nodiscard]] QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;

private:
    static int list(const Database &db, const Call &call, bool json, Context &context);
    static int exportTo(const Database &db, const QString &format, const QString &out, const QString &callRef,
                        Context &context);
    static int importFrom(const Database &db, const Call &call, const QString &file, const QString &format,
                          const QString &author, Context &context);
};

} // namespace coach::cli
