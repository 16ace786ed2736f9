// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CsvReader.h"
#include "services/ManifestReader.h"
#include "transcript/WebVttReader.h"

#include <QString>

#include <cmath>

/*
 * What must hold for any input to the three text parsers, shared by the
 * libFuzzer targets and TestParserRobustness. Each returns an empty string when
 * the result is sane, otherwise what is wrong. Parsing itself must not crash,
 * hang or trip a sanitizer; that part is the harness's job.
 */
namespace coach::fuzz {

inline QString checkCsv(const QByteArray &data)
{
    const auto records = CsvReader::parse(data, QStringLiteral("fuzz.csv"));
    if (!records)
        return records.error().message().isEmpty() ? QStringLiteral("an error without a message") : QString();
    int previous = 0;
    for (const CsvRecord &record : *records) {
        if (record.line <= previous)
            return QStringLiteral("record lines do not increase: %1 after %2").arg(record.line).arg(previous);
        if (record.fields.isEmpty())
            return QStringLiteral("a record without fields");
        previous = record.line;
    }
    // A record cannot start past the last line.
    if (previous > data.count('\n') + data.count('\r') + 1)
        return QStringLiteral("record on line %1 of a shorter input").arg(previous);
    return {};
}

inline QString checkManifest(const QByteArray &data)
{
    const auto manifest = ManifestReader::parse(data, QStringLiteral("/fuzz/manifest.csv"));
    if (!manifest)
        return manifest.error().message().isEmpty() ? QStringLiteral("an error without a message") : QString();
    for (const ManifestRow &row : manifest->rows) {
        if (row.line < 2)
            return QStringLiteral("a row on line %1, at or before the header").arg(row.line);
        if (row.file.isEmpty())
            return QStringLiteral("a row without a file was kept");
        if (row.handleTimeS && *row.handleTimeS < 0)
            return QStringLiteral("line %1: negative handle time %2").arg(row.line).arg(*row.handleTimeS);
        if (row.csat && !std::isfinite(*row.csat))
            return QStringLiteral("line %1: CSAT is not a finite number").arg(row.line);
        if (row.feltHeard && !std::isfinite(*row.feltHeard))
            return QStringLiteral("line %1: felt-heard is not a finite number").arg(row.line);
        if (row.startedAt.isValid() && row.startedAt.timeSpec() != Qt::UTC)
            return QStringLiteral("line %1: start time is not UTC").arg(row.line);
        if (!manifest->rowFor(QStringLiteral("/fuzz/") + row.file))
            return QStringLiteral("line %1: its own file does not find the row").arg(row.line);
    }
    for (const QString &problem : manifest->problems) {
        if (!problem.contains(QStringLiteral("line ")))
            return QStringLiteral("a problem that names no line: ") + problem;
    }
    return {};
}

inline QString checkWebVtt(const QByteArray &data)
{
    const auto transcript = WebVttReader::parse(data, QStringLiteral("fuzz.vtt"));
    if (!transcript)
        return transcript.error().message().isEmpty() ? QStringLiteral("an error without a message") : QString();
    if (transcript->segments.isEmpty())
        return QStringLiteral("success with no segments");
    for (const Segment &s : transcript->segments) {
        if (s.startMs < 0 || s.endMs < 0)
            return QStringLiteral("a negative time: %1 --> %2").arg(s.startMs).arg(s.endMs);
        if (s.text.contains(QLatin1Char('\n')) || s.speaker.contains(QLatin1Char('\n')))
            return QStringLiteral("a line break left in a segment");
    }
    return {};
}

} // namespace coach::fuzz
