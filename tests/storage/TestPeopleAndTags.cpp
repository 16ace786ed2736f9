// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/TagRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * Teams and reps are created on first sight and found again whatever the
 * case or surrounding spaces; the tag vocabulary is seeded with the guide's terms.
 */
class TestPeopleAndTags final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ensureTeamIsIdempotent_data();
    void ensureTeamIsIdempotent();
    void ensureRepIsIdempotent_data();
    void ensureRepIsIdempotent();
    void repGetsTeamLaterButKeepsFirst();
    void refusesBlankNames_data();
    void refusesBlankNames();
    void tagVocabulary();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPeopleAndTags::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"library.coachdb"_s));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_db = std::move(*db);
}

void TestPeopleAndTags::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestPeopleAndTags::ensureTeamIsIdempotent_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("same name") << u"Billing"_s << u"Billing"_s;
    QTest::newRow("other case") << u"Billing"_s << u"BILLING"_s;
    QTest::newRow("surrounding spaces") << u"Billing"_s << u"  billing\t"_s;
}

void TestPeopleAndTags::ensureTeamIsIdempotent()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    PeopleRepository people(*m_db);
    const auto a = people.ensureTeam(first);
    QVERIFY2(a, a ? "" : qPrintable(a.error().message()));
    const auto b = people.ensureTeam(second);
    QVERIFY(b);
    QCOMPARE(*b, *a);
    const auto other = people.ensureTeam(u"Retention"_s);
    QVERIFY(other);
    QVERIFY(*other != *a);
    const auto teams = people.teams();
    QVERIFY(teams);
    QCOMPARE(teams->size(), 2);
    QCOMPARE(teams->constFirst().name, first.trimmed()); // the first spelling is kept
}

void TestPeopleAndTags::ensureRepIsIdempotent_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("same name") << u"Dana Scully"_s << u"Dana Scully"_s;
    QTest::newRow("other case") << u"Dana Scully"_s << u"dana SCULLY"_s;
    QTest::newRow("surrounding spaces") << u"Dana Scully"_s << u" Dana Scully "_s;
}

void TestPeopleAndTags::ensureRepIsIdempotent()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    PeopleRepository people(*m_db);
    const auto a = people.ensureRep(first, {});
    QVERIFY2(a, a ? "" : qPrintable(a.error().message()));
    const auto b = people.ensureRep(second, {});
    QVERIFY(b);
    QCOMPARE(*b, *a);
    const auto reps = people.reps();
    QVERIFY(reps);
    QCOMPARE(reps->size(), 1);
    QCOMPARE(reps->constFirst().name, first);
}

void TestPeopleAndTags::repGetsTeamLaterButKeepsFirst()
{
    PeopleRepository people(*m_db);
    const auto rep = people.ensureRep(u"Fox"_s, {});
    QVERIFY(rep);
    QVERIFY(!people.reps()->constFirst().teamId.isValid());

    const TeamId tech = *people.ensureTeam(u"Tech"_s);
    QCOMPARE(*people.ensureRep(u"fox"_s, tech), *rep);
    QCOMPARE(people.reps()->constFirst().teamId, tech);

    // A rep's team is not moved by a later row naming another one.
    const TeamId billing = *people.ensureTeam(u"Billing"_s);
    QCOMPARE(*people.ensureRep(u"FOX"_s, billing), *rep);
    QCOMPARE(people.reps()->constFirst().teamId, tech);
    // Nor cleared by a row naming none.
    QCOMPARE(*people.ensureRep(u"Fox"_s, {}), *rep);
    QCOMPARE(people.reps()->constFirst().teamId, tech);
}

void TestPeopleAndTags::refusesBlankNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("tab and newline") << u"\t\n"_s;
}

void TestPeopleAndTags::refusesBlankNames()
{
    QFETCH(QString, name);
    PeopleRepository people(*m_db);
    const auto team = people.ensureTeam(name);
    QVERIFY(!team);
    QCOMPARE(team.error().code(), ErrorCode::InvalidInput);
    const auto rep = people.ensureRep(name, {});
    QVERIFY(!rep);
    QCOMPARE(rep.error().code(), ErrorCode::InvalidInput);
    QVERIFY(people.teams()->isEmpty());
    QVERIFY(people.reps()->isEmpty());
}

void TestPeopleAndTags::tagVocabulary()
{
    const auto tags = TagRepository(*m_db).all();
    QVERIFY2(tags, tags ? "" : qPrintable(tags.error().message()));
    QStringList checkpoints;
    QHash<QString, Tag> byKey;
    for (const Tag &tag : *tags) {
        QVERIFY(tag.id.isValid());
        QVERIFY2(!tag.label.isEmpty(), qPrintable(tag.key));
        QVERIFY2(tag.color.startsWith(u'#') && tag.color.size() == 7, qPrintable(tag.color));
        QVERIFY2(!byKey.contains(tag.key), qPrintable(tag.key));
        byKey.insert(tag.key, tag);
        if (tag.kind == TagKind::Checkpoint)
            checkpoints << tag.key;
    }
    // The five checkpoints, in the order a call goes through them.
    QCOMPARE(checkpoints, (QStringList{ u"checkpoint.greeting"_s, u"checkpoint.verification"_s,
                                        u"checkpoint.issue_summary"_s, u"checkpoint.resolution"_s,
                                        u"checkpoint.confirmation"_s }));
    QVERIFY(byKey.contains(u"off_script.effective"_s));
    QCOMPARE(byKey.value(u"off_script.effective"_s).kind, TagKind::OffScript);
    QVERIFY(byKey.contains(u"off_script.ineffective"_s));
    QCOMPARE(byKey.value(u"off_script.ineffective"_s).kind, TagKind::OffScript);
    QCOMPARE(byKey.value(u"pattern.empathy_bridge"_s).kind, TagKind::Pattern);
    QCOMPARE(byKey.value(u"anti.canned_empathy"_s).kind, TagKind::AntiPattern);
    QVERIFY(tags->size() >= 20); // later schemas may add tags of their own

    // A call with no annotations has no tags; an unknown call is not an error.
    const auto labels = TagRepository(*m_db).labelsForCall(CallId(1));
    QVERIFY(labels);
    QVERIFY(labels->isEmpty());
}

QTEST_GUILESS_MAIN(TestPeopleAndTags)
#include "TestPeopleAndTags.moc"
