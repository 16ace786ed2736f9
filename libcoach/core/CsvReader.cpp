// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CsvReader.h"

#include <QDir>
#include <QStringDecoder>
#include <QStringTokenizer>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

QChar guessDelimiter(QStringView text)
{
    // The header is the first line with anything on it.
    QStringView header;
    for (const QStringView line : QStringTokenizer(text, u'\n')) {
        if (!line.trimmed().isEmpty()) {
            header = line;
            break;
        }
    }
    const qsizetype commas = header.count(u',');
    const qsizetype semicolons = header.count(u';');
    const qsizetype tabs = header.count(u'\t');
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return semicolons > commas ? u';' : u',';
}

} // namespace

Result<QList<CsvRecord>> CsvReader::parse(const QByteArray &data, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError())
        return fail(ErrorCode::InvalidInput, tr("%1: is not UTF-8 text").arg(file));
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);

    const QChar delimiter = guessDelimiter(text);
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    record.line = 1;
    const auto endField = [&] {
        record.fields.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is not a record.
        if (!(record.fields.size() == 1 && record.fields.constFirst().isEmpty()))
            records.append(record);
        record = CsvRecord();
        record.line = line;
    };

    int quoteStartLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            fieldWasQuoted = true;
            quoteStartLine = line;
            field.clear();
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            ++line;
            endRecord();
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else {
            field += c;
        }
    }
    if (quoted)
        return fail(ErrorCode::Corrupt,
                    tr("%1: line %2: a quoted field is never closed").arg(file).arg(quoteStartLine));
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

} // namespace coach
