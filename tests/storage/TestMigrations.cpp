// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;
using coach::Database;
using coach::ErrorCode;

Q_DECLARE_METATYPE(coach::ErrorCode)

/*
 * Database::open on every kind of file a user can point it at: new, empty,
 * current, newer, foreign, not SQLite at all, a folder. What is refused must
 * be left byte for byte as it was.
 *
 * An older library is made the way Coachbench 0.1 made it: by running
 * migration 0001 from the source tree on a fresh file. Upgrading it must copy
 * it to "<file>.v1.bak" first, keep its calls, and leave it at the last version
 * that applied when a later step fails.
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
    void upgradesOlderLibraryAfterBackup();
    void failedUpgradeStopsAtLastGoodVersion();
    void createsMissingFolder();
    void refusesFolder();
    void refusesEmptyPath();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // Writes a plain SQLite file (not through Database) with the given SQL.
    void makeSqliteFile(const QString &file, const QString &sql);
    // A version-1 library with one team, rep, call and session; `extra` SQL runs before it is closed.
    void makeVersion1Library(const QString &file, const QByteArray &extra = {});
    [[nodiscard]] static int userVersion(const QString &file);

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

void TestMigrations::makeVersion1Library(const QString &file, const QByteArray &extra)
{
    QFile script(QStringLiteral(COACH_SOURCE_DIR "/libcoach/storage/migrations/0001_initial.sql"));
    QVERIFY2(script.open(QIODevice::ReadOnly), qPrintable(script.fileName()));
    const QByteArray sql = script.readAll()
            + "\nINSERT INTO teams (name) VALUES ('Billing');"
              "INSERT INTO reps (name, team_id) VALUES ('Dana', 1);"
              "INSERT INTO calls (recording_path, fingerprint, imported_at, duration_ms, channels, sample_rate, codec, rep_id)"
              " VALUES ('/calls/old.wav', 'fp-old', 0, 61000, 1, 8000, 'pcm_mulaw', 1);"
              "INSERT INTO sessions (kind, starts_at, duration_min, created_at, updated_at) VALUES ('huddle', 0, 15, 0, 0);"
            + extra + "\nPRAGMA user_version = 1;";
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    const QString error = QString::fromUtf8(message);
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(error));
}

int TestMigrations::userVersion(const QString &file)
{
    sqlite3 *db = nullptr;
    int version = -1;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            version = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return version;
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
    int builtinTags = 0;
    {
        auto db = Database::open(file);
        QVERIFY(db);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"INSERT INTO teams (name) VALUES ('Billing')"_s));
        QVERIFY(q.exec(u"SELECT count(*) FROM tags WHERE builtin = 1"_s) && q.next());
        builtinTags = q.value(0).toInt();
        QVERIFY(builtinTags >= 20);
    }
    // Opening again must neither re-run the migration nor make a backup copy.
    auto db = Database::open(file);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM teams"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"SELECT count(*) FROM tags WHERE builtin = 1"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), builtinTags); // seeded once, not again
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

void TestMigrations::upgradesOlderLibraryAfterBackup()
{
    if (Database::currentSchemaVersion() < 2)
        QSKIP("schema 1 is the only one: there is no older library to upgrade");
    const QString file = path(u"library.coachdb"_s);
    makeVersion1Library(file);
    QCOMPARE(userVersion(file), 1);

    auto db = Database::open(file);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    QCOMPARE(userVersion(file), Database::currentSchemaVersion());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"SELECT c.fingerprint, r.name, t.name FROM calls c JOIN reps r ON r.id = c.rep_id "
                   "JOIN teams t ON t.id = r.team_id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"fp-old"_s);
    QCOMPARE(q.value(1).toString(), u"Dana"_s);
    QCOMPARE(q.value(2).toString(), u"Billing"_s);
    QVERIFY(!q.next());
    QVERIFY(q.exec(u"SELECT count(*) FROM sessions"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q.finish();
    const auto problems = (*db)->checkIntegrity();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u"; "_s)));

    // The copy taken before the upgrade is the version-1 library, whole.
    const QString backup = file + u".v1.bak"_s;
    QVERIFY2(QFileInfo::exists(backup), qPrintable(QDir(m_dir->path()).entryList().join(u", "_s)));
    QCOMPARE(userVersion(backup), 1);
    {
        const QString name = u"backup"_s;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            raw.setDatabaseName(backup);
            QVERIFY(raw.open());
            QSqlQuery b(raw);
            QVERIFY(b.exec(u"SELECT fingerprint FROM calls"_s) && b.next());
            QCOMPARE(b.value(0).toString(), u"fp-old"_s);
            b.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    // Once upgraded, opening again copies nothing more.
    db->reset();
    QVERIFY(QFile::remove(backup));
    auto again = Database::open(file);
    QVERIFY(again);
    QVERIFY(!QFileInfo::exists(backup));
}

void TestMigrations::failedUpgradeStopsAtLastGoodVersion()
{
    const int current = Database::currentSchemaVersion();
    if (current < 2)
        QSKIP("schema 1 is the only one: there is no older library to upgrade");
    // Make the last migration fail: a version-1 library that already has a
    // table the last migration creates. Every earlier step must stay applied.
    const QDir migrations(QStringLiteral(COACH_SOURCE_DIR "/libcoach/storage/migrations"));
    const QStringList scripts = migrations.entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    QVERIFY(!scripts.isEmpty());
    QCOMPARE(scripts.constLast().section(u'_', 0, 0).toInt(), current);
    QFile last(migrations.filePath(scripts.constLast()));
    QVERIFY(last.open(QIODevice::ReadOnly));
    const auto created = QRegularExpression(u"CREATE TABLE (\\w+)"_s).match(QString::fromUtf8(last.readAll()));
    if (!created.hasMatch())
        QSKIP("the last migration creates no table to collide with");
    const QString table = created.captured(1);

    const QString file = path(u"library.coachdb"_s);
    makeVersion1Library(file, u"CREATE TABLE %1 (x);"_s.arg(table).toUtf8());
    auto db = Database::open(file);
    QVERIFY(!db);
    const QString message = db.error().message();
    QVERIFY2(message.contains(u"version %1"_s.arg(current)), qPrintable(message));
    QCOMPARE(userVersion(file), current - 1);
    // The message must tell the version the library was really left at.
    QVERIFY2(message.contains(u"left at version %1"_s.arg(current - 1)), qPrintable(message));
    QVERIFY(QFileInfo::exists(file + u".v1.bak"_s));
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
