// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace coach {

/*
 * Reads the digits out of transcript text the way a listener would: written
 * groups ("4111 1111"), digits spoken one by one ("four one one one"),
 * "oh" for zero inside a run and "double four" / "triple seven". A run
 * continues across spaces, dashes, dots, commas and brackets, so a number
 * read out in chunks stays one run. Each digit keeps the text range it came
 * from, so a detection on the digits maps back to exact character offsets.
 */
class SpokenText final
{
public:
    struct Digit
    {
        QChar value;
        qsizetype start = 0; // of the word or digit it was read from
        qsizetype end = 0;
    };

    struct Run
    {
        QList<Digit> digits;
        int spokenWords = 0; // digits said as words, "double" counted once
        qsizetype start = 0;
        qsizetype end = 0;

        [[nodiscard]] QString value() const;
    };

    // Every run of at least `minimumDigits` digits, in text order.
    [[nodiscard]] static QList<Run> digitRuns(const QString &text, int minimumDigits = 3);
    // The digit a single word stands for ("four" → '4', "oh" → '0'), or a null QChar.
    [[nodiscard]] static QChar digitWord(QStringView word);
};

} // namespace coach
