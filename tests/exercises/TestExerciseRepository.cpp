// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseFixture.h"

#include "storage/ExerciseRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace coach;
using namespace Qt::Literals::StringLiterals;

class TestExerciseRepository final : public QObject
{
    Q_OBJECT

private:
    static Exercise sample(CallId call, ExercisePattern pattern, const QDate &date)
    {
        Exercise e;
        e.call = call;
        e.range = { 4000, 30000 };
        e.pattern = pattern;
        e.scheduledFor = date;
        e.title = u"Double charge"_s;
        e.instructions = u"Rewrite the rep's answer."_s;
        e.excerpt = {
            { 4000, 12000, SpeakerRole::Customer, u"Customer"_s, u"I was charged twice, [card number]."_s },
            { 24000, 30000, SpeakerRole::Agent, u"Rep"_s, u"There is nothing I can do about it."_s },
        };
        e.targetTurn = 1;
        e.corrections = { { 1, 3, 8, u"name"_s, true }, { 3, 0, 4, u"phone"_s, false } };
        return e;
    }

private slots:
    void createFindUpdate()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        ExerciseRepository repo(*fixture.db);
        const Exercise e = sample(fixture.withTranscript, ExercisePattern::EmpathyBridge, QDate(2026, 11, 30));
        const auto id = repo.insert(e);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message()));
        const auto found = repo.find(*id);
        QVERIFY(found && found->has_value());
        const Exercise &f = **found;
        QCOMPARE(f.call, fixture.withTranscript);
        QCOMPARE(f.range, e.range);
        QCOMPARE(f.pattern, ExercisePattern::EmpathyBridge);
        QCOMPARE(f.scheduledFor, QDate(2026, 11, 30));
        QCOMPARE(f.title, e.title);
        QCOMPARE(f.instructions, e.instructions);
        QCOMPARE(f.excerpt.size(), 2);
        QCOMPARE(f.excerpt.at(0).text, u"I was charged twice, [card number]."_s);
        QCOMPARE(f.excerpt.at(1).role, SpeakerRole::Agent);
        QCOMPARE(f.excerpt.at(1).speaker, u"Rep"_s);
        QCOMPARE(f.excerpt.at(1).startMs, 24000);
        QCOMPARE(f.targetTurn, 1);
        QCOMPARE(f.corrections, e.corrections);
        QCOMPARE(f.status, ExerciseStatus::Draft);
        QVERIFY(f.createdAt.isValid());

        // The pattern is stored as the schema's tag, so annotations and exercises share the vocabulary.
        QSqlQuery q(fixture.db->connection());
        QVERIFY(q.exec(u"SELECT g.key FROM exercises e JOIN tags g ON g.id = e.pattern_tag_id"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"pattern.empathy_bridge"_s);

        Exercise changed = f;
        changed.pattern = ExercisePattern::PauseButton;
        changed.scheduledFor = QDate(2026, 12, 7);
        changed.instructions = u"Use the pause button."_s;
        changed.targetTurn = 0;
        changed.corrections.clear();
        const auto updated = repo.update(changed);
        QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message()));
        QVERIFY(repo.setStatus(*id, ExerciseStatus::Ready));
        QVERIFY(repo.setHandoutPath(*id, u"/tmp/handout.pdf"_s));
        const auto again = repo.find(*id);
        QCOMPARE((*again)->pattern, ExercisePattern::PauseButton);
        QCOMPARE((*again)->scheduledFor, QDate(2026, 12, 7));
        QCOMPARE((*again)->instructions, u"Use the pause button."_s);
        QCOMPARE((*again)->targetTurn, 0);
        QVERIFY((*again)->corrections.isEmpty());
        QCOMPARE((*again)->status, ExerciseStatus::Ready);
        QCOMPARE((*again)->handoutPath, u"/tmp/handout.pdf"_s);
    }

    void refusesBadInput()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        ExerciseRepository repo(*fixture.db);
        Exercise e = sample(fixture.withTranscript, ExercisePattern::YesAnd, QDate(2026, 11, 30));
        e.targetTurn = 5;
        const auto outside = repo.insert(e);
        QVERIFY(!outside);
        QCOMPARE(outside.error().code(), ErrorCode::InvalidInput);
        QVERIFY(outside.error().message().contains(u"exercises.coachdb"_s));

        e = sample(fixture.withTranscript, ExercisePattern::YesAnd, QDate(2026, 11, 30));
        e.id = ExerciseId(999);
        const auto missing = repo.update(e);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);

        const auto noText = repo.addRewrite({ {}, ExerciseId(1), {}, {}, u"   "_s, false, {} });
        QVERIFY(!noText);
        QCOMPARE(noText.error().code(), ErrorCode::InvalidInput);
    }

    void rewritesAndBest()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        ExerciseRepository repo(*fixture.db);
        const auto id = repo.insert(sample(fixture.withTranscript, ExercisePattern::YesAnd, QDate(2026, 11, 30)));
        QVERIFY(id);
        const auto first = repo.addRewrite({ {}, *id, fixture.repId, {}, u"Yes, and let me fix that now."_s, false, {} });
        const auto second = repo.addRewrite({ {}, *id, {}, {}, u"I hear you; here is what I can do."_s, false, {} });
        QVERIFY(first && second);

        auto list = repo.rewrites(*id);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).repName, u"Dana Scully"_s);
        QVERIFY(!list->at(1).rep.isValid());
        QVERIFY(!list->at(0).best && !list->at(1).best);

        QVERIFY(repo.markBest(*first));
        QVERIFY(repo.markBest(*second)); // moves the mark: one best at a time
        list = repo.rewrites(*id);
        QVERIFY(!list->at(0).best);
        QVERIFY(list->at(1).best);

        ExerciseRewrite edited = list->at(0);
        edited.text = u"Yes, and I will refund it today."_s;
        QVERIFY(repo.updateRewrite(edited));
        QCOMPARE(repo.rewrites(*id)->at(0).text, edited.text);
        QCOMPARE(repo.rewriteCounts()->value(*id), 2);

        QVERIFY(repo.clearBest(*id));
        QVERIFY(!repo.rewrites(*id)->at(1).best);
        QVERIFY(repo.removeRewrite(*first));
        QCOMPARE(repo.rewrites(*id)->size(), 1);
        QVERIFY(!repo.markBest(RewriteId(12345)));

        // An exercise's rewrites go with it.
        QVERIFY(repo.remove(*id));
        QVERIFY(repo.rewrites(*id)->isEmpty());
        QVERIFY(!repo.find(*id)->has_value());
    }

    void historyByPatternAndWeek()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        ExerciseRepository repo(*fixture.db);
        const auto a = repo.insert(sample(fixture.withTranscript, ExercisePattern::YesAnd, QDate(2026, 11, 16)));
        const auto b = repo.insert(sample(fixture.withTranscript, ExercisePattern::EmpathyBridge, QDate(2026, 11, 23)));
        const auto c = repo.insert(sample(fixture.withTranscript, ExercisePattern::YesAnd, QDate(2026, 11, 30)));
        Exercise undated = sample(fixture.withTranscript, ExercisePattern::PauseButton, QDate());
        const auto d = repo.insert(undated);
        QVERIFY(a && b && c && d);

        const auto all = repo.history();
        QCOMPARE(all->size(), 4);
        // Undated drafts first, then newest date first.
        QCOMPARE(all->at(0).id, *d);
        QCOMPARE(all->at(1).id, *c);
        QCOMPARE(all->at(2).id, *b);
        QCOMPARE(all->at(3).id, *a);

        const auto yesAnd = repo.history({ ExercisePattern::YesAnd, {}, {} });
        QCOMPARE(yesAnd->size(), 2);
        QCOMPARE(yesAnd->at(0).id, *c);
        QCOMPARE(yesAnd->at(1).id, *a);

        const auto week = repo.history({ std::nullopt, QDate(2026, 11, 23), QDate(2026, 11, 29) });
        QCOMPARE(week->size(), 1);
        QCOMPARE(week->at(0).id, *b);

        QVERIFY(repo.history({ ExercisePattern::LayeredQuestioning, {}, {} })->isEmpty());
        QVERIFY(repo.history({ ExercisePattern::YesAnd, QDate(2026, 11, 23), QDate(2026, 11, 29) })->isEmpty());
    }

    void deletedCallKeepsExercise()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        ExerciseRepository repo(*fixture.db);
        const auto id = repo.insert(sample(fixture.withoutTranscript, ExercisePattern::YesAnd, QDate(2026, 11, 30)));
        QVERIFY(id);
        QSqlQuery q(fixture.db->connection());
        q.prepare(u"DELETE FROM calls WHERE id = ?"_s);
        q.addBindValue(fixture.withoutTranscript.value());
        QVERIFY(q.exec());
        const auto found = repo.find(*id);
        QVERIFY(found->has_value());
        QVERIFY(!(*found)->call.isValid());
        QCOMPARE((*found)->excerpt.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestExerciseRepository)
#include "TestExerciseRepository.moc"
