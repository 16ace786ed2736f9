// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentLibraries.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestRecentLibraries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void mostRecentFirstWithoutDuplicates();
    void keepsAtMostEight();
    void dropsMissingFiles();
    void clears();

private:
    QString touch(const QString &name);
    QTemporaryDir m_dir;
};

void TestRecentLibraries::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoachbenchTests"_s);
    QCoreApplication::setApplicationName(u"TestRecentLibraries"_s);
    QVERIFY(m_dir.isValid());
}

void TestRecentLibraries::init()
{
    QSettings().clear();
}

QString TestRecentLibraries::touch(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot create %s", qPrintable(path));
    return path;
}

void TestRecentLibraries::mostRecentFirstWithoutDuplicates()
{
    RecentLibraries recent;
    QVERIFY(recent.paths().isEmpty());
    QVERIFY(recent.mostRecent().isEmpty());
    const QString a = touch(u"a.coachdb"_s);
    const QString b = touch(u"b.coachdb"_s);
    recent.add(a);
    recent.add(b);
    QCOMPARE(recent.paths(), (QStringList{b, a}));
    recent.add(a);
    QCOMPARE(recent.paths(), (QStringList{a, b}));
    QCOMPARE(recent.mostRecent(), a);
    // A relative spelling of the same file is the same entry.
    QDir::setCurrent(m_dir.path());
    recent.add(u"b.coachdb"_s);
    QCOMPARE(recent.paths(), (QStringList{b, a}));
    recent.remove(b);
    QCOMPARE(recent.paths(), QStringList{a});
}

void TestRecentLibraries::keepsAtMostEight()
{
    RecentLibraries recent;
    QStringList added;
    for (int i = 0; i < 11; ++i) {
        added.prepend(touch(u"lib%1.coachdb"_s.arg(i)));
        recent.add(added.first());
    }
    QCOMPARE(recent.paths().size(), RecentLibraries::MaxCount);
    QCOMPARE(recent.paths(), added.mid(0, RecentLibraries::MaxCount));
}

void TestRecentLibraries::dropsMissingFiles()
{
    RecentLibraries recent;
    const QString kept = touch(u"kept.coachdb"_s);
    const QString gone = touch(u"gone.coachdb"_s);
    recent.add(kept);
    recent.add(gone);
    QVERIFY(QFile::remove(gone));
    QCOMPARE(recent.paths(), QStringList{kept});
    QCOMPARE(recent.mostRecent(), kept);
}

void TestRecentLibraries::clears()
{
    RecentLibraries recent;
    recent.add(touch(u"x.coachdb"_s));
    recent.clear();
    QVERIFY(recent.paths().isEmpty());
    QVERIFY(!QSettings().contains(u"recentLibraries"_s));
}

QTEST_GUILESS_MAIN(TestRecentLibraries)
#include "TestRecentLibraries.moc"
