// SPDX-License-Identifier: GPL-3.0-or-later
#include "redact/ExcerptRedactor.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using coach::BleepSpan;
using coach::ExcerptRedactor;
using coach::ExcerptSource;
using coach::PiiSpan;
using coach::PiiType;
using coach::RedactedExcerpt;
using coach::Segment;
using coach::SpeakerRole;
using coach::Word;

/*
 * The excerpt redactor: structure and order kept, speakers and names
 * pseudonymised consistently, the trainer's corrections applied, and every
 * span mapped to audio time for bleeping.
 */
class TestExcerptRedactor final : public QObject
{
    Q_OBJECT

private slots:
    void keepsStructureAndOrder();
    void pseudonymsAreConsistent();
    void secondCustomer();
    void thirdPartiesBecomeName();
    void correctionsAddAndRemove();
    void sourceOffsetsMapBack();
    void bleepsFollowWordTimings();
    void bleepsWholeCueWithoutWords();
    void nonAsciiText();
    void answersFollowQuestions();
    void unansweredQuestionRedactsNothing();
    void companyFromGreeting();
};

namespace {

ExcerptSource call(const QList<Segment> &segments)
{
    ExcerptSource source;
    source.segments = segments;
    source.roles = { { u"Agent"_s, SpeakerRole::Agent }, { u"Dana"_s, SpeakerRole::Agent },
                     { u"Caller"_s, SpeakerRole::Customer }, { u"Caller 2"_s, SpeakerRole::Customer } };
    return source;
}

} // namespace

void TestExcerptRedactor::keepsStructureAndOrder()
{
    const ExcerptSource source = call({
        { 0, 2000, u"Agent"_s, u"Thank you for calling, this is Dana from Acme."_s },
        { 2000, 3000, u"Caller"_s, u""_s },
        { 3000, 6000, u"Caller"_s, u"Hi Dana, my card 4111 1111 1111 1111 was charged twice."_s },
        { 6000, 8000, u"Agent"_s, u"Sorry to hear that. Order 4471 2290 shows one charge."_s },
    });
    const RedactedExcerpt excerpt = ExcerptRedactor().redact(source);
    QCOMPARE(excerpt.segments.size(), 4);
    QStringList texts;
    for (qsizetype i = 0; i < excerpt.segments.size(); ++i) {
        QCOMPARE(excerpt.segments[i].sourceIndex, i);
        QCOMPARE(excerpt.segments[i].startMs, source.segments[i].startMs);
        texts.append(excerpt.segments[i].speaker + u": "_s + excerpt.segments[i].text);
    }
    QCOMPARE(texts, (QStringList{ u"Rep: Thank you for calling, this is Rep from Acme."_s, u"Customer: "_s,
                                  u"Customer: Hi Rep, my card [card number] was charged twice."_s,
                                  u"Rep: Sorry to hear that. Order 4471 2290 shows one charge."_s }));
    // Highlights point at the placeholders.
    const auto &spans = excerpt.segments[2].spans;
    QCOMPARE(spans.size(), 2);
    QCOMPARE(excerpt.segments[2].text.mid(spans[1].start, spans[1].end - spans[1].start), u"[card number]"_s);
    QCOMPARE(spans[1].type, PiiType::CardNumber);
    QCOMPARE(spans[1].sourceStart, 17);
    QCOMPARE(spans[1].sourceEnd, 36);
}

void TestExcerptRedactor::pseudonymsAreConsistent()
{
    // The customer's name is learnt from one turn and replaced in every other,
    // even where the detector alone would not find it (lower case, no cue).
    ExcerptSource source = call({
        { 0, 1000, u"Dana"_s, u"Am I speaking with Mr. Okafor?"_s },
        { 1000, 2000, u"Caller"_s, u"Yes, my name is Emeka Okafor."_s },
        { 2000, 3000, u"Dana"_s, u"Thanks emeka. I've noted it, okafor."_s },
        { 3000, 4000, u"Caller"_s, u"And you are Dana?"_s },
    });
    source.repName = u"Dana Whitfield"_s;
    const RedactedExcerpt excerpt = ExcerptRedactor().redact(source);
    QStringList texts;
    for (const auto &segment : excerpt.segments)
        texts.append(segment.speaker + u": "_s + segment.text);
    QCOMPARE(texts, (QStringList{ u"Rep: Am I speaking with Customer?"_s, u"Customer: Yes, my name is Customer."_s,
                                  u"Rep: Thanks Customer. I've noted it, Customer."_s, u"Customer: And you are Rep?"_s }));
    for (const auto &segment : excerpt.segments) {
        QVERIFY(!segment.text.contains(u"Okafor"_s, Qt::CaseInsensitive));
        QVERIFY(!segment.text.contains(u"Emeka"_s, Qt::CaseInsensitive));
        QVERIFY(!segment.text.contains(u"Dana"_s));
    }
}

void TestExcerptRedactor::secondCustomer()
{
    const ExcerptSource source = call({
        { 0, 1000, u"Caller"_s, u"Hello?"_s },
        { 1000, 2000, u"Agent"_s, u"Hi there."_s },
        { 2000, 3000, u"Caller 2"_s, u"This is his wife, my name is Marta."_s },
        { 3000, 4000, u"Caller"_s, u"Marta handles the bills."_s },
    });
    const RedactedExcerpt excerpt = ExcerptRedactor().redact(source);
    QCOMPARE(excerpt.segments[0].speaker, u"Customer"_s);
    QCOMPARE(excerpt.segments[1].speaker, u"Rep"_s);
    QCOMPARE(excerpt.segments[2].speaker, u"Customer 2"_s);
    QCOMPARE(excerpt.segments[2].text, u"This is his wife, my name is Customer 2."_s);
    QCOMPARE(excerpt.segments[3].text, u"Customer 2 handles the bills."_s);
}

void TestExcerptRedactor::thirdPartiesBecomeName()
{
    const ExcerptSource source = call({
        { 0, 1000, u"Agent"_s, u"I'll ask my colleague Priyanka Raman to call you back."_s },
        { 1000, 2000, u"Caller"_s, u"Fine, Priyanka can reach me on 07700 900123."_s },
    });
    const RedactedExcerpt excerpt = ExcerptRedactor().redact(source);
    QCOMPARE(excerpt.segments[0].text, u"I'll ask my colleague [name] to call you back."_s);
    QCOMPARE(excerpt.segments[1].text, u"Fine, [name] can reach me on [phone]."_s);
}

void TestExcerptRedactor::correctionsAddAndRemove()
{
    const ExcerptSource source = call({
        { 0, 1000, u"Caller"_s, u"My reference is ZX-99 and I live in Leeds, call 07700 900123."_s },
    });
    coach::RedactionCorrections corrections;
    const QString text = source.segments[0].text;
    // The trainer marks "ZX-99" (missed) and keeps the phone number (say it is the shop's).
    corrections.added[0] = { PiiSpan{ PiiType::BankAccount, text.indexOf(u"ZX-99"_s), text.indexOf(u"ZX-99"_s) + 5, 1.0 } };
    corrections.removed[0] = { PiiSpan{ PiiType::Phone, text.indexOf(u"07700"_s), text.indexOf(u"07700"_s) + 12, 1.0 } };
    const RedactedExcerpt excerpt = ExcerptRedactor().redact(source, corrections);
    QCOMPARE(excerpt.segments[0].text, u"My reference is [bank account] and I live in Leeds, call 07700 900123."_s);
    QCOMPARE(excerpt.segments[0].spans.size(), 1);
    QVERIFY(excerpt.segments[0].spans[0].userAdded);
}

void TestExcerptRedactor::sourceOffsetsMapBack()
{
    const ExcerptSource source = call({ { 0, 1000, u"Caller"_s, u"mail jane@example.com or ring 07700 900123 now"_s } });
    const auto segment = ExcerptRedactor().redact(source).segments.value(0);
    QCOMPARE(segment.text, u"mail [email] or ring [phone] now"_s);
    // Before, inside, at the end of and after a placeholder.
    QCOMPARE(segment.sourceOffset(2), 2);
    QCOMPARE(segment.sourceOffset(7), 5);
    QCOMPARE(segment.sourceOffset(12), 21);
    QCOMPARE(segment.sourceOffset(16), 25);
    const qsizetype now = segment.text.indexOf(u"now"_s);
    QCOMPARE(segment.sourceOffset(now), source.segments[0].text.indexOf(u"now"_s));
}

void TestExcerptRedactor::bleepsFollowWordTimings()
{
    ExcerptSource source = call({
        { 10000, 14000, u"Caller"_s, u"My number is 07700 900123, thanks."_s },
        { 14000, 16000, u"Agent"_s, u"Got it."_s },
    });
    source.words = {
        { 10000, 10200, u"My"_s, u"Caller"_s, 0 },      { 10200, 10500, u"number"_s, u"Caller"_s, 0 },
        { 10500, 10700, u"is"_s, u"Caller"_s, 0 },      { 10800, 11600, u"07700"_s, u"Caller"_s, 0 },
        { 11700, 12900, u"900123,"_s, u"Caller"_s, 0 }, { 13000, 13500, u"thanks."_s, u"Caller"_s, -1 },
    };
    const RedactedExcerpt excerpt = ExcerptRedactor().redact(source);
    QCOMPARE(excerpt.bleeps.size(), 1);
    const BleepSpan bleep = excerpt.bleeps[0];
    QCOMPARE(bleep.startMs, 10800);
    QCOMPARE(bleep.endMs, 12900);
    QCOMPARE(bleep.role, SpeakerRole::Customer);
    QCOMPARE(bleep.segment, 0);
    QVERIFY(!bleep.wholeCue);
}

void TestExcerptRedactor::bleepsWholeCueWithoutWords()
{
    const ExcerptSource source = call({
        { 0, 3000, u"Agent"_s, u"Can I take your e-mail?"_s },
        { 3000, 7500, u"Caller"_s, u"it's john dot smith at gmail dot com and my card is 4111 1111 1111 1111"_s },
    });
    const RedactedExcerpt excerpt = ExcerptRedactor().redact(source);
    // Two spans in one cue without word timing: one bleep over the whole cue, in the customer's channel.
    QCOMPARE(excerpt.bleeps.size(), 1);
    QCOMPARE(excerpt.bleeps[0].startMs, 3000);
    QCOMPARE(excerpt.bleeps[0].endMs, 7500);
    QCOMPARE(excerpt.bleeps[0].role, SpeakerRole::Customer);
    QVERIFY(excerpt.bleeps[0].wholeCue);
    QCOMPARE(excerpt.segments[1].text, u"it's [email] and my card is [card number]"_s);
}

void TestExcerptRedactor::nonAsciiText()
{
    const ExcerptSource source = call({ { 0, 1000, u"Caller"_s, u"Ça va 😀, je m'appelle Zoë Bérénice, 07700 900123 ✓"_s } });
    const auto segment = ExcerptRedactor().redact(source).segments.value(0);
    QCOMPARE(segment.text, u"Ça va 😀, je m'appelle [name], [phone] ✓"_s);
}

void TestExcerptRedactor::answersFollowQuestions()
{
    // resources/demo/03-overdraft-fee-dispute.vtt: the answers carry no cue words of their own.
    const ExcerptSource source = call({
        { 0, 2000, u"Agent"_s, u"Could you give me your full name and the last four digits of your card?"_s },
        { 2000, 4000, u"Caller"_s, u"Gareth Lloyd. The card ends in 9999."_s },
        { 4000, 6000, u"Agent"_s, u"Thank you. And your date of birth, please?"_s },
        { 6000, 8000, u"Caller"_s, u"Third of March, nineteen eighty-five."_s },
        { 8000, 9000, u"Agent"_s, u"And the best number to reach you?"_s },
        { 9000, 10000, u"Caller"_s, u"Five five five, oh one four two."_s },
        { 10000, 11000, u"Agent"_s, u"And the account number at the top of the letter?"_s },
        { 11000, 12000, u"Caller"_s, u"It's RH-20077."_s },
        // Not asked for any more: the same shape of words stays.
        { 12000, 13000, u"Caller"_s, u"Third of March was when it started."_s },
    });
    const RedactedExcerpt excerpt = ExcerptRedactor().redact(source);
    QCOMPARE(excerpt.segments.at(1).text, u"[name]. The card ends in [card number]."_s);
    QCOMPARE(excerpt.segments.at(3).text, u"[date of birth]."_s);
    QCOMPARE(excerpt.segments.at(5).text, u"[phone]."_s);
    QCOMPARE(excerpt.segments.at(7).text, u"It's [bank account]."_s);
    QCOMPARE(excerpt.segments.at(8).text, u"Third of March was when it started."_s);
    QCOMPARE(excerpt.segments.at(3).spans.constFirst().type, PiiType::DateOfBirth);
    QVERIFY(excerpt.segments.at(1).spans.constLast().confidence < 0.9);
}

void TestExcerptRedactor::unansweredQuestionRedactsNothing()
{
    const ExcerptSource source = call({
        { 0, 2000, u"Agent"_s, u"What's the card number?"_s },
        { 2000, 4000, u"Caller"_s, u"I don't have it with me"_s },
        { 4000, 6000, u"Agent"_s, u"Can I have your date of birth, please?"_s },
        { 6000, 8000, u"Caller"_s, u"Why do you need that?"_s },
        { 8000, 9000, u"Agent"_s, u"Let me check the fee for you."_s },
        { 9000, 10000, u"Caller"_s, u"It was 35 dollars on the fourth of November."_s },
    });
    const RedactedExcerpt excerpt = ExcerptRedactor().redact(source);
    for (qsizetype i = 0; i < source.segments.size(); ++i) {
        QCOMPARE(excerpt.segments.at(i).text, source.segments.at(i).text);
        QVERIFY(excerpt.segments.at(i).spans.isEmpty());
    }
}

void TestExcerptRedactor::companyFromGreeting()
{
    const ExcerptSource source = call({
        { 0, 2000, u"Agent"_s, u"Thanks for calling Zorbak, this is Dana."_s },
        { 2000, 4000, u"Caller"_s, u"Zorbak sent me the wrong part. Quentin said so."_s },
    });
    const RedactedExcerpt excerpt = ExcerptRedactor().redact(source);
    QCOMPARE(excerpt.segments.at(0).text, u"Thanks for calling Zorbak, this is Rep."_s);
    QCOMPARE(excerpt.segments.at(1).text, u"Zorbak sent me the wrong part. [name] said so."_s);
}

QTEST_GUILESS_MAIN(TestExcerptRedactor)
#include "TestExcerptRedactor.moc"
