// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleExportCommand.h"

#include "schedule/CalendarTransfer.h"
#include "storage/Database.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

QString ScheduleExportCommand::summary() const
{
    return tr("Write every session, or one series, as an .ics file");
}

void ScheduleExportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ u"series"_s, tr("Only this session or series (its id from “schedule list”)."), tr("ID") });
    parser.addOption({ u"out"_s, tr("The .ics file to write."), tr("FILE") });
}

int ScheduleExportCommand::execute(const QCommandLineParser &parser, Context &context)
{
    if (!parser.isSet(u"out"_s)) {
        context.err << tr("error: say where to write with --out FILE") << u'\n';
        return Usage;
    }
    std::optional<SessionId> series;
    if (parser.isSet(u"series"_s)) {
        bool ok = false;
        const qint64 id = parser.value(u"series"_s).toLongLong(&ok);
        if (!ok || id <= 0) {
            context.err << tr("error: --series takes a session id") << u'\n';
            return Usage;
        }
        series = SessionId(id);
    }
    auto db = openLibrary(context);
    if (!db)
        return Failure;
    const QString out = parser.value(u"out"_s);
    auto written = CalendarTransfer(*db).exportToFile(out, series);
    if (!written)
        return report(written.error(), context);
    context.out << tr("Wrote %n event(s) to %1", nullptr, *written).arg(QDir::toNativeSeparators(out)) << u'\n';
    return Success;
}

} // namespace coach::cli
