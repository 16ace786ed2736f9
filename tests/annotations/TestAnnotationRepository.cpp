// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "storage/AnnotationRepository.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/TagRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * AnnotationRepository on a real library file: what is stored comes back,
 * removal can be undone under the same id, a call's annotations come in time
 * order with their tags and go when the call goes.
 */
class TestAnnotationRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void forCallIsInTimeOrderWithTags();
    void updateStampsUpdatedAt();
    void removeThenRestoreKeepsTheId();
    void restoreRefusesAnIdInUse();
    void refusesBadTimes_data();
    void refusesBadTimes();
    void unknownCallOrTagIsNotFound();
    void missingIdIsNotFound();
    void deletingTheCallDeletesItsAnnotations();
    void allIsByCallThenStart();

private:
    [[nodiscard]] Annotation make(CallId call, qint64 start, qint64 end, const QString &tagKey = {},
                                  const QString &comment = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QList<CallId> m_calls;
    QHash<QString, Tag> m_tags;
};

void TestAnnotationRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"library.coachdb"_s));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_db = std::move(*db);
    auto calls = test::fillLibrary(*m_db, 3);
    QVERIFY2(calls, calls ? "" : qPrintable(calls.error().message()));
    m_calls = *calls;
    const auto tags = TagRepository(*m_db).all();
    QVERIFY(tags);
    m_tags.clear();
    for (const Tag &tag : *tags)
        m_tags.insert(tag.key, tag);
}

void TestAnnotationRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Annotation TestAnnotationRepository::make(CallId call, qint64 start, qint64 end, const QString &tagKey,
                                          const QString &comment) const
{
    Annotation a;
    a.call = call;
    a.startMs = start;
    a.endMs = end;
    a.tag = tagKey.isEmpty() ? TagId() : m_tags.value(tagKey).id;
    a.comment = comment;
    a.author = u"Ana"_s;
    return a;
}

void TestAnnotationRepository::roundTrip_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<QString>("tagKey");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<bool>("suggested");
    QTest::newRow("moment with tag") << qint64(83'200) << qint64(83'200) << u"checkpoint.greeting"_s << QString() << false;
    QTest::newRow("region, comment") << qint64(0) << qint64(95'000) << u"anti.boundary_promise"_s
                                     << u"promised a refund, “today”, 100%"_s << false;
    QTest::newRow("no tag, plain comment") << qint64(5) << qint64(6) << QString() << u"Müller — follow up\nline 2"_s
                                           << false;
    QTest::newRow("suggested") << qint64(1000) << qint64(2000) << u"pattern.empathy_bridge"_s << QString() << true;
}

void TestAnnotationRepository::roundTrip()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(QString, tagKey);
    QFETCH(QString, comment);
    QFETCH(bool, suggested);
    AnnotationRepository repository(*m_db);
    Annotation a = make(m_calls.at(1), start, end, tagKey, comment);
    a.suggested = suggested;
    const auto id = repository.insert(a);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message()));
    QVERIFY(id->isValid());
    const auto found = repository.find(*id);
    QVERIFY(found && found->has_value());
    const Annotation &b = **found;
    QCOMPARE(b.id, *id);
    QCOMPARE(b.call, a.call);
    QCOMPARE(b.startMs, start);
    QCOMPARE(b.endMs, end);
    QCOMPARE(b.tag, a.tag);
    QCOMPARE(b.tagKey, tagKey);
    QCOMPARE(b.tagLabel, tagKey.isEmpty() ? QString() : m_tags.value(tagKey).label);
    QCOMPARE(b.tagColor, tagKey.isEmpty() ? QString() : m_tags.value(tagKey).color);
    QCOMPARE(b.comment, comment);
    QCOMPARE(b.author, u"Ana"_s);
    QCOMPARE(b.suggested, suggested);
    QVERIFY(b.createdAt.isValid());
    QCOMPARE(b.updatedAt, b.createdAt);
    QVERIFY(qAbs(b.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestAnnotationRepository::forCallIsInTimeOrderWithTags()
{
    AnnotationRepository repository(*m_db);
    const QList<Annotation> input{
        make(m_calls.at(0), 50'000, 60'000, u"pattern.yes_and"_s),
        make(m_calls.at(0), 10'000, 10'000, u"checkpoint.greeting"_s),
        make(m_calls.at(1), 1'000, 1'000, u"checkpoint.greeting"_s), // another call
        make(m_calls.at(0), 10'000, 20'000, QString(), u"region at the same start"_s),
        make(m_calls.at(0), 30'000, 30'000, u"anti.missed_empathy"_s),
    };
    for (const Annotation &a : input)
        QVERIFY(repository.insert(a));
    const auto list = repository.forCall(m_calls.at(0));
    QVERIFY(list);
    QCOMPARE(list->size(), 4);
    QList<qint64> starts;
    QStringList keys;
    for (const Annotation &a : *list) {
        starts << a.startMs;
        keys << a.tagKey;
        QCOMPARE(a.call, m_calls.at(0));
    }
    QCOMPARE(starts, (QList<qint64>{ 10'000, 10'000, 30'000, 50'000 }));
    QCOMPARE(keys, (QStringList{ u"checkpoint.greeting"_s, QString(), u"anti.missed_empathy"_s, u"pattern.yes_and"_s }));
    QCOMPARE(list->at(0).tagLabel, u"Greeting"_s);
    QVERIFY(list->at(0).tagColor.startsWith(u'#'));
    QVERIFY(list->at(1).tagLabel.isEmpty());
    QVERIFY(repository.forCall(m_calls.at(2))->isEmpty());
}

void TestAnnotationRepository::updateStampsUpdatedAt()
{
    AnnotationRepository repository(*m_db);
    Annotation a = make(m_calls.at(0), 1000, 2000, u"pattern.yes_and"_s, u"first"_s);
    // Made an hour ago (as an import keeps a file's times), so "now" is visibly later.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-3600);
    a.createdAt = before;
    a.updatedAt = before;
    const auto id = repository.insert(a);
    QVERIFY(id);
    Annotation stored = **repository.find(*id);
    QCOMPARE(stored.createdAt.toSecsSinceEpoch(), before.toSecsSinceEpoch());
    QCOMPARE(stored.updatedAt.toSecsSinceEpoch(), before.toSecsSinceEpoch());

    stored.startMs = 1500;
    stored.endMs = 4000;
    stored.comment = u"moved and edited"_s;
    stored.tag = m_tags.value(u"pattern.pause_button"_s).id;
    stored.suggested = true;
    const auto updated = repository.update(stored);
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message()));
    const Annotation after = **repository.find(*id);
    QCOMPARE(after.startMs, 1500);
    QCOMPARE(after.endMs, 4000);
    QCOMPARE(after.comment, u"moved and edited"_s);
    QCOMPARE(after.tagKey, u"pattern.pause_button"_s);
    QVERIFY(after.suggested);
    QCOMPARE(after.createdAt.toSecsSinceEpoch(), before.toSecsSinceEpoch());
    QVERIFY(after.updatedAt > before);
    QVERIFY(qAbs(after.updatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // Clearing the tag makes it a plain comment.
    stored.tag = TagId();
    QVERIFY(repository.update(stored));
    QVERIFY(repository.find(*id)->value().tagKey.isEmpty());
}

void TestAnnotationRepository::removeThenRestoreKeepsTheId()
{
    AnnotationRepository repository(*m_db);
    const auto first = repository.insert(make(m_calls.at(0), 1000, 1000, u"checkpoint.greeting"_s, u"a"_s));
    const auto second = repository.insert(make(m_calls.at(0), 2000, 3000, u"pattern.yes_and"_s, u"b"_s));
    QVERIFY(first && second);
    const Annotation removed = **repository.find(*first);
    QVERIFY(repository.remove(*first));
    QVERIFY(!repository.find(*first)->has_value());
    QCOMPARE(repository.forCall(m_calls.at(0))->size(), 1);
    // Something else is added meanwhile: it must not take the removed id.
    const auto third = repository.insert(make(m_calls.at(0), 5000, 5000));
    QVERIFY(third);
    QVERIFY(*third != *first);

    const auto restored = repository.restore(removed);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message()));
    const Annotation back = **repository.find(*first);
    QCOMPARE(back.id, removed.id);
    QCOMPARE(back.startMs, removed.startMs);
    QCOMPARE(back.tagKey, removed.tagKey);
    QCOMPARE(back.comment, removed.comment);
    QCOMPARE(back.createdAt, removed.createdAt);
    QCOMPARE(back.updatedAt, removed.updatedAt);
    QCOMPARE(repository.forCall(m_calls.at(0))->size(), 3);
}

void TestAnnotationRepository::restoreRefusesAnIdInUse()
{
    AnnotationRepository repository(*m_db);
    const auto id = repository.insert(make(m_calls.at(0), 1000, 1000));
    QVERIFY(id);
    const auto again = repository.restore(**repository.find(*id));
    QVERIFY(!again);
    QCOMPARE(again.error().code(), ErrorCode::Duplicate);
    QVERIFY(!repository.restore(make(m_calls.at(0), 1, 1))); // never stored: no id
}

void TestAnnotationRepository::refusesBadTimes_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::newRow("negative start") << qint64(-1) << qint64(10);
    QTest::newRow("end before start") << qint64(2000) << qint64(1999);
}

void TestAnnotationRepository::refusesBadTimes()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    AnnotationRepository repository(*m_db);
    const auto id = repository.insert(make(m_calls.at(0), start, end));
    QVERIFY(!id);
    QCOMPARE(id.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(id.error().message().contains(u"library.coachdb"_s), qPrintable(id.error().message()));
    const auto good = repository.insert(make(m_calls.at(0), 0, 0));
    QVERIFY(good);
    Annotation a = **repository.find(*good);
    a.startMs = start;
    a.endMs = end;
    QVERIFY(!repository.update(a));
    QCOMPARE(repository.find(*good)->value().startMs, 0);
}

void TestAnnotationRepository::unknownCallOrTagIsNotFound()
{
    AnnotationRepository repository(*m_db);
    auto id = repository.insert(make(CallId(9999), 0, 0));
    QVERIFY(!id);
    QCOMPARE(id.error().code(), ErrorCode::NotFound);
    QVERIFY2(id.error().message().contains(u"9999"_s), qPrintable(id.error().message()));
    Annotation a = make(m_calls.at(0), 0, 0);
    a.tag = TagId(4242);
    id = repository.insert(a);
    QVERIFY(!id);
    QCOMPARE(id.error().code(), ErrorCode::NotFound);
}

void TestAnnotationRepository::missingIdIsNotFound()
{
    AnnotationRepository repository(*m_db);
    Annotation a = make(m_calls.at(0), 0, 0);
    a.id = AnnotationId(777);
    const auto updated = repository.update(a);
    QVERIFY(!updated);
    QCOMPARE(updated.error().code(), ErrorCode::NotFound);
    const auto removed = repository.remove(AnnotationId(777));
    QVERIFY(!removed);
    QCOMPARE(removed.error().code(), ErrorCode::NotFound);
    QVERIFY(!repository.find(AnnotationId(777))->has_value());
}

void TestAnnotationRepository::deletingTheCallDeletesItsAnnotations()
{
    AnnotationRepository repository(*m_db);
    QVERIFY(repository.insert(make(m_calls.at(0), 0, 1000, u"pattern.yes_and"_s)));
    QVERIFY(repository.insert(make(m_calls.at(0), 2000, 2000)));
    QVERIFY(repository.insert(make(m_calls.at(1), 0, 0)));
    {
        // No repository deletes calls yet; the schema's cascade is what is under test.
        QSqlQuery q(m_db->connection());
        q.prepare(u"DELETE FROM calls WHERE id = ?"_s);
        q.addBindValue(m_calls.at(0).value());
        QVERIFY(q.exec());
    }
    QVERIFY(repository.forCall(m_calls.at(0))->isEmpty());
    QCOMPARE(repository.forCall(m_calls.at(1))->size(), 1);
    QCOMPARE(repository.all()->size(), 1);
    QVERIFY(m_db->checkIntegrity()->isEmpty());
}

void TestAnnotationRepository::allIsByCallThenStart()
{
    AnnotationRepository repository(*m_db);
    QVERIFY(repository.insert(make(m_calls.at(2), 5, 5)));
    QVERIFY(repository.insert(make(m_calls.at(0), 9, 9)));
    QVERIFY(repository.insert(make(m_calls.at(2), 1, 1)));
    QVERIFY(repository.insert(make(m_calls.at(0), 3, 3)));
    const auto all = repository.all();
    QVERIFY(all);
    QList<std::pair<qint64, qint64>> order;
    for (const Annotation &a : *all)
        order.append({ a.call.value(), a.startMs });
    QList<std::pair<qint64, qint64>> expected{ { m_calls.at(0).value(), 3 }, { m_calls.at(0).value(), 9 },
                                               { m_calls.at(2).value(), 1 }, { m_calls.at(2).value(), 5 } };
    QCOMPARE(order, expected);
}

QTEST_GUILESS_MAIN(TestAnnotationRepository)
#include "TestAnnotationRepository.moc"
