// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "model/TagLabels.h"
#include "services/AnnotationImporter.h"
#include "storage/AnnotationRepository.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/TagRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * The built-in tags speak the user's language: the schema stores them in
 * English, and every repository reads them through TagLabels with libcoach's
 * own German catalogue installed. A label the user renamed stays theirs.
 */
class TestTagLabels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void everySeededTagHasItsLabel();
    void displayFollowsTheTranslator();
    void repositoriesShowTranslatedLabels();
    void renamedTagKeepsTheUsersName();
    void resolveAcceptsEveryLanguage();
    void filterFindsTheTranslatedLabel();
    void labelClashesWithTheTranslatedName();
    void importReadsEnglishLabels();

private:
    [[nodiscard]] Tag tagWithKey(const QString &key);

    QTranslator m_german;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTagLabels::initTestCase()
{
    QVERIFY2(m_german.load(u":/i18n/coachbench_de.qm"_s), "libcoach has no German catalogue");
    QVERIFY(QCoreApplication::installTranslator(&m_german));
}

void TestTagLabels::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_german);
}

void TestTagLabels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"library.coachdb"_s));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_db = std::move(*db);
}

void TestTagLabels::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Tag TestTagLabels::tagWithKey(const QString &key)
{
    const auto all = TagRepository(*m_db).all();
    if (!all)
        return {};
    for (const Tag &tag : *all) {
        if (tag.key == key)
            return tag;
    }
    return {};
}

// The table in TagLabels.cpp and the migrations' seed must agree word for word,
// or a seeded label would count as renamed and never be translated.
void TestTagLabels::everySeededTagHasItsLabel()
{
    QCoreApplication::removeTranslator(&m_german);
    const auto all = TagRepository(*m_db).all();
    QCoreApplication::installTranslator(&m_german);
    QVERIFY(all);
    int seeded = 0;
    for (const Tag &tag : *all) {
        if (tag.key.startsWith(u"custom."_s))
            continue;
        QCOMPARE(TagLabels::seeded(tag.key), tag.label);
        QVERIFY2(TagLabels::display(tag.key, tag.label) != tag.label, qPrintable(tag.key));
        ++seeded;
    }
    QCOMPARE(seeded, 22);
}

void TestTagLabels::displayFollowsTheTranslator()
{
    QCOMPARE(TagLabels::display(u"checkpoint.greeting", u"Greeting"_s), u"Begrüßung"_s);
    QCOMPARE(TagLabels::display(u"off_script.effective", u"Off-script — effective"_s),
             u"Abseits des Skripts — wirksam"_s);
    QCOMPARE(TagLabels::display(u"checkpoint.greeting", u"Hello phase"_s), u"Hello phase"_s);
    QCOMPARE(TagLabels::display(u"custom.greeting", u"Greeting"_s), u"Greeting"_s);
    QCOMPARE(TagLabels::seeded(u"custom.greeting"), QString());

    QCoreApplication::removeTranslator(&m_german);
    QCOMPARE(TagLabels::display(u"checkpoint.greeting", u"Greeting"_s), u"Greeting"_s);
    QCoreApplication::installTranslator(&m_german);
}

void TestTagLabels::repositoriesShowTranslatedLabels()
{
    QCOMPARE(tagWithKey(u"checkpoint.greeting"_s).label, u"Begrüßung"_s);
    QCOMPARE(tagWithKey(u"signal.angry_customer"_s).label, u"Verärgerter Kunde"_s);

    const auto calls = test::fillLibrary(*m_db, 1);
    QVERIFY(calls);
    Annotation note;
    note.call = calls->constFirst();
    note.startMs = 1000;
    note.endMs = 4000;
    note.tag = tagWithKey(u"pattern.empathy_bridge"_s).id;
    note.author = u"Test"_s;
    AnnotationRepository annotations(*m_db);
    QVERIFY(annotations.insert(note));
    const auto forCall = annotations.forCall(note.call);
    QVERIFY(forCall);
    QCOMPARE(forCall->size(), 1);
    QCOMPARE(forCall->constFirst().tagLabel, u"Empathiebrücke"_s);
    QCOMPARE(TagRepository(*m_db).labelsForCall(note.call).value(), QStringList{ u"Empathiebrücke"_s });
}

void TestTagLabels::renamedTagKeepsTheUsersName()
{
    TagRepository tags(*m_db);
    const Tag greeting = tagWithKey(u"checkpoint.greeting"_s);
    QVERIFY(tags.rename(greeting.id, u"Eröffnung"_s));
    QCOMPARE(tagWithKey(u"checkpoint.greeting"_s).label, u"Eröffnung"_s);
    QCOMPARE(tags.find(greeting.id).value()->label, u"Eröffnung"_s);
}

void TestTagLabels::resolveAcceptsEveryLanguage()
{
    TagRepository tags(*m_db);
    for (const QString &typed : { u"Begrüßung"_s, u"Greeting"_s, u"checkpoint.greeting"_s, u"begr"_s }) {
        const auto tag = tags.resolve(typed);
        QVERIFY2(tag, qPrintable(typed + u": "_s + (tag ? QString() : tag.error().message())));
        QCOMPARE(tag->key, u"checkpoint.greeting"_s);
        QCOMPARE(tag->label, u"Begrüßung"_s);
    }
    // A user's own tag called by a built-in tag's English name stays reachable by it.
    const auto own = tags.create(u"Greeting"_s, u"#123456"_s);
    QVERIFY(own);
    QCOMPARE(tags.resolve(u"Greeting"_s)->id, *own);
    QCOMPARE(tags.resolve(u"Begrüßung"_s)->key, u"checkpoint.greeting"_s);

    const auto yesAnd = tags.resolve(u"yes and"_s);
    QVERIFY(yesAnd);
    QCOMPARE(yesAnd->key, u"pattern.yes_and"_s);
}

void TestTagLabels::filterFindsTheTranslatedLabel()
{
    const auto calls = test::fillLibrary(*m_db, 3);
    QVERIFY(calls);
    Annotation note;
    note.call = calls->at(1);
    note.startMs = note.endMs = 2000;
    note.tag = tagWithKey(u"anti.missed_empathy"_s).id;
    note.author = u"Test"_s;
    QVERIFY(AnnotationRepository(*m_db).insert(note));

    CallQuery query;
    query.text = u"Gelegenheit"_s;
    const auto found = CallRepository(*m_db).list(query, 0, -1);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->constFirst().id, calls->at(1));
}

// A new tag may not take the name a built-in one shows, in the user's language.
void TestTagLabels::labelClashesWithTheTranslatedName()
{
    const auto created = TagRepository(*m_db).create(u"begrüßung"_s, u"#123456"_s);
    QVERIFY(!created);
    QCOMPARE(created.error().code(), ErrorCode::Duplicate);
    QVERIFY2(created.error().message().contains(u"Begrüßung"_s), qPrintable(created.error().message()));
}

// An Audacity label file written on an English desktop ("Greeting | …") imports
// on a German one: the seeded English label still names the built-in tag.
void TestTagLabels::importReadsEnglishLabels()
{
    const auto calls = test::fillLibrary(*m_db, 1);
    QVERIFY(calls);
    const QString path = m_dir->filePath(u"labels.txt"_s);
    QVERIFY(test::writeFile(path, "1.000000\t2.500000\tGreeting | warm start\n"
                                  "5.000000\t9.000000\tBegr\xc3\xbc\xc3\x9fung | second one\n"));
    const AnnotationImporter importer(*m_db);
    const auto prepared = importer.prepare(calls->constFirst(), path, AnnotationFormat::Kind::AudacityLabels, u"Test"_s);
    QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message()));
    QCOMPARE(prepared->annotations.size(), 2);
    for (const Annotation &a : prepared->annotations) {
        QCOMPARE(a.tagKey, u"checkpoint.greeting"_s);
        QCOMPARE(a.tagLabel, u"Begrüßung"_s);
    }
}

QTEST_GUILESS_MAIN(TestTagLabels)
#include "TestTagLabels.moc"
