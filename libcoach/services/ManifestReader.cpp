// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ManifestReader.h"

#include "core/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

enum class Column {
    File, Rep, Team, StartedAt, Queue, CustomerRef, Csat, FeltHeard, Fcr, RepeatContact,
    HandleTime, AgentChannel, TeamTimeZone, Unknown
};

// Header names are compared without case or punctuation: "Started At", "started_at"
// and "STARTED-AT" are one column.
QString normalised(const QString &header)
{
    QString out;
    for (const QChar c : header)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

Column columnFor(const QString &header)
{
    static const QHash<QString, Column> aliases = [] {
        QHash<QString, Column> map;
        const auto add = [&map](Column c, std::initializer_list<const char16_t *> names) {
            for (const char16_t *name : names)
                map.insert(QString::fromUtf16(name), c);
        };
        add(Column::File, { u"file", u"filename", u"recording", u"recordingfile", u"recordingpath",
                            u"path", u"audio", u"audiofile" });
        add(Column::Rep, { u"rep", u"repname", u"agent", u"agentname", u"advisor", u"employee" });
        add(Column::Team, { u"team", u"teamname", u"group" });
        add(Column::StartedAt, { u"startedat", u"start", u"starttime", u"started", u"date",
                                 u"datetime", u"calldate", u"calltime", u"callstart", u"timestamp" });
        add(Column::Queue, { u"queue", u"queuename", u"topic", u"skill", u"category" });
        add(Column::CustomerRef, { u"customerref", u"customerreference", u"customer", u"customerid",
                                   u"accountref", u"caseid", u"ticket" });
        add(Column::Csat, { u"csat", u"csatscore", u"satisfaction" });
        add(Column::FeltHeard, { u"feltheard", u"feltheardscore" });
        add(Column::Fcr, { u"fcr", u"firstcontactresolution", u"resolvedfirstcontact" });
        add(Column::RepeatContact, { u"repeatcontact", u"repeat" });
        add(Column::HandleTime, { u"handletime", u"handletimes", u"handletimeseconds", u"aht" });
        add(Column::AgentChannel, { u"agentchannel", u"agentside" });
        // Not a bare "time zone": in a call export that usually qualifies the start time.
        add(Column::TeamTimeZone, { u"teamtimezone", u"teamzone", u"teamtz" });
        return map;
    }();
    return aliases.value(normalised(header), Column::Unknown);
}

QString keyOf(Column column)
{
    switch (column) {
    case Column::File: return u"file"_s;
    case Column::Rep: return u"rep"_s;
    case Column::Team: return u"team"_s;
    case Column::StartedAt: return u"started_at"_s;
    case Column::Queue: return u"queue"_s;
    case Column::CustomerRef: return u"customer_ref"_s;
    case Column::Csat: return u"csat"_s;
    case Column::FeltHeard: return u"felt_heard"_s;
    case Column::Fcr: return u"fcr"_s;
    case Column::RepeatContact: return u"repeat_contact"_s;
    case Column::HandleTime: return u"handle_time"_s;
    case Column::AgentChannel: return u"agent_channel"_s;
    case Column::TeamTimeZone: return u"team_time_zone"_s;
    case Column::Unknown: break;
    }
    return {};
}

std::optional<QDateTime> parseDateTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        for (const auto *format : { "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd" }) {
            t = QDateTime::fromString(text, QString::fromLatin1(format));
            if (t.isValid())
                break;
        }
    }
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

std::optional<double> parseNumber(QString text)
{
    bool ok = false;
    // Spreadsheets in much of Europe write 4,5.
    const double value = text.replace(u',', u'.').toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional(value) : std::nullopt;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.toLower();
    if (t == u"yes"_s || t == u"y"_s || t == u"true"_s || t == u"1"_s)
        return true;
    if (t == u"no"_s || t == u"n"_s || t == u"false"_s || t == u"0"_s)
        return false;
    return std::nullopt;
}

// Seconds, or m:ss, or h:mm:ss.
std::optional<qint64> parseSeconds(const QString &text)
{
    static const QRegularExpression clock(u"^(?:(\\d+):)?(\\d{1,2}):(\\d{2})$"_s);
    if (const auto m = clock.match(text); m.hasMatch())
        return m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60
                + m.captured(3).toLongLong();
    bool ok = false;
    const double value = QString(text).replace(u',', u'.').toDouble(&ok);
    // Beyond a year is not a handle time, and keeps the conversion in range.
    if (!ok || !std::isfinite(value) || value < 0 || value > 366.0 * 86400)
        return std::nullopt;
    return qRound64(value);
}

std::optional<AgentChannel> parseChannel(const QString &text)
{
    const QString t = text.toLower();
    if (t == u"left"_s || t == u"l"_s || t == u"0"_s)
        return AgentChannel::Left;
    if (t == u"right"_s || t == u"r"_s || t == u"1"_s)
        return AgentChannel::Right;
    return std::nullopt;
}

} // namespace

Result<Manifest> ManifestReader::read(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    QFile in(path);
    if (!QFileInfo::exists(path))
        return fail(ErrorCode::NotFound, tr("%1: no such file").arg(file));
    if (!in.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("%1: cannot be read (%2)").arg(file, in.errorString()));
    return parse(in.readAll(), path);
}

Result<Manifest> ManifestReader::parse(const QByteArray &csv, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    auto records = CsvReader::parse(csv, path);
    if (!records)
        return std::unexpected(records.error());
    if (records->isEmpty())
        return fail(ErrorCode::Empty, tr("%1: the manifest is empty").arg(file));

    Manifest manifest;
    manifest.path = path;
    const QStringList header = records->constFirst().fields;
    QList<Column> columns;
    for (const QString &name : header) {
        const Column c = columnFor(name);
        columns.append(c);
        if (c == Column::Unknown && !name.isEmpty())
            manifest.unknownColumns.append(name);
        else if (c != Column::Unknown)
            manifest.recognisedColumns.append(keyOf(c));
    }
    if (!columns.contains(Column::File))
        return fail(ErrorCode::InvalidInput,
                    tr("%1: no column names the recording; the header row needs a column "
                       "called “file” (or “filename”, “recording”, “path”)")
                            .arg(file));

    const QDir base = QFileInfo(path).absoluteDir();
    // Team (case-folded) → the zone and line that first named it.
    QHash<QString, std::pair<QString, int>> teamZones;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &record = records->at(r);
        ManifestRow row;
        row.line = record.line;
        const auto problem = [&](const QString &column, const QString &value, const QString &expected) {
            manifest.problems.append(tr("%1: line %2: %3 “%4” is not %5")
                                             .arg(file)
                                             .arg(record.line)
                                             .arg(column, value, expected));
        };
        for (qsizetype i = 0; i < columns.size() && i < record.fields.size(); ++i) {
            const QString value = record.fields.at(i).trimmed();
            if (value.isEmpty())
                continue;
            const QString &name = header.at(i);
            switch (columns.at(i)) {
            case Column::File: row.file = value; break;
            case Column::Rep: row.rep = value; break;
            case Column::Team: row.team = value; break;
            case Column::Queue: row.queue = value; break;
            case Column::CustomerRef: row.customerRef = value; break;
            case Column::StartedAt:
                if (auto t = parseDateTime(value))
                    row.startedAt = *t;
                else
                    problem(name, value, tr("a date and time (expected e.g. 2026-11-24T09:30:00+01:00)"));
                break;
            case Column::Csat:
                if (auto v = parseNumber(value))
                    row.csat = v;
                else
                    problem(name, value, tr("a number"));
                break;
            case Column::FeltHeard:
                if (auto v = parseNumber(value))
                    row.feltHeard = v;
                else
                    problem(name, value, tr("a number"));
                break;
            case Column::Fcr:
                if (auto v = parseBool(value))
                    row.firstContactResolution = v;
                else
                    problem(name, value, tr("yes or no"));
                break;
            case Column::RepeatContact:
                if (auto v = parseBool(value))
                    row.repeatContact = v;
                else
                    problem(name, value, tr("yes or no"));
                break;
            case Column::HandleTime:
                if (auto v = parseSeconds(value))
                    row.handleTimeS = v;
                else
                    problem(name, value, tr("a time in seconds or m:ss"));
                break;
            case Column::AgentChannel:
                if (auto v = parseChannel(value))
                    row.agentChannel = *v;
                else
                    problem(name, value, tr("left or right"));
                break;
            case Column::TeamTimeZone:
                if (QTimeZone(value.toUtf8()).isValid())
                    row.teamTimeZone = value;
                else
                    problem(name, value, tr("a time zone this system knows (an IANA name such as Europe/Berlin)"));
                break;
            case Column::Unknown: break;
            }
        }
        if (!row.teamTimeZone.isEmpty()) {
            const QString key = row.team.toCaseFolded();
            if (row.team.isEmpty()) {
                manifest.problems.append(tr("%1: line %2: a team time zone without a team is ignored")
                                                 .arg(file)
                                                 .arg(record.line));
                row.teamTimeZone.clear();
            } else if (const auto first = teamZones.constFind(key); first == teamZones.constEnd()) {
                teamZones.insert(key, { row.teamTimeZone, record.line });
            } else if (first->first != row.teamTimeZone) {
                manifest.problems.append(tr("%1: line %2: team “%3” is in %4 on line %5, not %6; %4 is used")
                                                 .arg(file)
                                                 .arg(record.line)
                                                 .arg(row.team, first->first)
                                                 .arg(first->second)
                                                 .arg(row.teamTimeZone));
                row.teamTimeZone = first->first;
            }
        }
        if (row.file.isEmpty()) {
            manifest.problems.append(tr("%1: line %2: no recording file is named; the row is ignored")
                                             .arg(file)
                                             .arg(record.line));
            continue;
        }
        const QString absolute = QDir::cleanPath(base.absoluteFilePath(row.file));
        const QString name = QFileInfo(row.file).fileName();
        if (manifest.byPath.contains(absolute)) {
            manifest.problems.append(tr("%1: line %2: “%3” is listed twice; the first row is used")
                                             .arg(file)
                                             .arg(record.line)
                                             .arg(row.file));
            continue;
        }
        manifest.rows.append(row);
        manifest.byPath.insert(absolute, manifest.rows.size() - 1);
        manifest.byName.insert(name, manifest.rows.size() - 1);
    }
    return manifest;
}

} // namespace coach
