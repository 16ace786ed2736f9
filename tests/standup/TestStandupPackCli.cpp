// SPDX-License-Identifier: GPL-3.0-or-later
// `coach standup-pack` as a user runs it: the real binary on the demo library.
#include "StandupFixture.h"
#include "TestSupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace coach;
using namespace Qt::Literals::StringLiterals;

class TestStandupPackCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void candidates();
    void writesFolder();
    void usageErrors_data();
    void usageErrors();
    void failuresNameTheCause();

private:
    [[nodiscard]] test::ProcessResult coach(const QStringList &arguments) const;
    [[nodiscard]] QString tipList() const;

    QTemporaryDir m_dir;
    QString m_library;
    StandupFixture m_fixture;
};

test::ProcessResult TestStandupPackCli::coach(const QStringList &arguments) const
{
    return test::run(QStringLiteral(COACH_CLI), QStringList{ u"--library"_s, m_library } + arguments,
                     { u"XDG_DATA_HOME="_s + m_dir.filePath(u"xdg"_s) });
}

QString TestStandupPackCli::tipList() const
{
    QStringList ids;
    for (const AnnotationId id : m_fixture.tips)
        ids.append(QString::number(id.value()));
    return ids.join(u',');
}

void TestStandupPackCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(u"library.db"_s);
    auto db = Database::open(m_library);
    QVERIFY(db);
    const QString failed = m_fixture.fill(**db);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestStandupPackCli::candidates()
{
    const auto r = coach({ u"standup-pack"_s, u"--team"_s, u"billing"_s, u"--week"_s, u"2026-W46"_s, u"--candidates"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(u"Highlight: Priya Nair — Empathy bridge, 0:30"_s));
    for (const AnnotationId id : m_fixture.tips)
        QVERIFY2(out.contains(QRegularExpression(u"^\\s*%1\\s"_s.arg(id.value()), QRegularExpression::MultilineOption)),
                 qPrintable(out));
    QCOMPARE(out.count(u'\n'), 2 + 4);
}

void TestStandupPackCli::writesFolder()
{
    QTemporaryDir out;
    const QString pack = out.filePath(u"pack"_s);
    const auto r = coach({ u"standup-pack"_s, u"--team"_s, u"Billing"_s, u"--week"_s, u"2026-W46"_s, u"--tip"_s,
                           tipList(), u"--format"_s, u"flac"_s, u"--out"_s, pack });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QString::fromUtf8(r.out).contains(u"2:15"_s));
    QVERIFY2(QString::fromUtf8(r.out).contains(QRegularExpression(u"Bleeped \\d+ spans? of personal data"_s)),
             r.out.constData()); // redacted by default
    const QDir dir(pack);
    QCOMPARE(dir.entryList({ u"*.flac"_s }).size(), 5);
    QCOMPARE(dir.entryList({ u"*.vtt"_s }).size(), 5);
    QVERIFY(dir.exists(u"playlist.m3u"_s));
    QVERIFY(dir.exists(u"cue-sheet.html"_s));
    QVERIFY(!dir.exists(u"cue-sheet.pdf"_s)); // the CLI stays free of QtGui

    // Again to the same place: refused, and the pack is untouched; --replace goes ahead.
    const auto again = coach({ u"standup-pack"_s, u"--team"_s, u"Billing"_s, u"--week"_s, u"2026-W46"_s,
                               u"--no-highlight"_s, u"--tip"_s, QString::number(m_fixture.tips.first().value()),
                               u"--out"_s, pack });
    QCOMPARE(again.exitCode, 1);
    QVERIFY(QString::fromUtf8(again.err).contains(u"already exists"_s));
    QCOMPARE(dir.entryList({ u"*.flac"_s }).size(), 5);
    const auto replaced = coach({ u"standup-pack"_s, u"--team"_s, u"Billing"_s, u"--week"_s, u"2026-W46"_s,
                                  u"--no-highlight"_s, u"--tip"_s, QString::number(m_fixture.tips.first().value()),
                                  u"--out"_s, pack, u"--replace"_s, u"--no-redact"_s });
    QVERIFY2(replaced.exitCode == 0, replaced.err.constData());
    QVERIFY2(!replaced.out.contains("personal data"), replaced.out.constData());
    QCOMPARE(QDir(pack).entryList({ u"*.flac"_s }).size(), 0);
    QCOMPARE(QDir(pack).entryList({ u"*.opus"_s }).size(), 1);
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{ u"pack"_s });
}

void TestStandupPackCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no team") << QStringList{ u"--out"_s, u"x"_s } << u"--team"_s;
    QTest::newRow("no out") << QStringList{ u"--team"_s, u"Billing"_s } << u"--out"_s;
    QTest::newRow("bad tip") << QStringList{ u"--team"_s, u"Billing"_s, u"--tip"_s, u"two"_s, u"--out"_s, u"x"_s }
                             << u"“two”"_s;
    QTest::newRow("bad week") << QStringList{ u"--team"_s, u"Billing"_s, u"--week"_s, u"2026-W60"_s, u"--out"_s, u"x"_s }
                              << u"week 60"_s;
    QTest::newRow("bad channels") << QStringList{ u"--team"_s, u"Billing"_s, u"--channels"_s, u"left"_s, u"--out"_s, u"x"_s }
                                  << u"--channels"_s;
    QTest::newRow("bad loudness") << QStringList{ u"--team"_s, u"Billing"_s, u"--loudness"_s, u"loud"_s, u"--out"_s, u"x"_s }
                                  << u"--loudness"_s;
}

void TestStandupPackCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto r = coach(QStringList{ u"standup-pack"_s } + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestStandupPackCli::failuresNameTheCause()
{
    QTemporaryDir out;
    const auto team = coach({ u"standup-pack"_s, u"--team"_s, u"Nobody"_s, u"--out"_s, out.filePath(u"p"_s) });
    QCOMPARE(team.exitCode, 1);
    QVERIFY(QString::fromUtf8(team.err).contains(u"Billing, Tech Support"_s));
    const auto empty = coach({ u"standup-pack"_s, u"--team"_s, u"Tech Support"_s, u"--week"_s, u"2026-W46"_s,
                               u"--out"_s, out.filePath(u"p"_s) });
    QCOMPARE(empty.exitCode, 1);
    QVERIFY(QString::fromUtf8(empty.err).contains(u"would be empty"_s));
    const auto format = coach({ u"standup-pack"_s, u"--team"_s, u"Billing"_s, u"--week"_s, u"2026-W46"_s,
                                u"--format"_s, u"xyz"_s, u"--out"_s, out.filePath(u"p"_s) });
    QCOMPARE(format.exitCode, 1);
    QVERIFY(QString::fromUtf8(format.err).contains(u"“xyz”"_s));
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestStandupPackCli)
#include "TestStandupPackCli.moc"
