// SPDX-License-Identifier: GPL-3.0-or-later
#include "redact/PiiDetector.h"
#include "redact/PiiScanner.h"
#include "redact/SpokenText.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/*
 * The detector, type by type: each row gives a text and the spans it must
 * produce, as "type=exact text" (nothing else may be found). Negatives are
 * rows without spans: order numbers, prices, times, models, ordinary dates,
 * and the guide's own sentences.
 */
class TestPiiDetector final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void detects_data();
    void detects();
    void guideHasNoPersonalData();
    void knownAndUserNames();
    void neverRedact();
    void requestedTypes_data();
    void requestedTypes();
    void expectedAnswers_data();
    void expectedAnswers();
    void offsetsInNonAsciiText();
    void typeKeysRoundTrip();
    void checksums();
    void spokenDigits();
};

namespace {

QStringList describe(const QString &text, const QList<coach::PiiSpan> &spans)
{
    QStringList out;
    for (const coach::PiiSpan &span : spans)
        out.append(coach::piiTypeKey(span.type) + u'=' + text.mid(span.start, span.length()));
    return out;
}

} // namespace

void TestPiiDetector::init()
{
    // A pattern that fails to compile only warns when used; here that is a failure.
    QTest::failOnWarning(QRegularExpression(u".*QRegularExpression.*"_s));
}

void TestPiiDetector::detects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << text << expected;
    };

    // Cards: Luhn-valid, grouped or not, and read out digit by digit.
    row("card grouped", u"my card is 4111 1111 1111 1111 thanks"_s, { u"card=4111 1111 1111 1111"_s });
    row("card dashes", u"it's 4012-8888-8888-1881."_s, { u"card=4012-8888-8888-1881"_s });
    row("card amex", u"amex 371449635398431"_s, { u"card=371449635398431"_s });
    row("card spoken", u"the number is four one one one one one one one one one one one one one one one"_s,
        { u"card=four one one one one one one one one one one one one one one one"_s });
    row("card spoken doubles", u"card number four double one one, one one one one, one one one one, one one one one"_s,
        { u"card=four double one one, one one one one, one one one one, one one one one"_s });
    row("card failing luhn", u"my credit card number is 4012-8888-8888-1882"_s, {});
    // A bare 13-digit number from 1 is no card, but may be an account: redacted with little confidence.
    row("card 13 digits from 1", u"1748503543012"_s, { u"bank_account=1748503543012"_s });
    // Expiry and security code only after their cue words.
    row("expiry written", u"expiry date 04/26 and the CVV is 737"_s, { u"expiry=04/26"_s, u"cvv=737"_s });
    row("expiry spoken", u"it expires oh four slash twenty six"_s, { u"expiry=oh four slash twenty six"_s });
    row("cvv spoken", u"the security code on the back is seven three seven"_s, { u"cvv=seven three seven"_s });
    row("three digits without cue", u"we have 737 units in stock"_s, {});
    // Phones.
    row("phone us", u"call me at (415) 555-0132 please"_s, { u"phone=(415) 555-0132"_s });
    row("phone international", u"my number is +44 (20) 7123 4567"_s, { u"phone=+44 (20) 7123 4567"_s });
    row("phone uk mobile", u"ring 07700 900123 tomorrow"_s, { u"phone=07700 900123"_s });
    row("phone extension", u"desk: 986.291.2294x751"_s, { u"phone=986.291.2294x751"_s });
    row("phone spoken", u"it's five five five, oh one three two, two two"_s, { u"phone=five five five, oh one three two, two two"_s });
    row("phone spoken leading oh", u"reach me on oh seven seven double oh nine double oh one two three"_s,
        { u"phone=oh seven seven double oh nine double oh one two three"_s });
    row("order number spoken", u"the order number is five five two one three eight seven"_s, {});
    // E-mail, written and spoken.
    row("email written", u"write to jane.doe+billing@example.co.uk today"_s, { u"email=jane.doe+billing@example.co.uk"_s });
    row("email spoken", u"it's john dot smith at gmail dot com"_s, { u"email=john dot smith at gmail dot com"_s });
    row("email incomplete", u"my email is info@presidio."_s, {});
    row("at without domain", u"I'll be at home dot"_s, {});
    // National ids.
    row("ssn", u"my SSN is 078-05-1120"_s, { u"national_id=078-05-1120"_s });
    row("ssn invalid area", u"666-12-3456"_s, {});
    row("ssn mixed separators", u"693-09.4444"_s, {});
    row("nino", u"NI number AB 12 34 56 C"_s, { u"national_id=AB 12 34 56 C"_s });
    row("nino bad prefix", u"nino: nt 99 88 77 a"_s, {});
    // Bank accounts.
    row("iban", u"IBAN GB82 WEST 1234 5698 7654 32 please"_s, { u"bank_account=GB82 WEST 1234 5698 7654 32"_s });
    row("iban bad checksum", u"DE89 3704 0044 0532 0130 01"_s, {});
    row("account number", u"my account number is 12345678 and sort code"_s, { u"bank_account=12345678"_s });
    // Dates of birth after their cues; ordinary dates are not.
    row("dob numeric", u"date of birth 03/14/1985"_s, { u"date_of_birth=03/14/1985"_s });
    row("dob words", u"I was born on March 3rd, 1985."_s, { u"date_of_birth=March 3rd, 1985"_s });
    row("dob spoken", u"my birthday is the third of March"_s, { u"date_of_birth=the third of March"_s });
    row("ordinary date", u"your refund was issued on 12/05/2023 and arrives by March 3rd"_s, {});
    // Addresses.
    row("address us", u"send it to 1600 Pennsylvania Ave NW, Washington, DC 20500 please"_s,
        { u"address=1600 Pennsylvania Ave NW, Washington, DC 20500"_s });
    row("address uk", u"I live at 221B Baker Street, London NW1 6XE"_s, { u"address=221B Baker Street, London NW1 6XE"_s });
    row("address continental", u"Filip lives on Nassaustraat 123 street."_s,
        { u"name=Filip"_s, u"address=Nassaustraat 123 street"_s });
    row("address apartment", u"it's 12 Oak Lane, Apt 4B"_s, { u"address=12 Oak Lane, Apt 4B"_s });
    // Names.
    row("name my name is", u"Hi, my name is Dana Scully."_s, { u"name=Dana Scully"_s });
    row("name lower case", u"my name is jordan"_s, { u"name=jordan"_s });
    row("name this is from", u"this is Priya from Acme billing"_s, { u"name=Priya"_s });
    row("company after calling", u"Thank you for calling Acme, this is Marcus, how can I help?"_s, { u"name=Marcus"_s });
    row("name speaking with", u"am I speaking with Mr. Okonkwo?"_s, { u"name=Okonkwo"_s });
    row("name listed", u"Thanks Catherine, that helps"_s, { u"name=Catherine"_s });
    row("name possessive", u"that was Yuri Bulgakov's idea"_s, { u"name=Yuri Bulgakov"_s });
    row("name initial", u"Maybe it's under Ravil G Yefimov"_s, { u"name=Ravil G Yefimov"_s });
    // Negatives: what calls are full of and must stay readable.
    row("order number", u"your order number is 4471 2290 and the ticket is 88213"_s, {});
    row("order number long", u"order #112-4471-2290-5521"_s, {});
    row("price", u"it costs $129.99, or 1,299 dollars for the bundle"_s, {});
    row("time", u"we open at 10:30 and close at 5 pm"_s, {});
    row("product model", u"the Galaxy S23 and the iPhone 15 Pro Max, model A2849"_s, {});
    row("home network", u"Is the box on Wi-Fi or plugged in? I use Bluetooth and the Netflix app"_s, {});
    row("quantities", u"about 2500 customers in 2023, 45 minutes on hold"_s, {});
    row("no in contractions", u"They Don't call me back"_s, {});
    row("title case heading", u"Where Scripts Still Belong (and Where They Don't)"_s, {});
    row("call me on", u"can someone call me on Monday"_s, {});
    // The last digits of a card: a partial card number, less certain.
    row("card ends in", u"Gareth Lloyd. The card ends in 9999."_s, { u"name=Gareth Lloyd"_s, u"card=9999"_s });
    row("card last four are", u"the last four digits are 1234."_s, { u"card=1234"_s });
    row("card last four of the card", u"last four of the card, five five one two"_s,
        { u"card=five five one two"_s });
    row("phone ends in", u"my phone ends in 4321"_s, {});
    row("order ends in", u"the order number ends in 4471"_s, {});
    // Companies the rep greets with are not people, however many words.
    row("company calling", u"thanks for calling Acme"_s, {});
    row("company named again", u"Thanks for calling Acme. Acme is great"_s, {});
    row("company two words", u"Thanks for calling Berkshire Hathaway, this is Dana."_s, { u"name=Dana"_s });
    row("company support", u"Hi, this is Zillow support"_s, {});
    row("company through to", u"Good afternoon, you're through to Northwind Home, my name's Maya."_s,
        { u"name=Maya"_s });
    row("company banking with", u"Thank you for banking with Harbour Federal. Goodbye."_s, {});
    row("company billing", u"Good morning, Riverside Health billing, my name's Maya."_s, { u"name=Maya"_s });
    row("works at company", u"I work at Berkshire Hathaway now"_s, {});
}

void TestPiiDetector::detects()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const coach::PiiDetector detector;
    QCOMPARE(describe(text, detector.detect(text)), expected);
}

void TestPiiDetector::guideHasNoPersonalData()
{
    // The guide this app is built around, from ../shared/seed: prose without any personal data.
    const QString dir = QStringLiteral(COACH_SHARED_CORPUS) + u"/../seed"_s;
    const QStringList files = QDir(dir).entryList({ u"*.txt"_s }, QDir::Files);
    if (files.isEmpty())
        QSKIP("no ../shared/seed here");
    const coach::PiiDetector detector;
    int lines = 0;
    for (const QString &name : files) {
        QFile file(QDir(dir).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            ++lines;
            QCOMPARE(describe(line, detector.detect(line)), QStringList());
        }
    }
    QVERIFY(lines > 50);
}

void TestPiiDetector::knownAndUserNames()
{
    const coach::PiiDetector detector({ .knownNames = { u"Quentin Zabrowski"_s }, .extraNames = { u"Zebulon"_s } });
    const QString text = u"quentin will call zebulon, and zabrowski knows"_s;
    QCOMPARE(describe(text, detector.detect(text)),
             (QStringList{ u"name=quentin"_s, u"name=zebulon"_s, u"name=zabrowski"_s }));
    // Without them these lower-case words are not names.
    QCOMPARE(describe(text, coach::PiiDetector().detect(text)), QStringList());
}

void TestPiiDetector::neverRedact()
{
    const QString text = u"Ask Zillow about it, Acme said."_s;
    QCOMPARE(describe(text, coach::PiiDetector().detect(text)), (QStringList{ u"name=Zillow"_s, u"name=Acme"_s }));
    const coach::PiiDetector detector({ .knownNames = {}, .extraNames = {}, .neverRedact = { u"zillow"_s } });
    QCOMPARE(describe(text, detector.detect(text)), (QStringList{ u"name=Acme"_s }));
    // Only names and addresses give way: a card is a card whatever the list says.
    const coach::PiiDetector digits({ .knownNames = {}, .extraNames = {}, .neverRedact = { u"4111"_s } });
    const QString card = u"card 4111 1111 1111 1111"_s;
    QCOMPARE(describe(card, digits.detect(card)), (QStringList{ u"card=4111 1111 1111 1111"_s }));
}

void TestPiiDetector::requestedTypes_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QStringList>("types");
    const auto row = [](const char *name, const QString &question, const QStringList &types) {
        QTest::newRow(name) << question << types;
    };
    row("dob", u"Thank you. And your date of birth, please?"_s, { u"date_of_birth"_s });
    row("card number", u"What's the card number?"_s, { u"card"_s });
    row("last four", u"And the last four digits?"_s, { u"card"_s });
    row("name and card", u"Could you give me your full name and the last four digits of your card?"_s,
        { u"name"_s, u"card"_s });
    row("phone", u"What's the best number to reach you?"_s, { u"phone"_s });
    row("phone on account", u"Can I have the phone number or email on the account?"_s, { u"phone"_s, u"email"_s });
    row("email", u"And your email?"_s, { u"email"_s });
    row("postcode", u"What's your postcode?"_s, { u"address"_s });
    row("first line", u"And the first line of the billing address?"_s, { u"address"_s });
    row("account", u"Can I have your account number?"_s, { u"bank_account"_s });
    // Statements and questions about someone else's numbers ask the customer for nothing.
    row("statement", u"I'll email you a prepaid label for the wrong one."_s, {});
    row("reference from them", u"Did they give you a reference number?"_s, {});
    row("no question", u"Let me pull that order up."_s, {});
}

void TestPiiDetector::requestedTypes()
{
    QFETCH(QString, question);
    QFETCH(QStringList, types);
    QStringList keys;
    for (const coach::PiiType type : coach::PiiDetector::requestedTypes(question))
        keys.append(coach::piiTypeKey(type));
    QCOMPARE(keys, types);
}

void TestPiiDetector::expectedAnswers_data()
{
    QTest::addColumn<QString>("expectedType");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QStringList>("spans");
    const auto row = [](const char *name, const char *type, const QString &answer, const QStringList &spans) {
        QTest::newRow(name) << QString::fromLatin1(type) << answer << spans;
    };
    row("dob spoken", "date_of_birth", u"Third of March, nineteen eighty-five."_s,
        { u"date_of_birth=Third of March, nineteen eighty-five"_s });
    row("dob written", "date_of_birth", u"It's 03/03/1985"_s, { u"date_of_birth=03/03/1985"_s });
    row("card last four", "card", u"Sure, it's four four one two."_s, { u"card=four four one two"_s });
    row("card written", "card", u"1234"_s, { u"card=1234"_s });
    row("phone spoken", "phone", u"Yeah, five five five, oh one four two."_s, { u"phone=five five five, oh one four two"_s });
    row("email spoken any ending", "email", u"it's gareth at harbourmail dot zz"_s,
        { u"email=gareth at harbourmail dot zz"_s });
    row("postcode", "address", u"It's SW1A 1AA."_s, { u"address=SW1A 1AA"_s });
    row("first line", "address", u"Forty-two Elm Street."_s, { u"address=Forty-two Elm Street"_s });
    row("house number", "address", u"Sure, 17 Harrow Close"_s, { u"address=17 Harrow Close"_s });
    row("account reference", "bank_account", u"It's RH-20077."_s, { u"bank_account=RH-20077"_s });
    row("account spoken", "bank_account", u"two two nine one eight four seven"_s,
        { u"bank_account=two two nine one eight four seven"_s });
    row("name", "name", u"Gareth Lloyd."_s, { u"name=Gareth Lloyd"_s });
    row("name unusual", "name", u"It's Zorbek Quill."_s, { u"name=Zorbek Quill"_s });
    // Asked, but not answered: nothing is invented.
    row("not with me", "card", u"I don't have it with me"_s, {});
    row("not with me dob", "date_of_birth", u"I don't have it with me"_s, {});
    row("not with me name", "name", u"Sorry, hang on."_s, {});
    row("price is not a card", "card", u"I was charged 35 dollars"_s, {});
    row("no address", "address", u"I'd rather not say."_s, {});
    row("no email", "email", u"I don't use email."_s, {});
}

void TestPiiDetector::expectedAnswers()
{
    QFETCH(QString, expectedType);
    QFETCH(QString, answer);
    QFETCH(QStringList, spans);
    const auto type = coach::piiTypeFromKey(expectedType);
    QVERIFY(type);
    const coach::PiiDetector detector;
    QCOMPARE(describe(answer, detector.detect(answer, { *type })), spans);
    // Without the question most of these are not found at all.
    if (expectedType == u"date_of_birth"_s && answer.startsWith(u"Third"_s))
        QCOMPARE(describe(answer, detector.detect(answer)), QStringList());
}

void TestPiiDetector::offsetsInNonAsciiText()
{
    // "é" is one UTF-16 unit, "😀" two: offsets are UTF-16 and land exactly on the data.
    const QString text = u"Café 😀 — my number is 07700 900123 ✓"_s;
    const QList<coach::PiiSpan> spans = coach::PiiDetector().detect(text);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans[0].start, text.indexOf(u"07700"_s));
    QCOMPARE(spans[0].start, 23);
    QCOMPARE(spans[0].end, 35);
    QCOMPARE(text.mid(spans[0].start, spans[0].length()), u"07700 900123"_s);
}

void TestPiiDetector::typeKeysRoundTrip()
{
    QStringList keys;
    for (const coach::PiiType type : coach::allPiiTypes) {
        keys.append(coach::piiTypeKey(type));
        QCOMPARE(coach::piiTypeFromKey(coach::piiTypeKey(type)), std::optional(type));
        QVERIFY(coach::piiPlaceholder(type).startsWith(u'['));
    }
    QCOMPARE(keys, (QStringList{ u"card"_s, u"expiry"_s, u"cvv"_s, u"phone"_s, u"email"_s, u"national_id"_s,
                                 u"bank_account"_s, u"date_of_birth"_s, u"address"_s, u"name"_s }));
    QCOMPARE(coach::piiTypeFromKey(u"Card"), std::nullopt);
    QCOMPARE(coach::piiPlaceholder(coach::PiiType::CardNumber), u"[card number]"_s);
    QCOMPARE(coach::piiPlaceholder(coach::PiiType::Phone), u"[phone]"_s);
}

void TestPiiDetector::checksums()
{
    QVERIFY(coach::PiiScanner::luhnValid(u"4111111111111111"));
    QVERIFY(!coach::PiiScanner::luhnValid(u"4111111111111112"));
    QVERIFY(!coach::PiiScanner::luhnValid(u""));
    QVERIFY(coach::PiiScanner::ibanValid(u"GB82WEST12345698765432"));
    QVERIFY(!coach::PiiScanner::ibanValid(u"GB82WEST12345698765433"));
    QVERIFY(!coach::PiiScanner::ibanValid(u"GB82"));
}

void TestPiiDetector::spokenDigits()
{
    const QString text = u"it's double four, seven oh triple nine 12 and then nothing"_s;
    const auto runs = coach::SpokenText::digitRuns(text);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0].value(), u"44709991 2"_s.remove(u' '));
    QCOMPARE(text.mid(runs[0].start, runs[0].end - runs[0].start), u"double four, seven oh triple nine 12"_s);
    // A lone "oh" is a word, not a zero; leading a run of digits it is one.
    QCOMPARE(coach::SpokenText::digitRuns(u"oh, one two three"_s).value(0).value(), u"123"_s);
    QCOMPARE(coach::SpokenText::digitRuns(u"oh seven seven double oh nine"_s).value(0).value(), u"077009"_s);
}

QTEST_GUILESS_MAIN(TestPiiDetector)
#include "TestPiiDetector.moc"
