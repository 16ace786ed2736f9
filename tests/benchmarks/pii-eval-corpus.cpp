// SPDX-License-Identifier: GPL-3.0-or-later
#include "pii-eval-corpus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace coach::bench {

namespace {

// Python offsets count code points; QString counts UTF-16 units.
QList<qsizetype> utf16Offsets(const QString &text)
{
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            continue;
        offsets.append(i);
    }
    offsets.append(text.size());
    return offsets;
}

enum class Label { Recalled, Personal, Date, Ignored };

std::pair<Label, std::optional<PiiType>> labelFor(const QString &entity)
{
    static const QHash<QString, PiiType> recalled{
        { u"PERSON"_s, PiiType::PersonName },        { u"STREET_ADDRESS"_s, PiiType::Address },
        { u"ADDRESS"_s, PiiType::Address },          { u"CREDIT_CARD"_s, PiiType::CardNumber },
        { u"PHONE_NUMBER"_s, PiiType::Phone },       { u"EMAIL_ADDRESS"_s, PiiType::Email },
        { u"US_SSN"_s, PiiType::NationalId },        { u"UK_NINO"_s, PiiType::NationalId },
        { u"IBAN_CODE"_s, PiiType::BankAccount },    { u"US_BANK_NUMBER"_s, PiiType::BankAccount },
    };
    static const QSet<QString> personal{ u"GPE"_s,         u"LOCATION"_s,    u"ZIP_CODE"_s,
                                         u"US_DRIVER_LICENSE"_s, u"IP_ADDRESS"_s, u"DOMAIN_NAME"_s };
    if (const auto it = recalled.constFind(entity); it != recalled.cend())
        return { Label::Recalled, *it };
    if (personal.contains(entity))
        return { Label::Personal, std::nullopt };
    if (entity == u"DATE_TIME"_s)
        return { Label::Date, std::nullopt };
    return { Label::Ignored, std::nullopt };
}

Result<QJsonDocument> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, u"%1: %2"_s.arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::Corrupt, u"%1: %2 at byte %3"_s.arg(path, error.errorString()).arg(error.offset));
    return document;
}

} // namespace

Result<PiiEvaluation> PiiEvaluation::run(const QString &corpusDir, const PiiDetector &detector)
{
    PiiEvaluation evaluation;
    const QDir dir(corpusDir);

    // presidio-research: {full_text, spans:[{entity_type, start_position, end_position}]}.
    for (const QString &name : { u"presidio-research/data__synth_dataset_v2.json"_s,
                                 u"presidio-research/tests__data__generated_small.json"_s }) {
        const auto document = readJson(dir.filePath(name));
        if (!document)
            return std::unexpected(document.error());
        for (const QJsonValue &value : document->array()) {
            const QJsonObject sample = value.toObject();
            const QString text = sample.value(u"full_text"_s).toString();
            const QList<qsizetype> offsets = utf16Offsets(text);
            QList<Gold> gold;
            for (const QJsonValue &spanValue : sample.value(u"spans"_s).toArray()) {
                const QJsonObject span = spanValue.toObject();
                const auto [label, type] = labelFor(span.value(u"entity_type"_s).toString());
                if (label == Label::Ignored)
                    continue;
                const qsizetype start = span.value(u"start_position"_s).toInteger();
                const qsizetype end = span.value(u"end_position"_s).toInteger();
                if (start < 0 || end > offsets.size() - 1 || start >= end)
                    continue;
                gold.append({ offsets.at(start), offsets.at(end), type, label == Label::Date });
            }
            evaluation.score(name.section(u'/', 0, 0), text, gold, detector);
        }
    }

    // Presidio's recogniser tables. The leniency table is left out: it expects
    // different results for the same text, and the IP and URL tables are not
    // types the redactor deals in.
    const auto cases = readJson(dir.filePath(u"presidio/recognizer_cases.json"_s));
    if (!cases)
        return std::unexpected(cases.error());
    static const QHash<QString, QString> entityOfFile{
        { u"test_credit_card_recognizer.py"_s, u"CREDIT_CARD"_s }, { u"test_phone_recognizer.py"_s, u"PHONE_NUMBER"_s },
        { u"test_email_recognizer.py"_s, u"EMAIL_ADDRESS"_s },     { u"test_us_ssn_recognizer.py"_s, u"US_SSN"_s },
        { u"test_iban_recognizer.py"_s, u"IBAN_CODE"_s },          { u"test_uk_nino_recognizer.py"_s, u"UK_NINO"_s },
        { u"test_us_bank_recognizer.py"_s, u"US_BANK_NUMBER"_s },  { u"test_date_recognizer.py"_s, QString() },
    };
    for (const QJsonValue &tableValue : cases->object().value(u"tables"_s).toArray()) {
        const QJsonObject table = tableValue.toObject();
        const QString file = table.value(u"file"_s).toString().section(u'/', -1);
        if (!entityOfFile.contains(file) || table.value(u"test"_s).toString().contains(u"leniency"_s))
            continue;
        const QString entity = entityOfFile.value(file);
        for (const QJsonValue &caseValue : table.value(u"cases"_s).toArray()) {
            const QJsonObject testCase = caseValue.toObject();
            const QString text = testCase.contains(u"text"_s) ? testCase.value(u"text"_s).toString()
                                                              : testCase.value(u"iban"_s).toString();
            const QJsonArray positions = testCase.contains(u"expected_res"_s)
                ? testCase.value(u"expected_res"_s).toArray()
                : testCase.value(u"expected_positions"_s).toArray();
            const QList<qsizetype> offsets = utf16Offsets(text);
            QList<Gold> gold;
            if (!entity.isEmpty()) {
                for (const QJsonValue &position : positions) {
                    const QJsonArray pair = position.toArray();
                    const qsizetype start = pair.at(0).toInteger();
                    const qsizetype end = pair.at(1).toInteger();
                    if (start < 0 || end > offsets.size() - 1 || start >= end)
                        continue;
                    gold.append({ offsets.at(start), offsets.at(end), labelFor(entity).second });
                }
            }
            evaluation.score(u"presidio:"_s + file, text, gold, detector);
        }
    }
    return evaluation;
}

void PiiEvaluation::score(const QString &source, const QString &text, const QList<Gold> &gold,
                          const PiiDetector &detector)
{
    ++m_texts;
    const QList<PiiSpan> found = detector.detect(text);
    QList<bool> coveredChar(text.size(), false);
    for (const PiiSpan &span : found) {
        for (qsizetype i = span.start; i < span.end; ++i)
            coveredChar[i] = true;
    }
    QList<bool> personalChar(text.size(), false);
    QList<bool> dateChar(text.size(), false);
    for (const Gold &g : gold) {
        for (qsizetype i = g.start; i < g.end; ++i)
            (g.date ? dateChar : personalChar)[i] = true;
        if (g.date)
            continue;
        if (!g.type)
            continue;
        Tally &tally = m_byType[*g.type];
        qsizetype hit = 0;
        for (qsizetype i = g.start; i < g.end; ++i) {
            // Spaces inside a span ("Vanessa P. Hertzog") are not data; count letters and digits.
            if (!text.at(i).isLetterOrNumber())
                continue;
            ++tally.labelled;
            if (coveredChar[i])
                ++hit;
        }
        tally.covered += hit;
        if (hit < std::count_if(text.begin() + g.start, text.begin() + g.end, [](QChar c) { return c.isLetterOrNumber(); })) {
            // What was covered shows as "·", so the part that leaked stands out.
            QString shown = text.mid(g.start, g.end - g.start);
            for (qsizetype i = 0; i < shown.size(); ++i) {
                if (coveredChar[g.start + i])
                    shown[i] = u'·';
            }
            m_misses.append({ source, text, shown, piiTypeKey(*g.type) });
        }
    }
    for (const PiiSpan &span : found) {
        Tally &tally = m_byType[span.type];
        qsizetype wrong = 0;
        for (qsizetype i = span.start; i < span.end; ++i) {
            if (!text.at(i).isLetterOrNumber())
                continue;
            ++tally.detected;
            // A date is personal when it is a birth date or a card's expiry; labelled ordinary dates are not.
            const bool dateType = span.type == PiiType::DateOfBirth || span.type == PiiType::ExpiryDate;
            if (personalChar[i] || (dateType && dateChar[i]))
                ++tally.correct;
            else
                ++wrong;
        }
        if (wrong > 0)
            m_falsePositives.append({ source, text, text.mid(span.start, span.length()), piiTypeKey(span.type) });
    }
}

PiiEvaluation::Tally PiiEvaluation::overall() const
{
    Tally sum;
    for (const Tally &tally : m_byType) {
        sum.labelled += tally.labelled;
        sum.covered += tally.covered;
        sum.detected += tally.detected;
        sum.correct += tally.correct;
    }
    return sum;
}

double PiiEvaluation::recall(PiiType type) const
{
    const Tally tally = m_byType.value(type);
    return tally.labelled ? double(tally.covered) / double(tally.labelled) : 1.0;
}

double PiiEvaluation::precision() const
{
    const Tally sum = overall();
    return sum.detected ? double(sum.correct) / double(sum.detected) : 1.0;
}

QString PiiEvaluation::table() const
{
    QString out = u"%1 %2 %3 %4 %5\n"_s.arg(u"type"_s, -14)
                      .arg(u"labelled"_s, 9)
                      .arg(u"recall"_s, 7)
                      .arg(u"detected"_s, 9)
                      .arg(u"precision"_s, 9);
    for (const PiiType type : allPiiTypes) {
        const Tally tally = m_byType.value(type);
        if (!tally.labelled && !tally.detected)
            continue;
        out += u"%1 %2 %3 %4 %5\n"_s.arg(piiTypeKey(type), -14)
                   .arg(tally.labelled, 9)
                   .arg(tally.labelled ? QString::number(double(tally.covered) / double(tally.labelled), 'f', 3)
                                       : u"-"_s,
                        7)
                   .arg(tally.detected, 9)
                   .arg(tally.detected ? QString::number(double(tally.correct) / double(tally.detected), 'f', 3)
                                       : u"-"_s,
                        9);
    }
    const Tally sum = overall();
    out += u"%1 %2 %3 %4 %5\n"_s.arg(u"overall"_s, -14)
               .arg(sum.labelled, 9)
               .arg(QString::number(sum.labelled ? double(sum.covered) / double(sum.labelled) : 1.0, 'f', 3), 7)
               .arg(sum.detected, 9)
               .arg(QString::number(precision(), 'f', 3), 9);
    out += u"(%1 texts; character level, letters and digits only)\n"_s.arg(m_texts);
    return out;
}

} // namespace coach::bench
