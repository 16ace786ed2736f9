// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "core/TaskControl.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/TranscriptRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * Database::backupTo and Database::checkIntegrity: a backup is a library of
 * its own with the same calls; it never replaces the library it copies; a
 * damaged library is reported or refused, never crashes the reader.
 */
class TestBackup final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void copyOpensWithSameCalls();
    void replacesExistingDestination();
    void refusesLibraryItself_data();
    void refusesLibraryItself();
    void missingFolderFailsNamingPath();
    void cancelLeavesNoFile();
    void integrityProblems_data();
    void integrityProblems();
    void damagedFileIsReportedOrRefused_data();
    void damagedFileIsReportedOrRefused();

private:
    [[nodiscard]] QString path(const QString &name) const { return m_dir->filePath(name); }
    void fill(int calls);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(path(u"library.coachdb"_s));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_db = std::move(*db);
}

void TestBackup::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestBackup::fill(int count)
{
    const auto ids = test::fillLibrary(*m_db, count);
    QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message()));
    TranscriptRepository transcripts(*m_db);
    QSqlDatabase connection = m_db->connection();
    QVERIFY(connection.transaction());
    for (const CallId id : *ids) {
        QList<Segment> segments;
        for (int i = 0; i < 8; ++i)
            segments.append({ i * 1000LL, i * 1000LL + 900, u"Agent"_s,
                              u"Call %1 line %2: thanks for waiting while I check the account"_s.arg(id.value()).arg(i) });
        QVERIFY(transcripts.store(id, { {}, u"webvtt"_s, segments }));
    }
    QVERIFY(connection.commit());
}

void TestBackup::copyOpensWithSameCalls()
{
    fill(40);
    const QString dest = path(u"copies/../backup.coachdb"_s);
    const auto done = m_db->backupTo(dest);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message()));
    QVERIFY(QFileInfo::exists(path(u"backup.coachdb"_s)));
    QVERIFY(!QFileInfo::exists(path(u"backup.coachdb.part"_s)));

    // The library stays usable after a backup.
    QVERIFY(CallRepository(*m_db).insert(test::sampleCall(1000)));

    auto copy = Database::open(path(u"backup.coachdb"_s));
    QVERIFY2(copy, copy ? "" : qPrintable(copy.error().message()));
    const auto original = CallRepository(*m_db).list({}, 0, -1);
    const auto copied = CallRepository(**copy).list({}, 0, -1);
    QVERIFY(original && copied);
    QCOMPARE(copied->size(), 40);
    QCOMPARE(original->size(), 41);
    for (const Call &call : *copied) {
        const auto same = CallRepository(*m_db).find(call.id);
        QVERIFY(same && same->has_value());
        QCOMPARE((*same)->fingerprint, call.fingerprint);
        QCOMPARE((*same)->repName, call.repName);
        QCOMPARE((*same)->csat, call.csat);
        QVERIFY(call.hasTranscript);
    }
    QCOMPARE(TranscriptRepository(**copy).segments(copied->constFirst().id)->size(), 8);
    const auto problems = (*copy)->checkIntegrity();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u"; "_s)));
}

void TestBackup::replacesExistingDestination()
{
    fill(3);
    const QString dest = path(u"backup.coachdb"_s);
    QVERIFY(test::writeFile(dest, "an old, unrelated file"));
    QVERIFY(m_db->backupTo(dest));
    auto copy = Database::open(dest);
    QVERIFY2(copy, copy ? "" : qPrintable(copy.error().message()));
    QCOMPARE(*CallRepository(**copy).count({}), 3);
}

void TestBackup::refusesLibraryItself_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::newRow("same path") << u"library.coachdb"_s;
    QTest::newRow("with ./") << u"./library.coachdb"_s;
    QTest::newRow("through ..") << u"sub/../library.coachdb"_s;
}

void TestBackup::refusesLibraryItself()
{
    QFETCH(QString, spelling);
    fill(5);
    const QByteArray before = test::sha256(path(u"library.coachdb"_s));
    const auto done = m_db->backupTo(m_dir->path() + u'/' + spelling);
    QVERIFY(!done);
    QCOMPARE(done.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(test::sha256(path(u"library.coachdb"_s)), before);
    QCOMPARE(*CallRepository(*m_db).count({}), 5);
    QVERIFY(!QFileInfo::exists(path(u"library.coachdb.part"_s)));
}

void TestBackup::missingFolderFailsNamingPath()
{
    fill(2);
    const QString dest = path(u"no/such/folder/backup.coachdb"_s);
    const auto done = m_db->backupTo(dest);
    QVERIFY(!done);
    QVERIFY2(done.error().message().contains(QDir::toNativeSeparators(dest)), qPrintable(done.error().message()));
    QVERIFY(!QFileInfo::exists(dest));

    const auto folder = m_db->backupTo(m_dir->path());
    QVERIFY(!folder);
    QVERIFY2(folder.error().message().contains(QDir::toNativeSeparators(m_dir->path())),
             qPrintable(folder.error().message()));
}

void TestBackup::cancelLeavesNoFile()
{
    fill(200);
    int reports = 0;
    TaskControl *self = nullptr;
    // Cancelled from its own progress callback, as a GUI's Cancel button would.
    TaskControl control([&](qint64 done, qint64 total, const QString &) {
        ++reports;
        QVERIFY(done <= total);
        self->cancel();
    });
    self = &control;
    const QString dest = path(u"backup.coachdb"_s);
    const auto done = m_db->backupTo(dest, &control);
    QVERIFY(!done);
    QCOMPARE(done.error().code(), ErrorCode::Cancelled);
    QVERIFY(reports >= 1);
    QVERIFY(!QFileInfo::exists(dest));
    QVERIFY(!QFileInfo::exists(dest + u".part"_s));
}

void TestBackup::integrityProblems_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected"); // part of one problem; empty: sound
    QTest::newRow("sound library") << QString() << QString();
    QTest::newRow("dangling foreign key")
            << u"PRAGMA foreign_keys = OFF; INSERT INTO reps (name, team_id) VALUES ('Ghost', 4242); "
               "PRAGMA foreign_keys = ON"_s
            << u"reps"_s;
    QTest::newRow("search index out of step")
            << u"INSERT INTO segments_fts(segments_fts, rowid, text) SELECT 'delete', id, 'not the text' FROM segments LIMIT 1"_s
            << u"search index"_s;
}

void TestBackup::integrityProblems()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    fill(10);
    QSqlQuery q(m_db->connection());
    for (const QString &statement : damage.split(u';', Qt::SkipEmptyParts))
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    const auto problems = m_db->checkIntegrity();
    QVERIFY2(problems, problems ? "" : qPrintable(problems.error().message()));
    if (expected.isEmpty()) {
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u"; "_s)));
    } else {
        QVERIFY(!problems->isEmpty());
        QVERIFY2(problems->join(u"; "_s).contains(expected), qPrintable(problems->join(u"; "_s)));
    }
}

void TestBackup::damagedFileIsReportedOrRefused_data()
{
    QTest::addColumn<double>("where"); // fraction of the file
    QTest::addColumn<int>("pages");
    QTest::newRow("middle, three pages") << 0.5 << 3;
    QTest::newRow("a quarter in, one page") << 0.25 << 1;
    QTest::newRow("near the end, two pages") << 0.9 << 2;
    QTest::newRow("first page (header)") << 0.0 << 1;
}

void TestBackup::damagedFileIsReportedOrRefused()
{
    QFETCH(double, where);
    QFETCH(int, pages);
    fill(400);
    const QString file = m_db->path();
    m_db.reset(); // closing the last connection checkpoints the WAL into the file
    QVERIFY(!QFileInfo::exists(file + u"-wal"_s));
    constexpr qint64 kPage = 4096;
    const qint64 size = QFileInfo(file).size();
    QVERIFY2(size > 40 * kPage, qPrintable(QString::number(size)));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // Skip the 100-byte header when damaging page 1, so SQLite still sees a database.
        const qint64 offset = where == 0.0 ? 100 : qint64(size * where) / kPage * kPage;
        QVERIFY(f.seek(offset));
        QByteArray garbage(pages * kPage - (where == 0.0 ? 100 : 0), '\0');
        for (qsizetype i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919 + 13) & 0xff);
        QCOMPARE(f.write(garbage), garbage.size());
    }

    auto db = Database::open(file);
    if (!db) {
        qInfo("refused at open: %s", qPrintable(db.error().message()));
        QVERIFY(!db.error().message().isEmpty());
        QVERIFY2(db.error().message().contains(QDir::toNativeSeparators(file)), qPrintable(db.error().message()));
        return;
    }
    const auto problems = (*db)->checkIntegrity();
    if (problems) {
        QVERIFY2(!problems->isEmpty(), "damage went unnoticed by checkIntegrity()");
        qInfo("reported: %s", qPrintable(problems->constFirst()));
    }
    else
        QVERIFY(!problems.error().message().isEmpty());
    // Reading what is left must not crash either.
    const auto calls = CallRepository(**db).list({}, 0, -1);
    if (calls) {
        for (const Call &call : *calls)
            (void)TranscriptRepository(**db).segments(call.id);
    }
}

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
