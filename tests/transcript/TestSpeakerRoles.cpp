// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/TranscriptRepository.h"
#include "transcript/SpeakerRoles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

Q_DECLARE_METATYPE(coach::SpeakerRole)
Q_DECLARE_METATYPE(coach::AgentChannel)

/*
 * SpeakerRoles' rules one by one, and the roles' round trip through
 * TranscriptRepository on a real library file.
 */
class TestSpeakerRoles final : public QObject
{
    Q_OBJECT

private slots:
    void roleFor_data();
    void roleFor();
    void userRoleWins();
    void twoPartyRule();
    void storedRoles();
};

void TestSpeakerRoles::roleFor_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<AgentChannel>("channel");
    QTest::addColumn<SpeakerRole>("role");
    const auto unknown = AgentChannel::Unknown;
    QTest::newRow("Agent") << u"Agent"_s << unknown << SpeakerRole::Agent;
    QTest::newRow("AGENT 2") << u"AGENT 2"_s << unknown << SpeakerRole::Agent;
    QTest::newRow("rep") << u"rep"_s << unknown << SpeakerRole::Agent;
    QTest::newRow("Representative") << u"Representative"_s << unknown << SpeakerRole::Agent;
    QTest::newRow("known rep, full name") << u"dana scully"_s << unknown << SpeakerRole::Agent;
    QTest::newRow("known rep, first name") << u"Dana"_s << unknown << SpeakerRole::Agent;
    QTest::newRow("known rep, one word") << u"ChrisL"_s << unknown << SpeakerRole::Agent;
    QTest::newRow("Customer") << u"Customer"_s << unknown << SpeakerRole::Customer;
    QTest::newRow("caller_1") << u"caller_1"_s << unknown << SpeakerRole::Customer;
    QTest::newRow("Client") << u"Client"_s << unknown << SpeakerRole::Customer;
    QTest::newRow("a stranger") << u"Bob"_s << unknown << SpeakerRole::Unknown;
    QTest::newRow("Customer Service is not a customer") << u"Customer Service"_s << unknown << SpeakerRole::Unknown;
    QTest::newRow("ch_0, agent unknown") << u"ch_0"_s << unknown << SpeakerRole::Unknown;
    QTest::newRow("ch_0, agent left") << u"ch_0"_s << AgentChannel::Left << SpeakerRole::Agent;
    QTest::newRow("ch_1, agent left") << u"ch_1"_s << AgentChannel::Left << SpeakerRole::Customer;
    QTest::newRow("ch_1, agent right") << u"ch_1"_s << AgentChannel::Right << SpeakerRole::Agent;
    QTest::newRow("spk_0, agent right") << u"spk_0"_s << AgentChannel::Right << SpeakerRole::Customer;
    QTest::newRow("spk_2 is no channel") << u"spk_2"_s << AgentChannel::Left << SpeakerRole::Unknown;
}

void TestSpeakerRoles::roleFor()
{
    QFETCH(QString, label);
    QFETCH(AgentChannel, channel);
    QFETCH(SpeakerRole, role);
    const SpeakerRoles roles({ u"Dana Scully"_s, u"ChrisL"_s }, channel);
    QCOMPARE(roles.roleFor(label), role);
}

void TestSpeakerRoles::userRoleWins()
{
    SpeakerRoles roles({ u"Dana Scully"_s });
    roles.setRole(u"Dana"_s, SpeakerRole::Customer); // a customer who shares the rep's name
    QCOMPARE(roles.roleFor(u"Dana"_s), SpeakerRole::Customer);
    roles.setRole(u"Dana"_s, SpeakerRole::Unknown);
    QCOMPARE(roles.roleFor(u"Dana"_s), SpeakerRole::Agent);
}

void TestSpeakerRoles::twoPartyRule()
{
    Transcript transcript;
    transcript.segments = { { 0, 1, u"Dana"_s, u"Hello"_s }, { 1, 2, u"Bob"_s, u"Hi"_s }, { 2, 3, u"Dana"_s, u"So"_s },
                            { 3, 4, {}, u"(music)"_s } };
    const auto roles = SpeakerRoles({ u"Dana Scully"_s }).assign(transcript);
    QCOMPARE(roles.size(), 2);
    QCOMPARE(roles.value(u"Dana"_s), SpeakerRole::Agent);
    QCOMPARE(roles.value(u"Bob"_s), SpeakerRole::Customer);
    // Three voices: nothing is inferred.
    const auto three = SpeakerRoles({ u"Dana Scully"_s }).assign(QStringList{ u"Dana"_s, u"Bob"_s, u"Eve"_s });
    QCOMPARE(three.value(u"Bob"_s), SpeakerRole::Unknown);
    QCOMPARE(SpeakerRoles::fromString(SpeakerRoles::toString(SpeakerRole::Customer)), SpeakerRole::Customer);
}

void TestSpeakerRoles::storedRoles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = Database::open(dir.filePath(u"library.coachdb"_s));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    const auto call = CallRepository(**db).insert(test::sampleCall(1));
    QVERIFY(call);
    TranscriptRepository transcripts(**db);

    // No transcript yet: no roles, and setting one says why it cannot.
    QVERIFY(transcripts.speakerRoles(*call)->isEmpty());
    const auto early = transcripts.setSpeakerRole(*call, u"Dana"_s, SpeakerRole::Agent);
    QVERIFY(!early);
    QCOMPARE(early.error().code(), ErrorCode::NotFound);
    QVERIFY2(early.error().message().contains(u"no transcript"_s), qPrintable(early.error().message()));

    Transcript transcript;
    transcript.format = u"srt"_s;
    transcript.segments = { { 0, 1, u"Dana"_s, u"Hello"_s }, { 1, 2, u"spk_1"_s, u"Hi"_s } };
    QVERIFY(transcripts.store(*call, transcript));
    auto roles = transcripts.speakerRoles(*call);
    QVERIFY(roles);
    QCOMPARE(roles->size(), 2);
    QCOMPARE(roles->value(u"Dana"_s), SpeakerRole::Unknown);

    QVERIFY(transcripts.setSpeakerRole(*call, u"Dana"_s, SpeakerRole::Agent));
    QVERIFY(transcripts.setSpeakerRole(*call, u"spk_1"_s, SpeakerRole::Customer));
    roles = transcripts.speakerRoles(*call);
    QCOMPARE(roles->value(u"Dana"_s), SpeakerRole::Agent);
    QCOMPARE(roles->value(u"spk_1"_s), SpeakerRole::Customer);

    const auto stranger = transcripts.setSpeakerRole(*call, u"Eve"_s, SpeakerRole::Agent);
    QVERIFY(!stranger);
    QVERIFY2(stranger.error().message().contains(u"Eve"_s), qPrintable(stranger.error().message()));

    // Replacing the transcript starts its speakers afresh.
    QVERIFY(transcripts.store(*call, transcript));
    QCOMPARE(transcripts.speakerRoles(*call)->value(u"Dana"_s), SpeakerRole::Unknown);
}

QTEST_GUILESS_MAIN(TestSpeakerRoles)
#include "TestSpeakerRoles.moc"
