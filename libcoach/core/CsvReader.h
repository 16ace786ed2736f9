// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace coach {

struct CsvRecord
{
    int line = 0; // 1-based line the record starts on
    QStringList fields;
};

/*
 * RFC 4180 CSV as contact-centre exports write it: UTF-8 with or without a
 * BOM, CRLF or LF, quoted fields with doubled quotes and embedded newlines.
 * The delimiter (comma, semicolon or tab) is guessed from the header line,
 * since European spreadsheets write semicolons.
 */
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    [[nodiscard]] static Result<QList<CsvRecord>> parse(const QByteArray &data, const QString &path);
};

} // namespace coach
