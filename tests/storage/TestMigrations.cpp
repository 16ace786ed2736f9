// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using coach::Database;
using coach::ErrorCode;

Q_DECLARE_METATYPE(coach::ErrorCode)

/*
 * Database::open on every kind of file a user can point it at: new, empty,
 * current, newer, foreign, not SQLite at all, a folder. What is refused must
 * be left byte for byte as it was.
 *
 * There is no test of upgrading an older library (and of the "<file>.v<N>.bak"
 * copy made first) because schema 1 is the only one: a library below version 1
 * is either empty (covered: it is created) or foreign (covered: refused). Such
 * a test belongs with migration 0002.
 */
class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsCurrentSchema_data();
    void createsCurrentSchema();
    void reopensWithoutChange();
    void refusesAndKeepsBytes_data();
    void refusesAndKeepsBytes();
    void failedMigrationLeavesNothingHalfMade();
    void createsMissingFolder();
    void refusesFolder();
    void refusesEmptyPath();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // Writes a plain SQLite file (not through Database) with the given SQL.
    void makeSqliteFile(const QString &file, const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::makeSqliteFile(const QString &file, const QString &sql)
{
    const QString name = u"raw-"_s + file;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : sql.split(u';', Qt::SkipEmptyParts)) {
            if (statement.trimmed().isEmpty())
                continue;
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text() + u": "_s + statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestMigrations::createsCurrentSchema_data()
{
    QTest::addColumn<QByteArray>("initialBytes");
    QTest::addColumn<bool>("fileExists");
    QTest::newRow("no file") << QByteArray() << false;
    QTest::newRow("empty file") << QByteArray() << true;
}

void TestMigrations::createsCurrentSchema()
{
    QFETCH(QByteArray, initialBytes);
    QFETCH(bool, fileExists);
    const QString file = path(u"library.coachdb"_s);
    if (fileExists)
        QVERIFY(coach::test::writeFile(file, initialBytes));

    auto db = Database::open(file);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    QVERIFY(Database::currentSchemaVersion() >= 1);
    QSqlQuery q((*db)->connection());

    QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::currentSchemaVersion());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    QStringList tables;
    QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s));
    while (q.next())
        tables << q.value(0).toString();
    for (const auto *table : { "teams", "reps", "calls", "transcripts", "transcript_speakers", "segments",
                               "segments_fts", "tags", "annotations", "highlights", "exercises",
                               "exercise_rewrites", "sessions", "session_participants" })
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);

    // The guide's vocabulary: five checkpoints, two off-script verdicts, six patterns, seven anti-patterns.
    QVERIFY(q.exec(u"SELECT kind, count(*) FROM tags WHERE builtin = 1 GROUP BY kind"_s));
    QHash<QString, int> kinds;
    while (q.next())
        kinds.insert(q.value(0).toString(), q.value(1).toInt());
    QCOMPARE(kinds.value(u"checkpoint"_s), 5);
    QCOMPARE(kinds.value(u"off_script"_s), 2);
    QCOMPARE(kinds.value(u"pattern"_s), 6);
    QCOMPARE(kinds.value(u"anti_pattern"_s), 7);

    // Foreign keys are enforced, not just declared.
    QVERIFY(!q.exec(u"INSERT INTO reps (name, team_id) VALUES ('X', 999)"_s));
}

void TestMigrations::reopensWithoutChange()
{
    const QString file = path(u"library.coachdb"_s);
    {
        auto db = Database::open(file);
        QVERIFY(db);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"INSERT INTO teams (name) VALUES ('Billing')"_s));
    }
    // Opening again must neither re-run the migration nor make a backup copy.
    auto db = Database::open(file);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM teams"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"SELECT count(*) FROM tags"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 20);
    const QStringList backups = QDir(m_dir->path()).entryList({ u"*.bak"_s }, QDir::Files);
    QVERIFY2(backups.isEmpty(), qPrintable(backups.join(u", "_s)));
}

void TestMigrations::refusesAndKeepsBytes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("newer library") << u"newer"_s << ErrorCode::NewerSchema << u"newer version"_s;
    QTest::newRow("text file") << u"text"_s << ErrorCode::Corrupt << u"damaged or not a Coachbench library"_s;
    QTest::newRow("foreign SQLite database") << u"foreign"_s << ErrorCode::Unsupported
                                             << u"not a Coachbench library"_s;
}

void TestMigrations::refusesAndKeepsBytes()
{
    QFETCH(QString, kind);
    QFETCH(ErrorCode, code);
    QFETCH(QString, messagePart);
    const QString file = path(u"library.coachdb"_s);
    if (kind == u"newer"_s) {
        {
            auto db = Database::open(file);
            QVERIFY(db);
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(u"INSERT INTO teams (name) VALUES ('Billing')"_s));
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Database::currentSchemaVersion() + 5)));
        }
    } else if (kind == u"text"_s) {
        QByteArray text;
        for (int i = 0; i < 200; ++i)
            text += "file,rep,team\ncall.wav,Dana,Billing\n";
        QVERIFY(coach::test::writeFile(file, text));
    } else {
        makeSqliteFile(file, u"CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT);"
                             "INSERT INTO songs (title) VALUES ('a')"_s);
    }
    const QByteArray before = coach::test::sha256(file);
    QVERIFY(!before.isEmpty());

    auto db = Database::open(file);
    QVERIFY(!db);
    QCOMPARE(db.error().code(), code);
    QVERIFY2(db.error().message().contains(messagePart), qPrintable(db.error().message()));
    QVERIFY2(db.error().message().contains(QDir::toNativeSeparators(file)), qPrintable(db.error().message()));
    db = Database::open(file); // twice: a first refusal must not change what the second sees
    QVERIFY(!db);
    QCOMPARE(db.error().code(), code);
    QCOMPARE(coach::test::sha256(file), before);
}

void TestMigrations::failedMigrationLeavesNothingHalfMade()
{
    // A file at version 0 with no tables passes as "new", but a view named like
    // the schema's last table makes the migration fail after most of its
    // statements ran. Schema 1 must be all or nothing.
    const QString file = path(u"library.coachdb"_s);
    makeSqliteFile(file, u"CREATE VIEW sessions AS SELECT 1 AS x"_s);

    auto db = Database::open(file);
    QVERIFY(!db);
    QVERIFY2(db.error().message().contains(u"version 1"_s), qPrintable(db.error().message()));

    const QString name = u"inspect"_s;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestMigrations::createsMissingFolder()
{
    const QString file = path(u"deeper/still/library.coachdb"_s);
    auto db = Database::open(file);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE((*db)->path(), QFileInfo(file).absoluteFilePath());
}

void TestMigrations::refusesFolder()
{
    QVERIFY(QDir(m_dir->path()).mkdir(u"folder.coachdb"_s));
    auto db = Database::open(path(u"folder.coachdb"_s));
    QVERIFY(!db);
    QCOMPARE(db.error().code(), ErrorCode::Io);
    QVERIFY2(db.error().message().contains(u"folder.coachdb"_s), qPrintable(db.error().message()));
    QVERIFY(QDir(path(u"folder.coachdb"_s)).isEmpty());
}

void TestMigrations::refusesEmptyPath()
{
    auto db = Database::open(QString());
    QVERIFY(!db);
    QCOMPARE(db.error().code(), ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
