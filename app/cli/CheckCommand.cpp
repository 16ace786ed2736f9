// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "storage/CallRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

QString CheckCommand::summary() const
{
    return tr("Check the library for damage and recordings that went missing");
}

void CheckCommand::addOptions(QCommandLineParser &) {}

int CheckCommand::execute(const QCommandLineParser &, Context &context)
{
    auto db = openLibrary(context);
    if (!db)
        return Failure;
    const auto problems = db->checkIntegrity();
    if (!problems)
        return report(problems.error(), context);
    for (const QString &problem : *problems)
        context.err << tr("error: %1: %2").arg(QDir::toNativeSeparators(db->path()), problem) << u'\n';

    // Missing recordings are not damage: the calls and their notes are intact,
    // and importing the moved files finds them again.
    const auto calls = CallRepository(*db).list({}, 0, -1);
    if (!calls)
        return report(calls.error(), context);
    int missing = 0;
    for (const Call &call : *calls) {
        if (!QFileInfo::exists(call.recordingPath)) {
            ++missing;
            context.err << tr("warning: call %1: recording %2 is missing; import it from its new place "
                              "to find it again")
                                   .arg(call.id.value())
                                   .arg(QDir::toNativeSeparators(call.recordingPath))
                        << u'\n';
        }
    }
    if (!problems->isEmpty()) {
        context.out << tr("%1: %n problem(s) found", nullptr, int(problems->size()))
                               .arg(QDir::toNativeSeparators(db->path()))
                    << u'\n';
        return Failure;
    }
    context.out << tr("%1: ok, %n call(s)", nullptr, int(calls->size())).arg(QDir::toNativeSeparators(db->path()));
    if (missing > 0)
        context.out << tr(", %n recording(s) missing", nullptr, missing);
    context.out << u'\n';
    return Success;
}

} // namespace coach::cli
