// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseFixture.h"

#include "services/ExerciseBuilder.h"
#include "storage/RedactionTermRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace coach;
using namespace Qt::Literals::StringLiterals;

/*
 * The library's redaction list (schema 5): two lists kept apart, trimmed,
 * without repeats, replaced whole; and what the exercise builder makes of it.
 */
class TestRedactionTermRepository final : public QObject
{
    Q_OBJECT

private slots:
    void storesBothListsApart()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        RedactionTermRepository terms(*fixture.db);
        QCOMPARE(*terms.terms(RedactionTermRepository::Kind::AlwaysRedact), QStringList());
        QVERIFY(terms.setTerms(RedactionTermRepository::Kind::AlwaysRedact,
                               { u"  Zebulon  "_s, u""_s, u"Quentin   Zabrowski"_s, u"zebulon"_s, u"   "_s }));
        QVERIFY(terms.setTerms(RedactionTermRepository::Kind::NeverRedact, { u"Acme"_s }));
        QCOMPARE(*terms.terms(RedactionTermRepository::Kind::AlwaysRedact),
                 (QStringList{ u"Zebulon"_s, u"Quentin Zabrowski"_s }));
        QCOMPARE(*terms.terms(RedactionTermRepository::Kind::NeverRedact), QStringList{ u"Acme"_s });
        // Replacing one list leaves the other.
        QVERIFY(terms.setTerms(RedactionTermRepository::Kind::AlwaysRedact, { u"Priya"_s }));
        QCOMPARE(*terms.terms(RedactionTermRepository::Kind::AlwaysRedact), QStringList{ u"Priya"_s });
        QCOMPARE(*terms.terms(RedactionTermRepository::Kind::NeverRedact), QStringList{ u"Acme"_s });
        QVERIFY(terms.setTerms(RedactionTermRepository::Kind::AlwaysRedact, {}));
        QCOMPARE(*terms.terms(RedactionTermRepository::Kind::AlwaysRedact), QStringList());
    }

    void builderUsesTheList()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        ExerciseBuilder builder(*fixture.db);
        const auto before = builder.start(fixture.withTranscript, { 24000, 36000 });
        QVERIFY(before);
        QVERIFY(before->redacted.segments.at(0).text.contains(u"business days"_s));

        RedactionTermRepository terms(*fixture.db);
        QVERIFY(terms.setTerms(RedactionTermRepository::Kind::AlwaysRedact, { u"Business"_s }));
        QVERIFY(terms.setTerms(RedactionTermRepository::Kind::NeverRedact, { u"Maria"_s }));
        const auto after = builder.start(fixture.withTranscript, { 24000, 36000 });
        QVERIFY(after);
        QCOMPARE(after->names.extraNames, QStringList{ u"Business"_s });
        QCOMPARE(after->names.neverRedact, QStringList{ u"Maria"_s });
        const QString text = after->redacted.segments.at(0).text;
        QVERIFY2(!text.contains(u"business"_s, Qt::CaseInsensitive), qPrintable(text));
        // "Maria" is on the never list: the trainer asked for it to stay.
        QVERIFY2(text.startsWith(u"Okay Maria."_s), qPrintable(text));

        const auto library = builder.libraryRedactionOptions();
        QVERIFY(library);
        QVERIFY(library->knownNames.contains(u"Dana Scully"_s));
        QCOMPARE(library->extraNames, QStringList{ u"Business"_s });
        QCOMPARE(library->neverRedact, QStringList{ u"Maria"_s });
    }
};

QTEST_GUILESS_MAIN(TestRedactionTermRepository)
#include "TestRedactionTermRepository.moc"
