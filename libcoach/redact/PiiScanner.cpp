// SPDX-License-Identifier: GPL-3.0-or-later
#include "redact/PiiScanner.h"

#include "redact/NameList.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// Which kind wins when two candidates overlap: checksummed and structured
// data first, names last (a name inside an e-mail is the e-mail).
enum Rank {
    RankEmail = 0,
    RankIban,
    RankCard,
    RankNationalId,
    RankCued, // expiry, security code, date of birth, account after their cue words
    RankPhone,
    RankAddress,
    RankName,
    RankWeak, // bare digit strings without context
};

constexpr auto caseless = QRegularExpression::CaseInsensitiveOption;
constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;

QRegularExpression compile(const QString &pattern, QRegularExpression::PatternOptions options = {})
{
    QRegularExpression re(pattern, options | unicode);
    re.optimize();
    return re;
}

QStringView before(const QString &text, qsizetype pos, qsizetype length)
{
    const qsizetype from = std::max<qsizetype>(0, pos - length);
    return QStringView(text).mid(from, pos - from);
}

QStringView after(const QString &text, qsizetype pos, qsizetype length)
{
    return QStringView(text).mid(pos, std::min(length, text.size() - pos));
}

bool matchesIn(const QRegularExpression &re, QStringView window)
{
    return re.match(window).hasMatch();
}

QString digitsOf(QStringView text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

const QRegularExpression &cardCue()
{
    static const auto re = compile(u"\\b(?:card|visa|master\\s?card|amex|american express|discover|debit|credit|"
                                   "long number|number on the front)\\b"_s, caseless);
    return re;
}

const QRegularExpression &phoneCue()
{
    static const auto re = compile(u"\\b(?:phone|mobile|cell|call(?:ing)?|reach|tel|telephone|landline|fax|"
                                   "text|whats\\s?app|contact|number|dial|ring)\\b|\\+|#"_s, caseless);
    return re;
}

const QRegularExpression &ssnCue()
{
    static const auto re = compile(u"\\b(?:ssn|ss#|social security|social|itin|taxpayer|tax id)\\b"_s, caseless);
    return re;
}

const QRegularExpression &accountCue()
{
    static const auto re = compile(u"\\b(?:account|acct|a/c|routing|sort code|iban|bank)\\b"_s, caseless);
    return re;
}

// Numbers that identify things, not people: an order number is not redacted.
const QRegularExpression &thingCue()
{
    static const auto re = compile(
        u"\\b(?:order|ref|reference|ticket|case|invoice|tracking|confirmation|model|serial|part|sku|item|"
        "product|claim|policy|booking|reservation|flight|room|version|build|firmware|batch|lot|zip|postcode|"
        "postal|price|total|cost|costs|paid|pay|charged|refund|amount|balance|quantity|qty|page|chapter|step|"
        "code|pin|extension|ext|isbn|imei|vin|rma|po)\\b(?:\\s*(?:number|no\\.?|num|#|id))?\\s*(?:is|was|:|#)?\\s*$"_s,
        caseless);
    return re;
}

const QRegularExpression &moneyOrUnitAfter()
{
    static const auto re = compile(u"^\\s*(?:%|percent|dollars?|euros?|pounds?|bucks|cents?|usd|eur|gbp|"
                                   "mb|gb|kb|tb|mhz|ghz|km|kg|miles?|minutes?|hours?|days?|weeks?|months?|years?|"
                                   "seconds?|times|items?|units?|pieces?|people|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)"_s,
                                   caseless);
    return re;
}

const QString &monthPattern()
{
    static const QString pattern = u"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                                   "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"_s;
    return pattern;
}

// Spoken numbers as said in dates: "twenty six", "nineteen eighty-five", "the third".
const QString &spokenNumberPattern()
{
    static const QString pattern =
        u"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|nineteen|two thousand(?: and)?)"
        "(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
        "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
        "oh(?:[\\s-]+\\w+)?|hundred))*|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
        "eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
        "twentieth|thirtieth|(?:twenty|thirty)[\\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))"_s;
    return pattern;
}

const QRegularExpression &dateValue()
{
    static const auto re = compile(
        u"(?:\\b\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{2,4}\\b|\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|"
        "\\b(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?|%2)\\s+(?:of\\s+)?%1,?\\s+(?:\\d{4}|'?\\d{2}|%2)\\b|"
        "\\b%1\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?|%2),?\\s+(?:\\d{4}|'?\\d{2}|%2)\\b|"
        "\\b%1\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?|%2)\\b|\\b(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?|%2)\\s+of\\s+%1\\b|"
        "\\b%1\\s+(?:of\\s+)?(?:\\d{4}|%2)\\b)"_s.arg(monthPattern(), spokenNumberPattern()),
        caseless);
    return re;
}

const QRegularExpression &expiryValue()
{
    static const auto re = compile(
        u"(?:\\b(?:0?[1-9]|1[0-2])\\s*[/\\-.]\\s*(?:\\d{4}|\\d{2})\\b|\\b%1\\s+(?:of\\s+)?(?:\\d{4}|'?\\d{2}|%2)\\b|"
        "\\b(?:oh[\\s-]+|zero[\\s-]+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\\s+(?:slash|of)\\s+|[\\s/-]+)%2\\b)"_s
            .arg(monthPattern(), spokenNumberPattern()),
        caseless);
    return re;
}

} // namespace

PiiScanner::PiiScanner(const PiiDetector::Options &options)
{
    // Full names and their parts: a rep called "Dana Scully" is "Dana" in most calls.
    QStringList alternatives;
    for (const QStringList *list : { &options.knownNames, &options.extraNames }) {
        for (const QString &name : *list) {
            const QString simplified = name.simplified();
            if (simplified.size() < 2)
                continue;
            alternatives.append(QRegularExpression::escape(simplified).replace(u"\\ "_s, u"\\s+"_s));
            for (const QString &part : simplified.split(u' ', Qt::SkipEmptyParts)) {
                if (part.size() >= 2 && !NameList::isNotAName(part))
                    alternatives.append(QRegularExpression::escape(part));
            }
        }
    }
    if (!alternatives.isEmpty()) {
        alternatives.removeDuplicates();
        // Longest first, so "Dana Scully" is taken whole before "Dana".
        std::sort(alternatives.begin(), alternatives.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        m_knownNames = compile(u"(?<![\\p{L}\\d])(?:%1)(?![\\p{L}\\d])"_s.arg(alternatives.join(u'|')), caseless);
    }
    QStringList never;
    for (const QString &term : options.neverRedact) {
        const QString simplified = term.simplified();
        if (!simplified.isEmpty())
            never.append(QRegularExpression::escape(simplified).replace(u"\\ "_s, u"\\s+"_s));
    }
    if (!never.isEmpty())
        m_neverRedact = compile(u"(?<![\\p{L}\\d])(?:%1)(?![\\p{L}\\d])"_s.arg(never.join(u'|')), caseless);
}

bool PiiScanner::luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (!c.isDigit() || c.unicode() > 127)
            return false;
        int d = c.unicode() - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool PiiScanner::ibanValid(QStringView compact)
{
    if (compact.size() < 15 || compact.size() > 34)
        return false;
    // ISO 13616: move the country and check digits to the end, letters become 10–35, mod 97 must be 1.
    const QString rearranged = compact.mid(4).toString() + compact.left(4).toString();
    int remainder = 0;
    for (const QChar c : rearranged) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            remainder = (remainder * 10 + (u - u'0')) % 97;
        } else if (u >= u'A' && u <= u'Z') {
            const int value = u - u'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

void PiiScanner::findEmails(const QString &text, Candidates &out) const
{
    static const auto written = compile(
        u"(?<![\\p{L}\\d._%+\\-])[\\p{L}\\d._%+\\-]+@(?:[\\p{L}\\d](?:[\\p{L}\\d\\-]*[\\p{L}\\d])?\\.)+"
        "[\\p{L}](?:[\\p{L}\\d\\-]*[\\p{L}\\d])?(?![\\p{L}\\d])"_s);
    for (auto it = written.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.append({ { PiiType::Email, m.capturedStart(), m.capturedEnd(), 1.0 }, RankEmail });
    }

    // Read out: "john dot smith at gmail dot com", "j underscore doe at example.co.uk".
    static const auto spoken = compile(
        u"\\b([\\p{L}\\d]+(?:(?:\\s+(?:dot|period|point|underscore|dash|hyphen)\\s+|[._\\-])[\\p{L}\\d]+)*)"
        "\\s+(?:at|@)\\s+([\\p{L}\\d\\-]+(?:(?:\\s+(?:dot|period|point)\\s+|\\.)[\\p{L}\\d\\-]+)+)\\b"_s,
        caseless);
    static const auto topLevel = compile(
        u"(?:\\s+(?:dot|period|point)\\s+|\\.)(?:com|net|org|edu|gov|mil|io|co|uk|us|de|fr|nl|be|es|it|ie|ca|au|nz|"
        "info|biz|me|eu|ch|at|se|no|dk|fi|pl|pt|in|jp|br|mx|tv|xyz|app|dev|online|email|mail)$"_s,
        caseless);
    static const QSet<QString> notLocalPart{ u"me"_s, u"us"_s, u"it"_s, u"is"_s, u"was"_s, u"email"_s,
                                             u"mail"_s, u"address"_s, u"there"_s, u"them"_s, u"him"_s,
                                             u"her"_s, u"you"_s, u"one"_s, u"that"_s, u"this"_s };
    for (auto it = spoken.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!matchesIn(topLevel, m.capturedView(2)))
            continue;
        qsizetype start = m.capturedStart(1);
        // "email me at info dot com": the word before "at" must be a name, not a pronoun.
        if (notLocalPart.contains(m.captured(1).toLower()))
            continue;
        out.append({ { PiiType::Email, start, m.capturedEnd(2), 0.9 }, RankEmail });
    }
}

void PiiScanner::findIbans(const QString &text, Candidates &out) const
{
    static const auto re = compile(u"\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,32}\\b"_s);
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QStringView found = m.capturedView();
        // The pattern may run into a following code or word; shorten until the checksum holds.
        QString compact;
        QList<qsizetype> offsets; // end offset in text after each compact character
        for (qsizetype i = 0; i < found.size(); ++i) {
            if (found.at(i) != u' ') {
                compact += found.at(i);
                offsets.append(m.capturedStart() + i + 1);
            }
        }
        for (qsizetype length = compact.size(); length >= 15; --length) {
            if (ibanValid(QStringView(compact).left(length))) {
                out.append({ { PiiType::BankAccount, m.capturedStart(), offsets.at(length - 1), 1.0 }, RankIban });
                break;
            }
        }
    }
    // Something shaped like an IBAN whose checksum fails is not one, and its
    // digit groups are not a card or a phone number either.
    static const auto shaped = compile(u"\\b[A-Z]{2}\\d{2}(?: {0,2}[A-Za-z0-9]){10,34}\\b"_s);
    for (auto it = shaped.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        Candidate blocker{ { PiiType::BankAccount, m.capturedStart(), m.capturedEnd(), 0.0 }, RankIban };
        blocker.block = true;
        out.append(blocker);
    }
}

void PiiScanner::findNinos(const QString &text, Candidates &out) const
{
    static const auto re = compile(
        u"(?<![\\p{L}\\d])(?!bg|gb|nk|kn|tn|nt|zz)[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z] ?\\d{2} ?\\d{2} ?\\d{2} ?[a-d](?![\\p{L}\\d])"_s,
        caseless);
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.append({ { PiiType::NationalId, m.capturedStart(), m.capturedEnd(), 0.9 }, RankNationalId });
    }
}

void PiiScanner::findWrittenNumbers(const QString &text, Candidates &out) const
{
    // A written number as people group it: "4111 1111 1111 1111", "(415) 555-0132",
    // "+44 (20) 7123 4567", "078-05-1120", "986.291.2294x751". Groups join by one
    // space, dash, dot or bracket; a comma after a digit ("1,299") is a thousands separator.
    static const auto chunk = compile(
        u"(?<![\\p{L}\\d.:_\\-/])(?<!\\d,)(?:\\+ ?)?\\(?\\d+\\)?(?:(?:[ \\-.]|\\) ?|[ \\-]?\\(|- )\\d+\\)?)*"
        "(?:\\s?(?:x|ext\\.?|extension)\\s?\\d{1,6})?(?![\\p{L}\\d])"_s,
        caseless);
    for (auto it = chunk.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        qsizetype start = m.capturedStart();
        qsizetype end = m.capturedEnd();
        // A trailing ")" or "." belongs to the sentence unless the chunk opened a bracket.
        while (end > start
               && (text.at(end - 1) == u'.' || text.at(end - 1) == u' '
                   || (text.at(end - 1) == u')' && !QStringView(text).mid(start, end - start).contains(u'('))))
            --end;
        if (classifyNumber(text, start, end, out))
            continue;
        // Several numbers side by side ("078-051121 07805-1121"): each on its own.
        const QStringView value = QStringView(text).mid(start, end - start);
        if (!value.contains(u' '))
            continue;
        qsizetype from = start;
        for (qsizetype i = start; i <= end; ++i) {
            if (i == end || text.at(i) == u' ') {
                if (i > from)
                    classifyNumber(text, from, i, out);
                from = i + 1;
            }
        }
    }
}

bool PiiScanner::classifyNumber(const QString &text, qsizetype start, qsizetype end, Candidates &out) const
{
    static const auto dateShape = compile(u"^(?:\\d{1,2}[\\-.]\\d{1,2}[\\-.]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2})$"_s);
    static const auto ssnShape = compile(u"^(\\d{3})([\\- .]?)(\\d{2})\\2(\\d{4})$|^(\\d{3})-?(\\d{2})-?(\\d{4})$"_s);
    static const auto ssnMixed = compile(u"^\\d{3}[\\- .]\\d{2}[\\- .]\\d{4}$"_s);
    static const auto decimal = compile(u"^\\d+\\.\\d{1,2}$"_s);
    static const auto extension = compile(u"\\s?(?:x|ext\\.?|extension)\\s?\\d{1,6}$"_s, caseless);

    const QStringView value = QStringView(text).mid(start, end - start);
    const QString digits = digitsOf(value);
    const qsizetype count = digits.size();
    if (count < 3)
        return false;
    if (end < text.size() && text.at(end) == u':')
        return false; // a time: "10:30"
    const QStringView lead = before(text, start, 40);
    const bool money = (start > 0 && u"$€£¥"_s.contains(text.at(start - 1)))
        || matchesIn(moneyOrUnitAfter(), after(text, end, 12)) || matchesIn(decimal, value);
    if (money || matchesIn(dateShape, value))
        return false;
    const bool thing = matchesIn(thingCue(), lead.right(28));

    // Card numbers: the longest Luhn-valid stretch of 13–19 digits in whole groups.
    QList<std::pair<qsizetype, qsizetype>> groups;
    for (qsizetype i = start; i < end;) {
        if (!text.at(i).isDigit()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < end && text.at(j).isDigit())
            ++j;
        groups.append({ i, j });
        i = j;
    }
    bool tookCard = false;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        qsizetype best = -1;
        QString run;
        for (qsizetype h = g; h < groups.size(); ++h) {
            run += QStringView(text).mid(groups[h].first, groups[h].second - groups[h].first);
            if (run.size() > 19)
                break;
            // Issuers start at 1 (UATP, 15 digits), 2–6; a 13-digit number from 1 is not a card.
            const QChar first = run.front();
            const bool issuer = first >= u'1' && first <= u'6' && !(first == u'1' && run.size() == 13);
            if (run.size() >= 13 && issuer && luhnValid(run))
                best = h;
        }
        if (best >= 0) {
            out.append({ { PiiType::CardNumber, groups[g].first, groups[best].second, 0.95 }, RankCard });
            tookCard = true;
            g = best;
        }
    }
    if (tookCard)
        return true;

    // SSNs: area 001–899 but not 666, group and serial not zero.
    if (const auto s = ssnShape.match(value); s.hasMatch()) {
        const bool loose = s.capturedLength(1) == 0;
        const int area = s.captured(loose ? 5 : 1).toInt();
        const int group = s.captured(loose ? 6 : 3).toInt();
        const int serial = s.captured(loose ? 7 : 4).toInt();
        const bool valid = area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
            && digits.count(digits.front()) != digits.size();
        if (!valid || thing)
            return true; // shaped like an SSN but not one: not a phone either
        const bool shaped = !loose && value.size() == 11;
        const bool cued = matchesIn(ssnCue(), lead);
        out.append({ { PiiType::NationalId, start, end, shaped ? 0.85 : (cued ? 0.8 : 0.4) },
                     shaped || cued ? RankNationalId : RankWeak });
        return true;
    }
    if (ssnMixed.match(value).hasMatch())
        return true; // "693-09.4444": mixed separators, neither an SSN nor a phone
    if (thing)
        return true;

    // Bank accounts after their cue words.
    if (count >= 6 && count <= 17 && matchesIn(accountCue(), lead.right(30))) {
        out.append({ { PiiType::BankAccount, start, end, 0.8 }, RankCued });
        return true;
    }

    // Phone numbers: 7–15 digits written in groups or with a prefix; a bare run of 10–12.
    const qsizetype phoneDigits = count - digitsOf(extension.match(value).capturedView()).size();
    const bool international = value.startsWith(u'+');
    const bool grouped = groups.size() >= 2;
    const bool cued = matchesIn(phoneCue(), lead.right(30));
    if (phoneDigits >= 7 && phoneDigits <= 15
        && (international || (grouped && phoneDigits <= 13) || (phoneDigits >= 10 && phoneDigits <= 12) || cued)) {
        out.append({ { PiiType::Phone, start, end, (international || cued) ? 0.9 : 0.7 }, RankPhone });
        return true;
    }
    if (count >= 13 && count <= 17 && groups.size() == 1) {
        out.append({ { PiiType::BankAccount, start, end, 0.3 }, RankWeak });
        return true;
    }
    if (count >= 6 && count <= 12 && groups.size() <= 2 && cued) {
        out.append({ { PiiType::Phone, start, end, 0.5 }, RankWeak });
        return true;
    }
    return false;
}

void PiiScanner::findSpokenNumbers(const QString &text, const QList<SpokenText::Run> &runs, Candidates &out) const
{
    for (const SpokenText::Run &run : runs) {
        // Written groups are the written scanner's; only runs read out word by word come here.
        if (run.spokenWords < 2)
            continue;
        const QString digits = run.value();
        const qsizetype count = digits.size();
        const QStringView lead = before(text, run.start, 60);
        if (matchesIn(thingCue(), lead.right(30)))
            continue;
        const bool cardCued = matchesIn(cardCue(), lead);
        if (count >= 13 && count <= 19 && (luhnValid(digits) || cardCued)) {
            out.append({ { PiiType::CardNumber, run.start, run.end, luhnValid(digits) ? 0.95 : 0.6 }, RankCard });
            continue;
        }
        if (count == 9 && matchesIn(ssnCue(), lead)) {
            out.append({ { PiiType::NationalId, run.start, run.end, 0.85 }, RankNationalId });
            continue;
        }
        if (count >= 6 && count <= 17 && matchesIn(accountCue(), lead.right(40))) {
            out.append({ { PiiType::BankAccount, run.start, run.end, 0.8 }, RankCued });
            continue;
        }
        if (count >= 7 && count <= 15) {
            out.append({ { PiiType::Phone, run.start, run.end, 0.8 }, RankPhone });
            continue;
        }
        // A card read out in part ("the long number is four one one one …") is still a card.
        if (count >= 8 && cardCued)
            out.append({ { PiiType::CardNumber, run.start, run.end, 0.6 }, RankCard });
    }
}

void PiiScanner::findCuedValues(const QString &text, const QList<SpokenText::Run> &runs, Candidates &out) const
{
    static const auto expiryCue = compile(
        u"\\b(?:expir\\w*|exp\\.?|valid (?:thru|through|until|till)|good (?:thru|through|until)|end date)\\b"_s, caseless);
    static const auto cvvCue = compile(
        u"\\b(?:cvv2?|cvc2?|csc|cid|security code|security number|(?:three|3|four|4)[\\s-]digit (?:code|number)|"
        "code on the back|verification (?:code|number)|card code)\\b"_s,
        caseless);
    static const auto dobCue = compile(
        u"\\b(?:date of birth|birth\\s?date|birthday|born(?: on| in)?|dob|d\\.o\\.b\\.?)\\b"_s, caseless);
    static const auto shortNumber = compile(u"(?<![\\d\\p{L}])\\d{3,4}(?![\\d\\p{L}])"_s);

    const auto runsStartingIn = [&runs](qsizetype from, qsizetype to, int minDigits, int maxDigits) {
        for (const SpokenText::Run &run : runs) {
            if (run.start >= from && run.start < to && run.digits.size() >= minDigits
                && run.digits.size() <= maxDigits)
                return std::optional<SpokenText::Run>(run);
        }
        return std::optional<SpokenText::Run>();
    };

    for (auto it = expiryCue.globalMatch(text); it.hasNext();) {
        const auto cue = it.next();
        const qsizetype from = cue.capturedEnd();
        const QStringView window = after(text, from, 45);
        if (const auto m = expiryValue().match(window); m.hasMatch()) {
            out.append({ { PiiType::ExpiryDate, from + m.capturedStart(), from + m.capturedEnd(), 0.9 }, RankCued });
        } else if (const auto run = runsStartingIn(from, from + 45, 3, 6)) {
            out.append({ { PiiType::ExpiryDate, run->start, run->end, 0.8 }, RankCued });
        }
    }
    for (auto it = cvvCue.globalMatch(text); it.hasNext();) {
        const auto cue = it.next();
        const qsizetype from = cue.capturedEnd();
        const QStringView window = after(text, from, 35);
        const auto run = runsStartingIn(from, from + 35, 3, 4);
        const auto m = shortNumber.match(window);
        if (m.hasMatch() && (!run || from + m.capturedStart() <= run->start))
            out.append({ { PiiType::SecurityCode, from + m.capturedStart(), from + m.capturedEnd(), 0.9 }, RankCued });
        else if (run)
            out.append({ { PiiType::SecurityCode, run->start, run->end, 0.85 }, RankCued });
    }
    for (auto it = dobCue.globalMatch(text); it.hasNext();) {
        const auto cue = it.next();
        const qsizetype from = cue.capturedEnd();
        const QStringView window = after(text, from, 50);
        if (const auto m = dateValue().match(window); m.hasMatch())
            out.append({ { PiiType::DateOfBirth, from + m.capturedStart(), from + m.capturedEnd(), 0.9 }, RankCued });
        else if (const auto run = runsStartingIn(from, from + 50, 6, 8))
            out.append({ { PiiType::DateOfBirth, run->start, run->end, 0.8 }, RankCued });
    }
    // An account number read or written after its cue, in any grouping.
    static const auto accountNumber = compile(
        u"\\b(?:account|acct|a/c|routing|sort code)(?:\\s+(?:number|no\\.?|#))?(?:\\s+(?:is|was))?\\s*[:#]?\\s*"
        "(\\d[\\d \\-]{4,24}\\d)(?!\\d)"_s,
        caseless);
    for (auto it = accountNumber.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype count = digitsOf(m.capturedView(1)).size();
        if (count >= 6 && count <= 20)
            out.append({ { PiiType::BankAccount, m.capturedStart(1), m.capturedEnd(1), 0.85 }, RankCued });
    }
}

void PiiScanner::findAddresses(const QString &text, Candidates &out) const
{
    // Street words. Those that are also everyday words ("close", "way", "park") count only capitalised.
    static const QString suffixes =
        u"(?i:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|ct|pl|terrace|parkway|pkwy|highway|hwy|"
        "sq|trl|cres|gdns|expressway|freeway|turnpike|causeway|jct)|"
        "(?:Av|Court|Way|Place|Ter|Circle|Cir|Square|Trail|Crescent|Close|Row|Alley|Path|Loop|Plaza|Grove|Gardens|"
        "Hill|Heights|Park|Mews|Walk|View|Ridge|Run|Pike|Route|Rte|Point|Pt|Crossing|Xing|Junction|Landing|Estates|"
        "Meadows?|Green|Gate|Wynd|Rise|Vale|Brae|Quay|Wharf|Bypass|Centre|Center)"_s;
    // "221B Baker Street", "1600 Pennsylvania Ave NW", "12 N. Main St., Apt 4".
    static const auto american = compile(
        u"(?<![\\d:.,/$€£])\\b\\d{1,6}[A-Za-z]?(?:\\s+\\d{1,5})?\\s+(?:(?:[NSEW]|(?i:north|south|east|west))\\.?\\s+)?"
        "(?:[\\p{L}\\d'.\\-]+\\s+){0,4}?(?:%1)\\b\\.?(?:\\s+(?:[NS][EW]|(?i:north|south|east|west))\\b)?"_s.arg(suffixes));
    // Continental: "Hammarvägen 15", "Nassaustraat 123", "Via Roma 12", "Rue de Piétrain 371", "ul. Długa 5".
    static const auto glued = compile(
        u"\\b(?:[\\p{L}'\\-]+(?:straat|laan|weg|gracht|plein|kade|dijk|singel|steeg|stra(?:ss|ß)e|str\\.|gasse|allee|"
        "platz|ring|damm|ufer|chaussee|vägen|gatan|gränd|torget|vej|gade|veien|vegen|gata|katu|kuja|tie|polku|"
        "kaari|utca|ulica|cesta|iela|gatvė|tänav|sokak|sokağı|caddesi|bulvarı)|"
        "\\p{Lu}[\\p{L}'\\-]+\\s(?:u\\.|utca|út|tér|kapu|körút|straße|strasse|gasse|weg|allee|platz|sokak|caddesi))"
        "\\s+\\d{1,5}[A-Za-z]?\\b"_s,
        caseless);
    static const auto prefixed = compile(
        u"\\b(?:rue|via|viale|vicolo|calle|avenida|avda\\.?|av\\.|avenue|rua|travessa|largo|praça|ul\\.|ulica|al\\.|"
        "aleja|plac|piazza|piazzale|corso|strada|chemin|allée|place|quai|impasse|boulevard|bd\\.?|carrer|paseo|"
        "camino|plaza|passeig|rambla|route de|chaussée de|str\\.|strada|bulevardul|calea|aleea|náměstí|ulice|"
        "δρόμος|οδός|leoforos)\\s+(?:[\\p{L}'.\\-]+\\s+){0,4}?\\d{1,5}[A-Za-z]?\\b"_s,
        caseless);
    static const auto unit = compile(
        u"\\b(?:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|building|bldg|po box|p\\.o\\. box)\\.?\\s*#?\\s*\\d+[A-Za-z]?\\b"_s,
        caseless);
    static const auto usTail = compile(
        u"^(?:,?[ \\t]*(?i:apt|apartment|suite|ste|unit|flat|#)\\.?[ \\t]*#?[ \\t]*[\\w\\-]+)?"
        "(?:,?[ \\t]*[\\p{Lu}][\\p{L}.'\\-]*(?:[ \\t]+[\\p{Lu}][\\p{L}.'\\-]*){0,2})?(?:,?[ \\t]*[A-Z]{2}\\b)?(?:,?[ \\t]*\\d{5}(?:-\\d{4})?)?"_s);
    // Military and post-box addresses: "PSC 0413, Box 8144", "Unit 4719 Box 7394", "APO AA 42323".
    static const auto military = compile(
        u"\\b(?:(?:PSC|Unit|CMR)\\s+\\d+,?\\s+Box\\s+\\d+|(?:USNS|USS|USCGC)\\s+\\p{Lu}[\\p{L}]+|(?:APO|FPO|DPO)\\s+(?:AA|AE|AP)\\s+\\d{5})\\b"_s);
    static const auto ukPostcode = compile(u"\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b"_s);
    // A number right after a street name is its house number ("Harjukuja 54"); the number before it
    // in some European styles is the postcode ("5049 Harjukuja 54").
    static const auto leadingPostcode = compile(u"(?<![\\d\\p{L}])\\d{4,5}\\s*$"_s);
    static const auto addressCue = compile(
        u"\\b(?:(?:the )?corner of|my address is|address is|address:|addresses:|lives? (?:on|at)|living (?:on|at)|moved to|"
        "send (?:it|them|this)? ?to|ship(?:ped)? (?:it )?to|deliver(?:ed)? (?:it )?to|sent to|located at|reside at|"
        "residing at|billing address|shipping address|mailing address|home address|postal address|address)\\s*:?\\s*"_s,
        caseless);

    // The lines of an address block after the street: "Suite 680", "Kissousa",
    // "Toronto, ON", "Cyprus (Greek) 36903", ", CO", "nan". Each must make up its
    // whole line (or the part before a comma), so prose after an address is not taken.
    static const auto nextLine = compile(
        u"^\\.?[ \t]*(?:(?:\n[ \t]*(?:>+|\\?{3})?[ \t]*){1,2}|,)[ \t]*(?:,[ \t]*)?("
        "(?:(?:apt|apartment|suite|ste|unit|flat|box|po box|#)\\.?[ \t]*#?[ \t]*[\\w\\-]+"
        "|psc[ \t]+\\d+|(?:apo|fpo|dpo)[ \t]+[A-Za-z]{2}[ \t]+\\d{5}"
        "|[\\p{Lu}\\d∆][\\p{L}\\p{M}∆.'’()\\-]*(?:[ \t]+[\\p{Lu}(∆][\\p{L}\\p{M}∆.'’()\\-]*){0,3}(?:,?[ \t]+[A-Z]{2})?"
        "(?:[ \t]+[A-Z\\d]{3,6}(?:[ \t\\-]\\d{4}|[ \t][A-Z\\d]{3})?)?"
        "|(?:[A-Z]{2}|nan)(?:[ \t]+\\d{4,6})?|\\d{4,6}(?:-\\d{4})?))[ \t]*(?=\n|,|$|[?!]|\\.(?:\\s|$))"_s,
        caseless);
    const auto add = [&](qsizetype start, qsizetype end, double confidence) {
        // Extend over ", City, ST 12345" and an apartment after the street.
        const auto tail = usTail.match(QStringView(text).mid(end));
        if (tail.hasMatch())
            end += tail.capturedLength();
        for (int lines = 0; lines < 6; ++lines) {
            const auto line = nextLine.match(QStringView(text).mid(end));
            if (!line.hasMatch() || line.capturedLength(1) == 0)
                break;
            end += line.capturedEnd(1);
        }
        if (const auto pc = leadingPostcode.match(before(text, start, 8)); pc.hasMatch())
            start -= pc.capturedLength();
        out.append({ { PiiType::Address, start, end, confidence }, RankAddress });
    };
    for (auto it = american.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m.capturedStart(), m.capturedEnd(), 0.85);
    }
    for (auto it = glued.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m.capturedStart(), m.capturedEnd(), 0.8);
    }
    for (auto it = prefixed.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m.capturedStart(), m.capturedEnd(), 0.75);
    }
    // "20789 Allika 46": postcode, street, house number, in styles without a street word.
    static const auto numbered = compile(
        u"(?<![\\p{L}\\d,.])\\d{3,6}\\s+[\\p{Lu}][\\p{L}\\p{M}'.\\-]+(?:\\s+[\\p{L}\\p{M}'.\\-]+){0,3}?\\s+\\d{1,4}[A-Za-z]?\\b"_s);
    for (auto it = numbered.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (matchesIn(thingCue(), before(text, m.capturedStart(), 28)))
            continue;
        add(m.capturedStart(), m.capturedEnd(), 0.6);
    }
    for (auto it = military.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m.capturedStart(), m.capturedEnd(), 0.8);
    }
    for (auto it = unit.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.append({ { PiiType::Address, m.capturedStart(), m.capturedEnd(), 0.6 }, RankAddress });
    }
    for (auto it = ukPostcode.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.append({ { PiiType::Address, m.capturedStart(), m.capturedEnd(), 0.7 }, RankAddress });
    }
    // After an address cue, whatever follows up to the end of the clause is the address,
    // when it looks like one (a number in it, or capitalised words).
    static const auto clauseEnd = compile(u"(?:[.!?;](?:\\s|$)|\\n\\s*\\n|$)"_s);
    for (auto it = addressCue.globalMatch(text); it.hasNext();) {
        const auto cue = it.next();
        const qsizetype from = cue.capturedEnd();
        const auto stop = clauseEnd.match(text, from);
        qsizetype to = stop.hasMatch() ? stop.capturedStart() : text.size();
        to = std::min(to, from + 120);
        // ", call me …": a comma and a lower-case word start another clause.
        static const auto nextClause = compile(u",\\s+(?!and\\b)\\p{Ll}"_s);
        if (const auto m = nextClause.match(QStringView(text).mid(from, to - from)); m.hasMatch())
            to = from + m.capturedStart();
        const QStringView rest = QStringView(text).mid(from, to - from);
        if (rest.trimmed().size() < 4)
            continue;
        bool hasDigit = false;
        for (const QChar c : rest)
            hasDigit = hasDigit || c.isDigit();
        const bool corner = cue.capturedView().startsWith(u"the corner"_s, Qt::CaseInsensitive)
            || cue.capturedView().startsWith(u"corner"_s, Qt::CaseInsensitive);
        if (!hasDigit && !corner)
            continue;
        const qsizetype spanStart = corner ? cue.capturedStart() : from;
        // The clause may go on after the address ("… DC 20500 please", "… after the concert"):
        // lower-case everyday words at its end are not part of it.
        qsizetype end = to;
        static const auto trailingWord = compile(u"[\\s,]+(\\p{Ll}+)[\\s,]*$"_s);
        while (end > from) {
            const auto m = trailingWord.match(QStringView(text).mid(from, end - from));
            if (!m.hasMatch() || !(NameList::isCommonWord(m.capturedView(1)) || NameList::isNotAName(m.capturedView(1))))
                break;
            end = from + m.capturedStart();
        }
        while (end > from && (text.at(end - 1).isSpace() || text.at(end - 1) == u','))
            --end;
        out.append({ { PiiType::Address, spanStart, end, 0.7 }, RankAddress });
    }
}

void PiiScanner::findNames(const QString &text, Candidates &out) const
{
    if (m_knownNames.isValid() && !m_knownNames.pattern().isEmpty()) {
        for (auto it = m_knownNames.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            out.append({ { PiiType::PersonName, m.capturedStart(), m.capturedEnd(), 0.95 }, RankName });
        }
    }

    // A name as a run of capitalised words, with middle initials: "Vanessa P. Hertzog", "Mary-Jo O'Neil".
    static const QString capitalised = u"\\p{Lu}[\\p{Ll}\\p{M}]*(?:['’\\-]\\p{Lu}?[\\p{Ll}\\p{M}]+)*"_s;
    static const auto strongCue = compile(
        u"\\b(?:my name is|my name's|name is|name's|names is|name:|call me|this is|i am|i'm|it's|it is|speaking with|"
        "speak(?:ing)? to|talking (?:to|with)|ask for|asked for|transfer(?:ring)? you to|put you through to|"
        "named|called|dear|attn:?|attention:?|signed|regards,?|sincerely,?|mr|mrs|ms|miss|mx|dr|prof|mister|"
        "missus|sir|madam|ma'am)\\.?[\\s,]+"_s,
        caseless);
    static const auto nameTokens = compile(
        u"\\G(%1)(?:\\s+(?:\\p{Lu}\\.\\s+)?(%1))?(?:\\s+(%1))?"_s.arg(capitalised));
    static const auto anyTokens = compile(u"\\G([\\p{L}\\p{M}'’\\-]{2,})(?:\\s+([\\p{L}\\p{M}'’\\-]{2,}))?"_s);
    static const auto followCue = compile(
        u"^(?:\\s+(?:from|with|at|here|speaking|calling|in|of)\\b|\\s*,|\\s*\\.|\\s*$)"_s, caseless);

    const auto isTitle = [](QStringView cue) {
        static const auto title = compile(u"^(?:mr|mrs|ms|miss|mx|dr|prof|mister|missus)\\.?[\\s,]+$"_s, caseless);
        return title.match(cue).hasMatch();
    };
    const auto strongPhrase = [](QStringView cue) {
        static const auto strong = compile(u"^(?:my name is|my name's|name is|name's|names is|name:|call me|named|called)"_s,
                                           caseless);
        return strong.match(cue).hasMatch();
    };

    // Capitalised words after a cue phrase.
    for (auto it = strongCue.globalMatch(text); it.hasNext();) {
        const auto cue = it.next();
        const qsizetype from = cue.capturedEnd();
        const auto m = nameTokens.match(text, from);
        if (m.hasMatch()) {
            qsizetype end = m.capturedEnd(1);
            if (NameList::isNotAName(m.capturedView(1)))
                continue;
            for (int group = 2; group <= 3; ++group) {
                if (m.capturedLength(group) > 0 && !NameList::isNotAName(m.capturedView(group)))
                    end = m.capturedEnd(group);
                else
                    break;
            }
            const bool strong = strongPhrase(cue.capturedView()) || isTitle(cue.capturedView());
            // "this is Dana" needs "from …", a full stop or a known given name to be an introduction.
            const bool introduced = strong || NameList::isGivenName(m.capturedView(1))
                || matchesIn(followCue, after(text, end, 12)) || end > m.capturedEnd(1);
            if (introduced)
                out.append({ { PiiType::PersonName, from, end, strong ? 0.9 : 0.75 }, RankName });
            continue;
        }
        // Transcripts often come in lower case: after the strongest cues, take the word as it is.
        if (!strongPhrase(cue.capturedView()) && !isTitle(cue.capturedView()))
            continue;
        const auto lower = anyTokens.match(text, from);
        if (!lower.hasMatch() || NameList::isNotAName(lower.capturedView(1))
            || (NameList::isCommonWord(lower.capturedView(1)) && !NameList::isGivenName(lower.capturedView(1))))
            continue; // "call me on 555 0132", "call me back"

        qsizetype end = lower.capturedEnd(1);
        if (lower.capturedLength(2) > 0
            && (NameList::isSurname(lower.capturedView(2)) || NameList::isGivenName(lower.capturedView(2)))
            && !NameList::isNotAName(lower.capturedView(2)))
            end = lower.capturedEnd(2);
        out.append({ { PiiType::PersonName, from, end, 0.8 }, RankName });
    }

    // Given names from the embedded list, with the surname after them.
    static const auto word = compile(u"(?<![\\p{L}\\p{M}\\d'’\\-])[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*(?![\\p{L}\\p{M}\\d])"_s);
    static const QSet<QString> ambiguous{
        u"will"_s,  u"bill"_s,   u"mark"_s,  u"grace"_s, u"joy"_s,    u"rose"_s,  u"may"_s,    u"june"_s,
        u"april"_s, u"dawn"_s,   u"faith"_s, u"hope"_s,  u"art"_s,    u"guy"_s,   u"ray"_s,    u"pat"_s,
        u"sue"_s,   u"carol"_s,  u"frank"_s, u"jack"_s,  u"don"_s,    u"drew"_s,  u"chase"_s,  u"gene"_s,
        u"dale"_s,  u"glen"_s,   u"lee"_s,   u"max"_s,   u"sam"_s,    u"jean"_s,  u"ann"_s,    u"kay"_s,
        u"bob"_s,   u"rob"_s,    u"penny"_s, u"ruby"_s,  u"pearl"_s,  u"crystal"_s, u"amber"_s, u"holly"_s,
        u"ivy"_s,   u"lily"_s,   u"iris"_s,  u"summer"_s, u"angel"_s, u"hunter"_s, u"mason"_s, u"terry"_s,
        u"jo"_s,    u"mae"_s,    u"ella"_s,  u"ted"_s,   u"jay"_s,    u"tom"_s,   u"jim"_s,    u"rick"_s,
        u"ken"_s,   u"ben"_s,    u"dean"_s,  u"wade"_s, u"li"_s,    u"wei"_s,    u"ali"_s,
        u"misty"_s, u"daisy"_s,  u"violet"_s, u"olive"_s, u"marion"_s, u"kelly"_s, u"tracy"_s, u"lance"_s,
        u"miles"_s, u"neil"_s,   u"earl"_s,  u"cash"_s,  u"claude"_s, u"felix"_s, u"oscar"_s,  u"victor"_s,
        u"willie"_s, u"billie"_s, u"jessie"_s,
    };
    QList<std::pair<qsizetype, qsizetype>> words;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        words.append({ m.capturedStart(), m.capturedEnd() });
    }
    const auto view = [&](qsizetype i) {
        return QStringView(text).mid(words[i].first, words[i].second - words[i].first);
    };
    const auto isCapitalised = [&](qsizetype i) { return view(i).front().isUpper(); };
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QStringView w = view(i);
        if (w.size() < 2 || !NameList::isGivenName(w))
            continue;
        const bool capital = isCapitalised(i);
        const bool allCaps = w.toString().toUpper() == w.toString() && w.size() > 1;
        if (allCaps)
            continue;
        if (!capital && ambiguous.contains(w.toString().toLower()))
            continue;
        if (capital && NameList::isNotAName(w))
            continue;
        if (!capital && NameList::isNotAName(w))
            continue;
        qsizetype end = words[i].second;
        // A following capitalised word, or a listed surname in lower case, is the surname.
        if (i + 1 < words.size()) {
            const QStringView gap = QStringView(text).mid(end, words[i + 1].first - end);
            const QStringView next = view(i + 1);
            const bool adjacent = gap == u" "_s || gap == u" "_s;
            // In lower-case text a following word that is no English word is the surname ("eva kleist").
            if (adjacent && !NameList::isNotAName(next)
                && ((isCapitalised(i + 1) && capital) || NameList::isSurname(next)
                    || (!capital && !isCapitalised(i + 1) && !NameList::isCommonWord(next))))
                end = words[i + 1].second;
        }
        out.append({ { PiiType::PersonName, words[i].first, end, capital ? 0.7 : 0.5 }, RankName });
    }
}

namespace {

// Whether the line or sentence around `at` is written in title case: most of its longer words capitalised.
bool inTitleCase(const QString &text, qsizetype at)
{
    static const QRegularExpression boundary(u"[.!?\\n]"_s);
    const qsizetype from = text.lastIndexOf(boundary, at) + 1;
    qsizetype to = text.indexOf(boundary, at);
    if (to < 0)
        to = text.size();
    // Only dictionary words count: a line full of names is not a heading.
    static const QRegularExpression longWord(u"\\p{L}{4,}"_s, QRegularExpression::UseUnicodePropertiesOption);
    int words = 0;
    int capitalised = 0;
    bool first = true;
    for (auto it = longWord.globalMatch(QStringView(text).mid(from, to - from)); it.hasNext();) {
        const auto m = it.next();
        if (std::exchange(first, false) || !NameList::isCommonWord(m.capturedView()))
            continue;
        ++words;
        if (m.capturedView().front().isUpper())
            ++capitalised;
    }
    return words >= 3 && capitalised * 10 >= words * 6;
}

} // namespace

void PiiScanner::findCapitalisedNames(const QString &text, Candidates &out) const
{
    // Runs of capitalised words ("Krisztián Szöllösy", "Faina D. Yefremova") that
    // are not at the start of a sentence, or that hold a listed name. Places
    // come along too ("in Khandallah"), which for redaction is no loss; words
    // that organisations, titles and streets are made of end a run.
    static const auto run = compile(
        u"(?<![\\p{L}\\p{M}\\d'’@.\\-])\\p{Lu}[\\p{Ll}\\p{M}]+(?:['’\\-]\\p{L}[\\p{Ll}\\p{M}]*)*"
        "(?:(?: |\\s\\p{Lu}\\.?\\s)\\p{Lu}[\\p{Ll}\\p{M}]+(?:['’\\-]\\p{L}[\\p{Ll}\\p{M}]*)*)*(?![\\p{L}\\p{M}\\d@'’])"_s);
    static const auto sentenceStart = compile(u"(?:^|[.!?:;\"“”(>\\-–—*•]\\s*|\\n\\s*)$"_s);
    static const auto organisation = compile(
        u"^\\s+(?:inc|corp|corporation|ltd|llc|plc|gmbh|ag|co|company|group|bank|university|college|school|"
        "hospital|foundation|institute|associates|partners|consulting|solutions|systems|technologies|"
        "street|st|avenue|ave|road|rd|lane|drive|boulevard|way|place|square|park|river|lake|mountain|county|"
        "city|state|island|islands|records|band|orchestra|magazine|times|news|airlines?|motors|labs?|media|"
        "office|station|airport|hotel|restaurant|cafe|bar|club|center|centre|museum|church|stadium|"
        // What call-centre companies call themselves: "Northwind Home", "Riverside Health billing".
        "federal|health|healthcare|energy|support|billing|appliances|insurance|services|pharmacy|telecom|"
        "financial|credit|union|mobile|broadband|warehouse|store|stores|customer|care|helpdesk|help desk)\\b"_s,
        caseless);
    static const auto organisationBefore = compile(u"\\b(?:the|at|of)\\s+$"_s, caseless);
    // Companies named in this text: the same word elsewhere in it ("Acme is great") is the company too.
    QSet<QString> companies;
    const qsizetype firstFound = out.size();
    for (auto it = run.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        // Split the run where a word is not a name ("Thanks Dana" → "Dana").
        QList<std::pair<qsizetype, qsizetype>> words;
        static const auto token = compile(u"\\p{L}[\\p{L}\\p{M}'’\\-]*\\.?"_s);
        for (auto t = token.globalMatch(m.capturedView()); t.hasNext();) {
            const auto w = t.next();
            words.append({ m.capturedStart() + w.capturedStart(), m.capturedStart() + w.capturedEnd() });
        }
        const auto word = [&](qsizetype i) {
            return QStringView(text).mid(words[i].first, words[i].second - words[i].first);
        };
        // "Dana's": the word before the apostrophe decides.
        const auto stem = [](QStringView w) {
            const qsizetype apostrophe = w.indexOf(QRegularExpression(u"['’]"_s));
            return apostrophe > 0 ? w.left(apostrophe) : w;
        };
        static const auto contraction = compile(u"['’](?:t|re|ll|ve|d|m)$"_s, caseless);
        const auto breaksName = [&](qsizetype i) {
            if (contraction.match(word(i)).hasMatch())
                return true; // "Don't", "You're"
            const QStringView w = stem(word(i));
            if (w.endsWith(u'.') || (w.size() == 1 && w.front().isUpper() && i > 0 && i + 1 < words.size()))
                return false; // a middle initial
            if (w.size() < 2 || NameList::isNotAName(w))
                return true;
            // A surname that is also a word ("White", "Love") only after a given name ("Jack White").
            const bool afterGivenName = i > 0 && NameList::isGivenName(stem(word(i - 1)));
            return NameList::isCommonWord(w) && !NameList::isGivenName(w)
                && !(NameList::isSurname(w) && afterGivenName);
        };
        // A possessive ends a name: "Yuri Bulgakov's Cautionary Tales".
        const auto possessive = [&](qsizetype i) {
            const QStringView w = word(i);
            return w.endsWith(u"'s"_s) || w.endsWith(u"’s"_s);
        };
        qsizetype first = 0;
        while (first < words.size()) {
            if (breaksName(first)) {
                ++first;
                continue;
            }
            qsizetype last = first;
            while (!possessive(last) && last + 1 < words.size() && !breaksName(last + 1))
                ++last;
            const qsizetype start = words[first].first;
            const qsizetype end = words[last].second - (possessive(last) ? 2 : 0);
            const bool multiWordRun = last > first;
            first = last + 1;

            bool listed = false;
            for (qsizetype i = 0; i < words.size(); ++i) {
                if (words[i].first >= start && words[i].second <= end
                    && (NameList::isGivenName(word(i)) || NameList::isSurname(word(i))))
                    listed = true;
            }
            const bool atSentenceStart = matchesIn(sentenceStart, before(text, start, 3));
            // In a Title Case Heading every word is capitalised; only listed names count there.
            if (!listed && inTitleCase(text, start))
                continue;
            const bool allCaps = QStringView(text).mid(start, end - start).toString().toUpper()
                == QStringView(text).mid(start, end - start).toString();
            if (allCaps || matchesIn(organisation, after(text, end, 16)))
                continue;
            if (organisationBefore.match(before(text, start, 5)).hasMatch() && !listed)
                continue;
            // The company a rep greets with ("thanks for calling Berkshire Hathaway", "you're through
            // to Northwind"), however many words, unless the options name that person.
            static const auto companyBefore = compile(
                u"\\b(?:(?:thanks?(?: you)? for|you(?:'ve| have)?)\\s+(?:calling|contacting|choosing)|"
                "(?:through|welcome)\\s+to|banking\\s+with|work(?:s|ed|ing)?\\s+(?:at|for))\\s+$"_s,
                caseless);
            const bool knownPerson = m_knownNames.isValid() && !m_knownNames.pattern().isEmpty()
                && m_knownNames.match(QStringView(text).mid(start, end - start)).hasMatch();
            if (!knownPerson && companyBefore.match(before(text, start, 40)).hasMatch()) {
                companies.insert(QStringView(text).mid(start, end - start).toString().toCaseFolded());
                continue;
            }
            // "from Acme", "at Zillow", "in Riisa": a lone unknown word there is a company or a place.
            static const auto placeBefore = compile(u"\\b(?:from|at|for|of|in|into|near|calling)\\s+$"_s, caseless);
            if (!listed && !multiWordRun && placeBefore.match(before(text, start, 8)).hasMatch())
                continue;
            // At a sentence start only a word no dictionary knows is taken ("Leif, can I…").
            // At a sentence start only a word no dictionary knows, followed by what
            // follows a subject or a name ("Leif, can I…", "Tomomi is from…"), is taken.
            static const auto subjectFollows = compile(
                u"^(?:\\s*[,:]|\\s+(?:is|was|had|has|have|spent|shouted|lives|lived|said|says|will|would|can|"
                "could|from|and|&|works|worked|went|called|told|asked|wants|needs|did|does|here|speaking)\\b)"_s,
                caseless);
            if (atSentenceStart && !listed && !multiWordRun
                && (NameList::isCommonWord(stem(word(last))) || !matchesIn(subjectFollows, after(text, end, 12))))
                continue;
            out.append({ { PiiType::PersonName, start, end, listed ? 0.7 : 0.5 }, RankName });
        }
    }
    if (companies.isEmpty())
        return;
    for (qsizetype i = out.size() - 1; i >= firstFound; --i) {
        const PiiSpan &span = out[i].span;
        if (companies.contains(QStringView(text).mid(span.start, span.length()).toString().toCaseFolded()))
            out.removeAt(i);
    }
}

QList<PiiSpan> PiiScanner::resolve(const QString &text, Candidates candidates)
{
    // Winners first: by rank, then confidence, then length.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.span.confidence != b.span.confidence)
            return a.span.confidence > b.span.confidence;
        return a.span.length() > b.span.length();
    });
    QList<PiiSpan> taken;
    QList<bool> blocked; // parallel to taken
    const auto overlapping = [&taken](qsizetype start, qsizetype end) {
        for (qsizetype i = 0; i < taken.size(); ++i) {
            if (taken[i].start < end && start < taken[i].end)
                return i;
        }
        return qsizetype(-1);
    };
    const auto hasAlnum = [&text](qsizetype start, qsizetype end) {
        for (qsizetype i = start; i < end; ++i) {
            if (text.at(i).isLetterOrNumber())
                return true;
        }
        return false;
    };
    for (const Candidate &candidate : std::as_const(candidates)) {
        PiiSpan span = candidate.span;
        if (span.start < 0 || span.end > text.size() || span.start >= span.end)
            continue;
        // Same type overlapping: one span covering both. Another type: keep what is left over.
        QList<PiiSpan> pieces{ span };
        while (!pieces.isEmpty()) {
            PiiSpan piece = pieces.takeFirst();
            const qsizetype hit = overlapping(piece.start, piece.end);
            if (hit < 0) {
                if (hasAlnum(piece.start, piece.end)) {
                    taken.append(piece);
                    blocked.append(candidate.block);
                }
                continue;
            }
            PiiSpan &other = taken[hit];
            if (blocked[hit] || candidate.block)
                continue; // a blocked stretch is nobody's, and a blocker never trims a detection
            if (other.type == piece.type) {
                const PiiSpan merged{ piece.type, std::min(other.start, piece.start), std::max(other.end, piece.end),
                                      std::max(other.confidence, piece.confidence) };
                taken.removeAt(hit);
                blocked.removeAt(hit);
                pieces.prepend(merged);
                continue;
            }
            if (piece.start < other.start)
                pieces.append({ piece.type, piece.start, other.start, piece.confidence });
            if (piece.end > other.end)
                pieces.append({ piece.type, other.end, piece.end, piece.confidence });
        }
    }
    for (qsizetype i = taken.size() - 1; i >= 0; --i) {
        if (blocked[i])
            taken.removeAt(i);
    }
    std::sort(taken.begin(), taken.end(), [](const PiiSpan &a, const PiiSpan &b) { return a.start < b.start; });

    // Trim spaces and punctuation the patterns picked up at the edges, and join
    // the parts of one name or address that only a space separates.
    QList<PiiSpan> result;
    for (PiiSpan span : std::as_const(taken)) {
        while (span.start < span.end && !text.at(span.start).isLetterOrNumber() && text.at(span.start) != u'+'
               && text.at(span.start) != u'(')
            ++span.start;
        while (span.end > span.start && (text.at(span.end - 1).isSpace() || text.at(span.end - 1) == u','
                                         || text.at(span.end - 1) == u':' || text.at(span.end - 1) == u';'))
            --span.end;
        // A full stop after a whole word ends the sentence; after "St" or "Ave" it is the abbreviation's.
        if (span.type == PiiType::Address && span.end - span.start > 1 && text.at(span.end - 1) == u'.') {
            qsizetype w = span.end - 1;
            while (w > span.start && text.at(w - 1).isLetter())
                --w;
            if (span.end - 1 - w > 4)
                --span.end;
        }
        if (span.start >= span.end)
            continue;
        if (!result.isEmpty()) {
            PiiSpan &last = result.last();
            const QStringView gap = QStringView(text).mid(last.end, span.start - last.end);
            if (last.type == span.type && (span.type == PiiType::PersonName || span.type == PiiType::Address)
                && gap.trimmed().isEmpty() && gap.size() <= 1) {
                last.end = span.end;
                last.confidence = std::max(last.confidence, span.confidence);
                continue;
            }
        }
        result.append(span);
    }
    return result;
}

void PiiScanner::findPartialCards(const QString &text, const QList<SpokenText::Run> &runs, Candidates &out) const
{
    // "The card ends in 9999", "last four digits are 1234": not a whole card
    // number, but with the issuer it narrows the card down, so it goes too.
    static const auto lastFour = compile(
        u"\\b(?:(?:ends?|ending)\\s+(?:in|with)|last\\s+(?:four|4)(?:\\s+(?:digits|numbers))?(?:\\s+(?:of|on)\\s+"
        "(?:the|my|your)\\s+(?:card|visa|mastercard|amex|debit card|credit card))?(?:\\s+(?:are|is|were|being))?)"
        "\\s*[:,]?\\s*$"_s,
        caseless);
    for (const SpokenText::Run &run : runs) {
        if (run.digits.size() < 3 || run.digits.size() > 6)
            continue;
        const QStringView lead = before(text, run.start, 80);
        const auto cue = lastFour.match(lead);
        if (!cue.hasMatch())
            continue;
        // "Ends in" alone also ends phone numbers and order numbers: only with a card mentioned before it.
        const bool saysLastFour = cue.captured().contains(u"last"_s, Qt::CaseInsensitive);
        const QStringView context = lead.left(cue.capturedStart());
        if (!saysLastFour && !matchesIn(cardCue(), context.right(40)))
            continue;
        if (matchesIn(phoneCue(), context.right(25)) && !matchesIn(cardCue(), context.right(25)))
            continue;
        out.append({ { PiiType::CardNumber, run.start, run.end, 0.6 }, RankCued });
    }
}

QList<PiiType> PiiScanner::requestedTypes(const QString &question)
{
    // Each request with where it was asked, so several come back in the order asked.
    struct Request
    {
        PiiType type;
        QRegularExpression re;
    };
    static const QList<Request> requests = [] {
        return QList<Request>{
            { PiiType::PersonName,
              compile(u"\\b(?:your|the)\\s+(?:full\\s+|first\\s+and\\s+last\\s+|last\\s+|first\\s+|sur)?name\\b|"
                      "\\bwho\\s+am\\s+i\\s+(?:speaking|talking)\\s+(?:with|to)\\b|\\bwho(?:'s| is)\\s+calling\\b"_s,
                      caseless) },
            { PiiType::DateOfBirth,
              compile(u"\\b(?:date\\s+of\\s+birth|birth\\s?date|birthday|dob|when\\s+(?:were|was)\\s+you\\s+born)\\b"_s,
                      caseless) },
            { PiiType::CardNumber,
              compile(u"\\b(?:card\\s+number|long\\s+number|number\\s+on\\s+the\\s+(?:front|card)|last\\s+(?:four|4)"
                      "(?:\\s+digits)?|digits\\s+(?:of|on)\\s+(?:your|the)\\s+card)\\b"_s,
                      caseless) },
            { PiiType::ExpiryDate, compile(u"\\b(?:expiry|expiration)(?:\\s+date)?\\b|\\bwhen\\s+does\\s+it\\s+expire\\b"_s, caseless) },
            { PiiType::SecurityCode,
              compile(u"\\b(?:security\\s+code|cvv|cvc|three[\\s-]digit\\s+code|code\\s+on\\s+the\\s+back)\\b"_s, caseless) },
            { PiiType::Phone,
              compile(u"\\b(?:phone|mobile|cell|telephone|contact)(?:\\s+number)?\\b|\\bbest\\s+number\\b|"
                      "\\bnumber\\s+(?:to|we\\s+can|i\\s+can)\\s+(?:reach|call|contact)\\b|\\breach\\s+you\\b"_s,
                      caseless) },
            { PiiType::Email, compile(u"\\be-?mail(?:\\s+address)?\\b"_s, caseless) },
            { PiiType::Address,
              compile(u"\\b(?:post\\s?code|zip(?:\\s+code)?|postal\\s+code|(?:home|billing|street|postal|mailing|"
                      "delivery|shipping)?\\s*address|first\\s+line\\s+of)\\b"_s,
                      caseless) },
            { PiiType::BankAccount,
              compile(u"\\b(?:account\\s+number|sort\\s+code|routing\\s+number|iban)\\b"_s, caseless) },
            { PiiType::NationalId,
              compile(u"\\b(?:social\\s+security(?:\\s+number)?|ssn|national\\s+insurance(?:\\s+number)?|ni\\s+number)\\b"_s,
                      caseless) },
        };
    }();
    // Only a question asks: "I'll email you a label" asks for nothing.
    static const auto asking = compile(
        u"\\?|\\b(?:can|could|may|would)\\s+(?:i|you|we)\\s+(?:have|get|take|give|confirm|read|tell|start|grab|verify)\\b|"
        "\\b(?:please|what(?:'s| is)|tell me|confirm|read me|give me|state|i'll need|i need|i just need)\\b"_s,
        caseless);
    // "Did they give you a reference number?" asks about a number that is not the customer's.
    static const auto otherParty = compile(u"\\b(?:they|he|she|them)\\b"_s, caseless);
    QList<std::pair<qsizetype, PiiType>> found;
    static const QRegularExpression sentences(u"[^.?!]+[.?!]*"_s);
    for (auto it = sentences.globalMatch(question); it.hasNext();) {
        const auto sentence = it.next();
        const QStringView view = sentence.capturedView();
        if (!matchesIn(asking, view))
            continue;
        for (const Request &request : requests) {
            const auto m = request.re.match(view);
            if (!m.hasMatch())
                continue;
            if (matchesIn(otherParty, view.left(m.capturedStart())))
                continue;
            // "the email on the order" after a name was asked: both, each once.
            if (std::none_of(found.cbegin(), found.cend(), [&](const auto &f) { return f.second == request.type; }))
                found.append({ sentence.capturedStart() + m.capturedStart(), request.type });
        }
    }
    // The card's last four are read as card digits, not as a phone or account number.
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<PiiType> types;
    for (const auto &f : std::as_const(found))
        types.append(f.second);
    return types;
}

void PiiScanner::findExpectedAnswers(const QString &text, const QList<SpokenText::Run> &runs,
                                     const QList<PiiType> &expected, Candidates &out) const
{
    // "Sure, it's …", "Yeah, that's …": the answer starts after the filler.
    static const auto filler = compile(
        u"^(?:\\s*(?:yes|yeah|yep|sure|ok|okay|right|um+|uh+|er+|so|oh|hi|hello|of course|certainly|no problem|"
        "it's|it is|that's|that is|that would be|i think|let me see|mine is|my \\w+(?: \\w+)? is)\\b[,.:]?)*\\s*"_s,
        caseless);
    const qsizetype answerStart = filler.match(text).capturedEnd();
    const auto runsWith = [&runs](qsizetype minDigits, qsizetype maxDigits) {
        QList<SpokenText::Run> matching;
        for (const SpokenText::Run &run : runs) {
            if (run.digits.size() >= minDigits && run.digits.size() <= maxDigits)
                matching.append(run);
        }
        return matching;
    };
    const auto add = [&out](PiiType type, qsizetype start, qsizetype end, double confidence) {
        out.append({ { type, start, end, confidence }, RankCued });
    };
    // A run that a money or unit word follows is a price or a duration, whatever was asked.
    const auto measured = [&text](const SpokenText::Run &run) {
        return matchesIn(moneyOrUnitAfter(), after(text, run.end, 12))
            || (run.start > 0 && u"$€£¥"_s.contains(text.at(run.start - 1)));
    };
    for (const PiiType type : expected) {
        switch (type) {
        case PiiType::CardNumber:
            for (const SpokenText::Run &run : runsWith(4, 19)) {
                // The last four, or the whole number; 7 to 12 digits in a card's answer are the phone
                // number given alongside ("…and call me back on 212 555 0143").
                if (!measured(run) && (run.digits.size() <= 6 || run.digits.size() >= 13))
                    add(type, run.start, run.end, run.digits.size() >= 13 ? 0.8 : 0.6);
            }
            break;
        case PiiType::SecurityCode:
            for (const SpokenText::Run &run : runsWith(3, 4)) {
                if (!measured(run))
                    add(type, run.start, run.end, 0.7);
            }
            break;
        case PiiType::Phone:
            for (const SpokenText::Run &run : runsWith(7, 15)) {
                if (!measured(run))
                    add(type, run.start, run.end, 0.8);
            }
            break;
        case PiiType::NationalId:
            for (const SpokenText::Run &run : runsWith(9, 9))
                add(type, run.start, run.end, 0.8);
            break;
        case PiiType::BankAccount: {
            for (const SpokenText::Run &run : runsWith(5, 20)) {
                if (!measured(run))
                    add(type, run.start, run.end, 0.7);
            }
            // Account references with letters: "RH-20077", "AC 4471 209".
            static const auto reference = compile(u"(?<![\\p{L}\\d])[A-Z]{1,4}[\\- ]?\\d[\\d\\- ]{2,18}\\d(?![\\p{L}\\d])"_s);
            for (auto it = reference.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                add(type, m.capturedStart(), m.capturedEnd(), 0.7);
            }
            break;
        }
        case PiiType::DateOfBirth:
        case PiiType::ExpiryDate: {
            const auto &re = type == PiiType::DateOfBirth ? dateValue() : expiryValue();
            if (const auto m = re.match(text); m.hasMatch()) {
                add(type, m.capturedStart(), m.capturedEnd(), 0.75);
            } else {
                for (const SpokenText::Run &run : runsWith(type == PiiType::DateOfBirth ? 6 : 3, 8))
                    add(type, run.start, run.end, 0.7);
            }
            break;
        }
        case PiiType::Email: {
            // Read out with any ending: "j doe at harbourmail dot biz".
            static const auto spoken = compile(
                u"\\b[\\p{L}\\d]+(?:(?:\\s+(?:dot|period|underscore|dash|hyphen)\\s+|[._\\-])[\\p{L}\\d]+)*"
                "\\s+(?:at|@)\\s+[\\p{L}\\d\\-]+(?:(?:\\s+(?:dot|period|point)\\s+|\\.)[\\p{L}\\d\\-]+)+\\b"_s,
                caseless);
            if (const auto m = spoken.match(text, answerStart); m.hasMatch())
                add(type, m.capturedStart(), m.capturedEnd(), 0.75);
            break;
        }
        case PiiType::Address: {
            // A postcode or ZIP anywhere in the answer.
            static const auto postcode = compile(
                u"\\b(?:[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}|\\d{5}(?:-\\d{4})?)\\b"_s);
            for (auto it = postcode.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                add(type, m.capturedStart(), m.capturedEnd(), 0.75);
            }
            // The first line: a house number (written or said) and the capitalised words after it.
            static const auto firstLine = compile(
                u"\\G(?:\\d{1,5}[A-Za-z]?|(?i:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
                "seventy|eighty|ninety|hundred|and)[\\s-]*)+)\\s*,?\\s+\\p{Lu}[\\p{L}'\\-]*(?:\\s+\\p{Lu}[\\p{L}'\\-]*)*"_s);
            if (const auto m = firstLine.match(text, answerStart); m.hasMatch())
                add(type, m.capturedStart(), m.capturedEnd(), 0.7);
            break;
        }
        case PiiType::PersonName: {
            // The answer opens with the name: "Gareth Lloyd.", "It's Amara Osei".
            static const auto opening = compile(u"\\G\\p{Lu}[\\p{Ll}\\p{M}'’\\-]+(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}'’\\-]+){0,2}"_s);
            const auto m = opening.match(text, answerStart);
            if (!m.hasMatch())
                break;
            // Stop at the first word that is not a name ("Sorry", "Hang on").
            qsizetype end = m.capturedStart();
            static const auto token = compile(u"\\p{L}[\\p{L}\\p{M}'’\\-]*"_s);
            for (auto it = token.globalMatch(m.capturedView()); it.hasNext();) {
                const auto w = it.next();
                if (NameList::isNotAName(w.capturedView())
                    || (NameList::isCommonWord(w.capturedView()) && !NameList::isGivenName(w.capturedView())
                        && !NameList::isSurname(w.capturedView())))
                    break;
                end = m.capturedStart() + w.capturedEnd();
            }
            if (end > m.capturedStart())
                add(type, m.capturedStart(), end, 0.75);
            break;
        }
        }
    }
}

QList<PiiSpan> PiiScanner::withoutNeverRedacted(const QString &text, QList<PiiSpan> spans) const
{
    if (!m_neverRedact.isValid() || m_neverRedact.pattern().isEmpty())
        return spans;
    QList<std::pair<qsizetype, qsizetype>> allowed;
    for (auto it = m_neverRedact.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        allowed.append({ m.capturedStart(), m.capturedEnd() });
    }
    spans.removeIf([&allowed](const PiiSpan &span) {
        if (span.type != PiiType::PersonName && span.type != PiiType::Address)
            return false;
        return std::any_of(allowed.cbegin(), allowed.cend(),
                           [&span](const auto &a) { return a.first < span.end && span.start < a.second; });
    });
    return spans;
}

QList<PiiSpan> PiiScanner::scan(const QString &text, const QList<PiiType> &expected) const
{
    if (text.isEmpty())
        return {};
    const QList<SpokenText::Run> runs = SpokenText::digitRuns(text, 3);
    Candidates candidates;
    findEmails(text, candidates);
    findIbans(text, candidates);
    findNinos(text, candidates);
    findWrittenNumbers(text, candidates);
    findSpokenNumbers(text, runs, candidates);
    findCuedValues(text, runs, candidates);
    findAddresses(text, candidates);
    findNames(text, candidates);
    findCapitalisedNames(text, candidates);
    findPartialCards(text, runs, candidates);
    if (!expected.isEmpty())
        findExpectedAnswers(text, runs, expected, candidates);
    return withoutNeverRedacted(text, resolve(text, std::move(candidates)));
}

} // namespace coach
