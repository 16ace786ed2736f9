// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedactCommand.h"

#include "redact/PiiDetector.h"
#include "services/ExerciseBuilder.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

namespace {

// UTF-16 offset → code point offset, for the JSON readers in other languages.
QList<qsizetype> codePointOffsets(const QString &text)
{
    QList<qsizetype> offsets(text.size() + 1);
    qsizetype points = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        offsets[i] = points;
        if (!text.at(i).isLowSurrogate() || i == 0 || !text.at(i - 1).isHighSurrogate())
            ++points;
    }
    offsets[text.size()] = points;
    // A low surrogate's offset is its pair's, so a span never splits a character.
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            offsets[i] = offsets[i - 1];
    }
    return offsets;
}

QString redactedText(const QString &text, const QList<PiiSpan> &spans)
{
    QString out;
    qsizetype cursor = 0;
    for (const PiiSpan &span : spans) {
        out += QStringView(text).mid(cursor, span.start - cursor);
        out += piiPlaceholder(span.type);
        cursor = span.end;
    }
    out += QStringView(text).mid(cursor);
    return out;
}

} // namespace

QString RedactCommand::summary() const
{
    return tr("Find and replace personal data in text read from stdin, one text per line");
}

void RedactCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ u"jsonl"_s,
                       tr("Write one JSON object per input line: {\"spans\":[{\"type\",\"start\",\"end\","
                          "\"confidence\"}],\"redacted\":\"…\"}, offsets in Unicode code points.") });
    parser.addOption({ u"name"_s, tr("Also treat NAME as a person's name (repeatable)."), tr("NAME") });
    parser.addOption({ u"names-file"_s, tr("Also treat each line of FILE as a person's name."), tr("FILE") });
    parser.addOption({ u"library"_s,
                       tr("Also use the library in FILE: its reps' and customers' names, its list of names "
                          "always to redact and of terms never to redact."),
                       tr("FILE") });
}

int RedactCommand::execute(const QCommandLineParser &parser, Context &context)
{
    if (!parser.positionalArguments().isEmpty()) {
        context.err << tr("error: redact reads stdin and takes no file arguments") << u'\n';
        return Usage;
    }
    QStringList names = parser.values(u"name"_s);
    if (parser.isSet(u"names-file"_s)) {
        QFile file(parser.value(u"names-file"_s));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            context.err << tr("error: cannot read the names file %1: %2").arg(file.fileName(), file.errorString())
                        << u'\n';
            return Failure;
        }
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (!line.trimmed().isEmpty())
                names.append(line.trimmed());
        }
    }
    PiiDetector::Options options;
    if (parser.isSet(u"library"_s)) {
        // Opening creates a missing library; a mistyped path must not redact with an empty one.
        const QString path = parser.value(u"library"_s);
        if (!QFileInfo(path).isFile()) {
            context.err << tr("error: %1: no such library").arg(QDir::toNativeSeparators(path)) << u'\n';
            return Failure;
        }
        auto db = Database::open(path);
        if (!db)
            return report(db.error(), context);
        auto fromLibrary = ExerciseBuilder(**db).libraryRedactionOptions();
        if (!fromLibrary)
            return report(fromLibrary.error(), context);
        options = *fromLibrary;
    }
    options.extraNames.append(names);
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        context.err << tr("error: cannot read stdin: %1").arg(input.errorString()) << u'\n';
        return Failure;
    }
    return redactLines(input, parser.isSet(u"jsonl"_s), options, context);
}

int RedactCommand::redactLines(QIODevice &input, bool jsonl, const PiiDetector::Options &options, Context &context)
{
    const PiiDetector detector(options);
    int status = Success;
    qint64 lineNumber = 0;
    while (!input.atEnd()) {
        QByteArray bytes = input.readLine();
        if (bytes.isEmpty() && input.atEnd())
            break; // stdin reports its end only after a last, empty read
        ++lineNumber;
        if (bytes.endsWith('\n'))
            bytes.chop(1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        if (decoder.hasError()) {
            context.err << tr("error: stdin line %1: not valid UTF-8; line skipped").arg(lineNumber) << u'\n';
            if (jsonl) {
                const QJsonObject error{ { u"line"_s, lineNumber }, { u"error"_s, u"invalid UTF-8"_s } };
                context.out << QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact)) << u'\n';
            } else {
                context.out << u'\n';
            }
            status = Failure;
            continue;
        }
        const QList<PiiSpan> spans = detector.detect(text);
        const QString redacted = redactedText(text, spans);
        if (!jsonl) {
            context.out << redacted << u'\n';
            continue;
        }
        const QList<qsizetype> points = codePointOffsets(text);
        QJsonArray array;
        for (const PiiSpan &span : spans) {
            array.append(QJsonObject{ { u"type"_s, piiTypeKey(span.type) },
                                      { u"start"_s, qint64(points.at(span.start)) },
                                      { u"end"_s, qint64(points.at(span.end)) },
                                      { u"confidence"_s, qRound(span.confidence * 100) / 100.0 } });
        }
        const QJsonObject object{ { u"spans"_s, array }, { u"redacted"_s, redacted } };
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
    }
    context.out.flush();
    return status;
}

} // namespace coach::cli
