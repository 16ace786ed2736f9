// SPDX-License-Identifier: GPL-3.0-or-later
#include "redact/SpokenText.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// How many times a multiplier word repeats the digit after it.
int repeatCount(QStringView word)
{
    if (word.compare(u"double"_s, Qt::CaseInsensitive) == 0)
        return 2;
    if (word.compare(u"triple"_s, Qt::CaseInsensitive) == 0)
        return 3;
    return 0;
}

// Whether the text between two tokens keeps them in one run: a few separator
// characters and nothing else (", " and " - " and ") " are all fine; a word is not).
bool joins(QStringView gap)
{
    if (gap.size() > 3)
        return false;
    for (const QChar c : gap) {
        if (!(c.isSpace() || c == u'-' || c == u'.' || c == u',' || c == u'(' || c == u')' || c == u'/'))
            return false;
    }
    return true;
}

} // namespace

QString SpokenText::Run::value() const
{
    QString text;
    text.reserve(digits.size());
    for (const Digit &digit : digits)
        text += digit.value;
    return text;
}

QChar SpokenText::digitWord(QStringView word)
{
    static const QStringView words[] = { u"zero", u"one", u"two",   u"three", u"four",
                                         u"five", u"six", u"seven", u"eight", u"nine" };
    for (int i = 0; i < 10; ++i) {
        if (word.compare(words[i], Qt::CaseInsensitive) == 0)
            return QChar(u'0' + i);
    }
    if (word.compare(u"oh"_s, Qt::CaseInsensitive) == 0 || word.compare(u"o"_s, Qt::CaseInsensitive) == 0
        || word.compare(u"nought"_s, Qt::CaseInsensitive) == 0)
        return u'0';
    return {};
}

QList<SpokenText::Run> SpokenText::digitRuns(const QString &text, int minimumDigits)
{
    static const QRegularExpression token(u"\\d+|[A-Za-z]+"_s);
    QList<Run> runs;
    Run current;
    qsizetype previousEnd = -1;
    int pendingRepeat = 0;
    qsizetype repeatStart = -1;

    const auto finish = [&] {
        if (current.digits.size() >= minimumDigits) {
            current.start = current.digits.constFirst().start;
            current.end = current.digits.constLast().end;
            runs.append(current);
        }
        current = Run();
        pendingRepeat = 0;
        repeatStart = -1;
    };

    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart();
        const qsizetype end = match.capturedEnd();
        const QStringView word = match.capturedView();
        if (previousEnd >= 0 && !joins(QStringView(text).mid(previousEnd, start - previousEnd)))
            finish();
        previousEnd = end;

        if (word.front().isDigit()) {
            // Digits glued to letters ("A320", "4th") are names and ordinals, not numbers read out.
            const bool glued = (start > 0 && text.at(start - 1).isLetter())
                || (end < text.size() && text.at(end).isLetter());
            if (glued) {
                finish();
                continue;
            }
            const int times = pendingRepeat ? pendingRepeat : 1;
            for (qsizetype i = 0; i < word.size(); ++i) {
                const qsizetype from = (i == 0 && repeatStart >= 0) ? repeatStart : start + i;
                for (int t = 0; t < (i == 0 ? times : 1); ++t)
                    current.digits.append({ word.at(i), from, start + i + 1 });
            }
            pendingRepeat = 0;
            repeatStart = -1;
            continue;
        }
        if (const int times = repeatCount(word); times > 0) {
            if (pendingRepeat)
                finish();
            pendingRepeat = times;
            repeatStart = start;
            continue;
        }
        QChar digit = digitWord(word);
        // A lone "o"/"oh" is a word ("oh, sorry"); it is zero inside a run, or
        // at its start when a digit follows at once ("oh seven seven double oh").
        const bool maybeZero = !digit.isNull() && digit == u'0'
            && word.compare(u"zero"_s, Qt::CaseInsensitive) != 0 && current.digits.isEmpty() && !pendingRepeat;
        if (maybeZero) {
            const QStringView rest = QStringView(text).mid(end);
            static const QRegularExpression nextDigit(
                u"^[ -]{1,2}(?:\\d|(?:zero|one|two|three|four|five|six|seven|eight|nine|double|triple)\\b)"_s,
                QRegularExpression::CaseInsensitiveOption);
            if (!nextDigit.match(rest).hasMatch())
                digit = QChar();
        }
        if (digit.isNull()) {
            finish();
            continue;
        }
        const int times = pendingRepeat ? pendingRepeat : 1;
        const qsizetype from = repeatStart >= 0 ? repeatStart : start;
        for (int t = 0; t < times; ++t)
            current.digits.append({ digit, from, end });
        current.spokenWords += 1;
        pendingRepeat = 0;
        repeatStart = -1;
    }
    finish();
    return runs;
}

} // namespace coach
