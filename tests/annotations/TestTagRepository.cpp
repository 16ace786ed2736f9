// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/TagRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * The user's own tags and the one-key shortcuts of every tag: labels and
 * shortcuts stay unique, playback's keys are refused, the seeded defaults exist.
 */
class TestTagRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void seededShortcutsAreUniqueAndFree();
    void createCustomTag();
    void createRefuses_data();
    void createRefuses();
    void keysStayUniqueAcrossSimilarLabels();
    void renameAndRecolour();
    void setShortcutMovesNothingSilently();
    void resolve_data();
    void resolve();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTagRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"library.coachdb"_s));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_db = std::move(*db);
}

void TestTagRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestTagRepository::seededShortcutsAreUniqueAndFree()
{
    TagRepository tags(*m_db);
    const auto shortcuts = tags.shortcuts();
    QVERIFY(shortcuts);
    QVERIFY(shortcuts->size() >= 15);
    QSet<QString> seen;
    for (const QString &key : *shortcuts) {
        QCOMPARE(key.size(), 1);
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        QVERIFY2(!QStringView(u" JKL+-").contains(key.at(0)), qPrintable(key));
        QVERIFY2(tags.normalizeShortcut(key).has_value(), qPrintable(key));
    }
    const auto all = tags.all();
    QVERIFY(all);
    QHash<QString, TagId> byKey;
    for (const Tag &tag : *all)
        byKey.insert(tag.key, tag.id);
    // The five checkpoints on 1–5, in the guide's order.
    const QStringList checkpoints{ u"checkpoint.greeting"_s, u"checkpoint.verification"_s,
                                   u"checkpoint.issue_summary"_s, u"checkpoint.resolution"_s,
                                   u"checkpoint.confirmation"_s };
    for (int i = 0; i < checkpoints.size(); ++i)
        QCOMPARE(shortcuts->value(byKey.value(checkpoints.at(i))), QString::number(i + 1));
    QCOMPARE(shortcuts->value(byKey.value(u"pattern.empathy_bridge"_s)), u"E"_s);
}

void TestTagRepository::createCustomTag()
{
    TagRepository tags(*m_db);
    const auto id = tags.create(u"  Escalation,   handled well "_s, u"#AABBCC"_s, u"z"_s);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message()));
    const auto tag = tags.find(*id);
    QVERIFY(tag && tag->has_value());
    QCOMPARE((*tag)->label, u"Escalation, handled well"_s);
    QCOMPARE((*tag)->key, u"custom.escalation_handled_well"_s);
    QCOMPARE((*tag)->kind, TagKind::Custom);
    QCOMPARE((*tag)->color, u"#aabbcc"_s);
    QCOMPARE(tags.shortcuts()->value(*id), u"Z"_s);
    // Custom tags come after the vocabulary.
    QCOMPARE(tags.all()->constLast().id, *id);
    // Without a shortcut.
    const auto other = tags.create(u"Hold too long"_s, u"#123456"_s);
    QVERIFY(other);
    QVERIFY(!tags.shortcuts()->contains(*other));
}

void TestTagRepository::createRefuses_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("color");
    QTest::addColumn<QString>("shortcut");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("blank label") << u"   "_s << u"#000000"_s << QString() << ErrorCode::InvalidInput;
    QTest::newRow("builtin label, other case") << u"EMPATHY BRIDGE"_s << u"#000000"_s << QString() << ErrorCode::Duplicate;
    QTest::newRow("bar in label") << u"a | b"_s << u"#000000"_s << QString() << ErrorCode::InvalidInput;
    QTest::newRow("bad colour") << u"Fine"_s << u"red"_s << QString() << ErrorCode::InvalidInput;
    QTest::newRow("shortcut taken") << u"Fine"_s << u"#000000"_s << u"1"_s << ErrorCode::Duplicate;
    QTest::newRow("shortcut taken, other case") << u"Fine"_s << u"#000000"_s << u"e"_s << ErrorCode::Duplicate;
    QTest::newRow("playback key J") << u"Fine"_s << u"#000000"_s << u"j"_s << ErrorCode::InvalidInput;
    QTest::newRow("space") << u"Fine"_s << u"#000000"_s << u" "_s << ErrorCode::InvalidInput;
    QTest::newRow("two keys") << u"Fine"_s << u"#000000"_s << u"ab"_s << ErrorCode::InvalidInput;
}

void TestTagRepository::createRefuses()
{
    QFETCH(QString, label);
    QFETCH(QString, color);
    QFETCH(QString, shortcut);
    QFETCH(ErrorCode, code);
    TagRepository tags(*m_db);
    const qsizetype before = tags.all()->size();
    const auto id = tags.create(label, color, shortcut);
    QVERIFY(!id);
    QCOMPARE(id.error().code(), code);
    QVERIFY(!id.error().message().isEmpty());
    QCOMPARE(tags.all()->size(), before);
}

void TestTagRepository::keysStayUniqueAcrossSimilarLabels()
{
    TagRepository tags(*m_db);
    const auto a = tags.create(u"Tone shift"_s, u"#000000"_s);
    QVERIFY(a);
    QVERIFY(tags.rename(*a, u"Tone shift (old)"_s));
    const auto b = tags.create(u"Tone shift"_s, u"#000000"_s);
    QVERIFY2(b, b ? "" : qPrintable(b.error().message()));
    QCOMPARE((*tags.find(*a))->key, u"custom.tone_shift"_s); // keys never change
    QCOMPARE((*tags.find(*b))->key, u"custom.tone_shift_2"_s);
}

void TestTagRepository::renameAndRecolour()
{
    TagRepository tags(*m_db);
    const auto id = tags.create(u"Upsell"_s, u"#000000"_s);
    QVERIFY(id);
    QVERIFY(tags.rename(*id, u"Upsell attempt"_s));
    QVERIFY(tags.setColor(*id, u"#FF8800"_s));
    const Tag tag = **tags.find(*id);
    QCOMPARE(tag.label, u"Upsell attempt"_s);
    QCOMPARE(tag.color, u"#ff8800"_s);
    // Its own label in another case is not a clash; another tag's is.
    QVERIFY(tags.rename(*id, u"UPSELL ATTEMPT"_s));
    const auto clash = tags.rename(*id, u"greeting"_s);
    QVERIFY(!clash);
    QCOMPARE(clash.error().code(), ErrorCode::Duplicate);
    QVERIFY(!tags.setColor(*id, u"#12345"_s));
    const auto missing = tags.rename(TagId(999), u"Whatever"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);
}

void TestTagRepository::setShortcutMovesNothingSilently()
{
    TagRepository tags(*m_db);
    const auto id = tags.create(u"Upsell"_s, u"#000000"_s, u"9"_s);
    QVERIFY(id);
    const auto taken = tags.setShortcut(*id, u"1"_s);
    QVERIFY(!taken);
    QCOMPARE(taken.error().code(), ErrorCode::Duplicate);
    QVERIFY2(taken.error().message().contains(u"Greeting"_s), qPrintable(taken.error().message()));
    QCOMPARE(tags.shortcuts()->value(*id), u"9"_s);
    QVERIFY(tags.setShortcut(*id, u"9"_s)); // its own: fine
    QVERIFY(tags.setShortcut(*id, u"v"_s));
    QCOMPARE(tags.shortcuts()->value(*id), u"V"_s);
    QVERIFY(tags.setShortcut(*id, QString()));
    QVERIFY(!tags.shortcuts()->contains(*id));
    // A freed key can be given to another tag.
    const auto greeting = tags.resolve(u"checkpoint.greeting"_s);
    QVERIFY(greeting);
    QVERIFY(tags.setShortcut(greeting->id, QString()));
    QVERIFY(tags.setShortcut(*id, u"1"_s));
    QCOMPARE(tags.shortcuts()->value(*id), u"1"_s);
}

void TestTagRepository::resolve_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key"); // empty: must fail
    QTest::newRow("key") << u"checkpoint.greeting"_s << u"checkpoint.greeting"_s;
    QTest::newRow("label, other case") << u"EMPATHY bridge"_s << u"pattern.empathy_bridge"_s;
    QTest::newRow("unique prefix") << u"paraph"_s << u"pattern.paraphrase_confirm"_s;
    QTest::newRow("punctuation ignored") << u"yes and"_s << u"pattern.yes_and"_s;
    QTest::newRow("words of a label") << u"boundary breach promise"_s << u"anti.boundary_promise"_s;
    QTest::newRow("exact beats longer label") << u"canned empathy"_s << u"anti.canned_empathy"_s;
    QTest::newRow("ambiguous prefix") << u"boundary"_s << QString();
    QTest::newRow("unknown") << u"nonsense"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestTagRepository::resolve()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    const auto tag = TagRepository(*m_db).resolve(text);
    if (key.isEmpty()) {
        QVERIFY(!tag);
        QVERIFY(!tag.error().message().isEmpty());
    } else {
        QVERIFY2(tag, tag ? "" : qPrintable(tag.error().message()));
        QCOMPARE(tag->key, key);
    }
}

QTEST_GUILESS_MAIN(TestTagRepository)
#include "TestTagRepository.moc"
