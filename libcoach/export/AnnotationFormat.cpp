// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/AnnotationFormat.h"

#include "core/CsvReader.h"
#include "export/ElanWriter.h"
#include "export/TextGridWriter.h"

#include <QDir>
#include <QHash>
#include <QStringDecoder>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// Longer than any call; a larger number in a file is a mistake, not a time.
constexpr double kMaxSeconds = 1e7;

// Exact decimal seconds from milliseconds, without a trip through double.
QString seconds(qint64 ms, int decimals)
{
    QString fraction = QString::number(ms % 1000).rightJustified(3, u'0');
    fraction = fraction.leftJustified(decimals, u'0');
    return QString::number(ms / 1000) + u'.' + fraction;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r')
        && value.trimmed() == value)
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

// The annotations of the one call a single-recording format describes.
QList<Annotation> oneCall(const QList<Annotation> &annotations, const QList<Call> &calls)
{
    if (annotations.isEmpty())
        return {};
    const CallId call = calls.isEmpty() ? annotations.constFirst().call : calls.constFirst().id;
    QList<Annotation> result;
    for (const Annotation &a : annotations) {
        if (a.call == call)
            result.append(a);
    }
    return result;
}

Call callFor(const QList<Annotation> &annotations, const QList<Call> &calls)
{
    if (!calls.isEmpty())
        return calls.constFirst();
    Call call;
    if (!annotations.isEmpty())
        call.id = annotations.constFirst().call;
    return call;
}

// "Tag | comment" → tag "Tag", comment "comment"; no bar → all of it is the tag's text.
void splitLabel(const QString &text, Annotation &a)
{
    const qsizetype bar = text.indexOf(u'|');
    if (bar < 0) {
        a.tagLabel = text.trimmed();
        return;
    }
    a.tagLabel = text.left(bar).trimmed();
    QString comment = text.mid(bar + 1);
    if (comment.startsWith(u' '))
        comment.remove(0, 1);
    a.comment = comment;
}

Result<QString> decodeText(const QByteArray &data, const QString &path)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError())
        return fail(ErrorCode::InvalidInput,
                    AnnotationFormat::tr("%1: is not UTF-8 text").arg(QDir::toNativeSeparators(path)));
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    return text;
}

} // namespace

QString AnnotationFormat::fileSuffix(Kind kind)
{
    switch (kind) {
    case Kind::Csv: return u"csv"_s;
    case Kind::AudacityLabels: return u"txt"_s;
    case Kind::Elan: return u"eaf"_s;
    case Kind::PraatTextGrid: return u"TextGrid"_s;
    }
    return {};
}

std::optional<AnnotationFormat::Kind> AnnotationFormat::kindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"csv"_s)
        return Kind::Csv;
    if (n == u"audacity"_s || n == u"labels"_s || n == u"txt"_s)
        return Kind::AudacityLabels;
    if (n == u"eaf"_s || n == u"elan"_s)
        return Kind::Elan;
    if (n == u"textgrid"_s || n == u"praat"_s)
        return Kind::PraatTextGrid;
    return std::nullopt;
}

bool AnnotationFormat::holdsManyCalls(Kind kind)
{
    return kind == Kind::Csv;
}

QString AnnotationFormat::labelText(const Annotation &a)
{
    if (a.comment.isEmpty())
        return a.tagLabel;
    if (a.tagLabel.isEmpty())
        return u"| "_s + a.comment;
    return a.tagLabel + u" | "_s + a.comment;
}

std::optional<qint64> AnnotationFormat::parseSeconds(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // Some European Audacity builds wrote a decimal comma.
    QString value = text.toString();
    if (!value.contains(u'.') && value.count(u',') == 1)
        value.replace(u',', u'.');
    const QStringList parts = value.split(u':');
    if (parts.size() > 3)
        return std::nullopt;
    double total = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        const bool last = i == parts.size() - 1;
        // Only digits and one point: no signs, exponents, "inf" or "nan".
        if (part.isEmpty() || part.count(u'.') > (last ? 1 : 0) || part == u"."_s)
            return std::nullopt;
        for (const QChar c : part) {
            if (!(c.isDigit() && c.unicode() < 128) && c != u'.')
                return std::nullopt;
        }
        bool ok = false;
        const double v = part.toDouble(&ok);
        if (!ok || (i > 0 && v >= 60))
            return std::nullopt;
        total = total * 60 + v;
    }
    if (!std::isfinite(total) || total > kMaxSeconds)
        return std::nullopt;
    return std::llround(total * 1000);
}

QByteArray AnnotationFormat::write(Kind kind, const QList<Annotation> &annotations, const QList<Call> &calls)
{
    switch (kind) {
    case Kind::Csv: return writeCsv(annotations, calls);
    case Kind::AudacityLabels: return writeAudacity(oneCall(annotations, calls));
    case Kind::Elan: return ElanWriter::write(oneCall(annotations, calls), callFor(annotations, calls));
    case Kind::PraatTextGrid: return TextGridWriter::write(oneCall(annotations, calls), callFor(annotations, calls));
    }
    return {};
}

Result<QList<Annotation>> AnnotationFormat::read(Kind kind, const QByteArray &data, CallId call, const QString &path)
{
    switch (kind) {
    case Kind::Csv: return readCsv(data, call, path);
    case Kind::AudacityLabels: return readAudacity(data, call, path);
    case Kind::Elan:
    case Kind::PraatTextGrid: break;
    }
    return fail(ErrorCode::Unsupported, tr("%1: Coachbench reads annotations from CSV and Audacity labels only")
                                                .arg(QDir::toNativeSeparators(path)));
}

QByteArray AnnotationFormat::writeCsv(const QList<Annotation> &annotations, const QList<Call> &calls)
{
    QHash<qint64, QString> files;
    for (const Call &call : calls)
        files.insert(call.id.value(), call.recordingPath);
    // RFC 4180: CRLF after every record, quotes only where needed.
    QString out = u"call_id,file,start_s,end_s,tag_key,tag_label,comment,author,created_at,status\r\n"_s;
    for (const Annotation &a : annotations) {
        const QStringList fields{
            QString::number(a.call.value()),
            csvField(files.value(a.call.value())),
            seconds(a.startMs, 3),
            seconds(a.endMs, 3),
            csvField(a.tagKey),
            csvField(a.tagLabel),
            csvField(a.comment),
            csvField(a.author),
            a.createdAt.isValid() ? a.createdAt.toUTC().toString(Qt::ISODate) : QString(),
            a.suggested ? u"suggested"_s : u"confirmed"_s,
        };
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

Result<QList<Annotation>> AnnotationFormat::readCsv(const QByteArray &data, CallId call, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    const auto records = CsvReader::parse(data, path);
    if (!records)
        return std::unexpected(records.error());
    if (records->isEmpty())
        return QList<Annotation>();
    QHash<QString, qsizetype> column;
    const CsvRecord &header = records->constFirst();
    for (qsizetype i = 0; i < header.fields.size(); ++i)
        column.insert(header.fields.at(i).trimmed().toLower(), i);
    if (!column.contains(u"start_s"_s))
        return fail(ErrorCode::InvalidInput,
                    tr("%1: line %2: the header has no start_s column (expected call_id,file,start_s,end_s,"
                       "tag_key,tag_label,comment,author,created_at,status)")
                            .arg(file)
                            .arg(header.line));

    QList<Annotation> result;
    QList<qint64> callIds;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &record = records->at(r);
        const auto field = [&](const QString &name) {
            const qsizetype i = column.value(name, -1);
            return i >= 0 && i < record.fields.size() ? record.fields.at(i) : QString();
        };
        const auto lineError = [&](const QString &cause) {
            return fail(ErrorCode::InvalidInput, tr("%1: line %2: %3").arg(file).arg(record.line).arg(cause));
        };
        Annotation a;
        a.call = call;
        const QString start = field(u"start_s"_s);
        const auto startMs = parseSeconds(start);
        if (!startMs)
            return lineError(tr("start_s “%1” is not a time in seconds").arg(start));
        const QString end = field(u"end_s"_s);
        const auto endMs = end.trimmed().isEmpty() ? startMs : parseSeconds(end);
        if (!endMs)
            return lineError(tr("end_s “%1” is not a time in seconds").arg(end));
        if (*endMs < *startMs)
            return lineError(tr("the annotation ends (%1 s) before it starts (%2 s)").arg(end, start));
        a.startMs = *startMs;
        a.endMs = *endMs;
        a.tagKey = field(u"tag_key"_s).trimmed();
        a.tagLabel = field(u"tag_label"_s).trimmed();
        a.comment = field(u"comment"_s);
        a.author = field(u"author"_s).trimmed();
        const QString created = field(u"created_at"_s).trimmed();
        if (!created.isEmpty()) {
            a.createdAt = QDateTime::fromString(created, Qt::ISODate);
            if (!a.createdAt.isValid())
                return lineError(tr("created_at “%1” is not an ISO 8601 date and time").arg(created));
            a.createdAt = a.createdAt.toUTC();
            a.updatedAt = a.createdAt;
        }
        const QString status = field(u"status"_s).trimmed().toLower();
        if (status == u"suggested"_s)
            a.suggested = true;
        else if (!status.isEmpty() && status != u"confirmed"_s)
            return lineError(tr("status “%1” is neither “confirmed” nor “suggested”").arg(status));
        bool ok = false;
        const qint64 fileCall = field(u"call_id"_s).trimmed().toLongLong(&ok);
        callIds.append(ok ? fileCall : 0);
        result.append(a);
    }
    // A bulk export holds several calls: keep this call's rows. A one-call file
    // (perhaps from another library, with other ids) is taken whole.
    QList<qint64> distinct = callIds;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    if (distinct.size() <= 1)
        return result;
    QList<Annotation> mine;
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (callIds.at(i) == call.value())
            mine.append(result.at(i));
    }
    if (mine.isEmpty())
        return fail(ErrorCode::NotFound,
                    tr("%1: holds annotations of %2 calls, none of them call %3")
                            .arg(file)
                            .arg(distinct.size())
                            .arg(call.value()));
    return mine;
}

QByteArray AnnotationFormat::writeAudacity(const QList<Annotation> &annotations)
{
    QString out;
    for (const Annotation &a : annotations) {
        // A label holds one line; tabs would split it into columns.
        QString label = labelText(a);
        label.replace(u'\t', u' ').replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
        out += seconds(a.startMs, 6) + u'\t' + seconds(a.endMs, 6) + u'\t' + label + u'\n';
    }
    return out.toUtf8();
}

Result<QList<Annotation>> AnnotationFormat::readAudacity(const QByteArray &data, CallId call, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    const auto text = decodeText(data, path);
    if (!text)
        return std::unexpected(text.error());
    QList<Annotation> result;
    const QStringList lines = text->split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(u'\r'))
            line.chop(1);
        // Spectral selections add a line "\ low high" after their label; we keep time only.
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'\\'))
            continue;
        const auto lineError = [&](const QString &cause) {
            return fail(ErrorCode::InvalidInput, tr("%1: line %2: %3").arg(file).arg(n + 1).arg(cause));
        };
        QStringList fields;
        if (line.contains(u'\t')) {
            fields = line.split(u'\t');
        } else {
            // Hand-written label files use spaces; the label is the rest of the line.
            const QStringList words = line.trimmed().split(u' ', Qt::SkipEmptyParts);
            fields = words.mid(0, 2);
            if (words.size() > 2)
                fields.append(line.trimmed().section(u' ', 2, -1, QString::SectionSkipEmpty));
        }
        if (fields.size() < 2)
            return lineError(tr("expected a start and an end time in seconds, then the label, separated by tabs"));
        const auto start = parseSeconds(fields.at(0));
        if (!start)
            return lineError(tr("“%1” is not a start time in seconds").arg(fields.at(0)));
        const auto end = parseSeconds(fields.at(1));
        if (!end)
            return lineError(tr("“%1” is not an end time in seconds").arg(fields.at(1)));
        if (*end < *start)
            return lineError(tr("the label ends (%1 s) before it starts (%2 s)").arg(fields.at(1), fields.at(0)));
        Annotation a;
        a.call = call;
        a.startMs = *start;
        a.endMs = *end;
        splitLabel(fields.mid(2).join(u' '), a);
        result.append(a);
    }
    return result;
}

} // namespace coach
