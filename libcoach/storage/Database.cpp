// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "core/Logging.h"
#include "core/TaskControl.h"
#include "model/TagLabels.h"
#include "storage/SqlError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#include <filesystem>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

QAtomicInteger<int> s_connectionCounter = 0;

// Qt SQL hides the SQLite handle; migrations (multi-statement scripts) and
// the online backup API need it. Qt's driver and we link the same libsqlite3.
sqlite3 *rawHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// SQLite's LIKE and lower() fold only ASCII; "Müller" must match "müller" in
// the call filter, so the repositories compare through this function.
void foldCase(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray folded = QString::fromUtf8(text, sqlite3_value_bytes(argv[0])).toCaseFolded().toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

// coach_tag_label(key, label): a built-in tag's label in the user's language
// (TagLabels), so repositories show, sort and filter by what the user reads.
void tagLabel(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *key = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const auto *label = reinterpret_cast<const char *>(sqlite3_value_text(argv[1]));
    if (!label) {
        sqlite3_result_null(context);
        return;
    }
    const QString stored = QString::fromUtf8(label, sqlite3_value_bytes(argv[1]));
    const QByteArray shown = key ? TagLabels::display(QString::fromUtf8(key), stored).toUtf8() : stored.toUtf8();
    sqlite3_result_text(context, shown.constData(), int(shown.size()), SQLITE_TRANSIENT);
}

struct Migration
{
    int version = 0;
    QString resource;
};

// Numbered scripts in the :/migrations resource, "0001_initial.sql" → 1.
QList<Migration> migrations()
{
    QList<Migration> result;
    // No name filter: QDirIterator would compile it to a regular expression,
    // which costs every `coach` run more than reading the list does.
    QDirIterator it(u":/migrations"_s, QDir::Files);
    while (it.hasNext()) {
        it.next();
        if (it.fileName().endsWith(u".sql"_s))
            result.append({ it.fileName().section(u'_', 0, 0).toInt(), it.filePath() });
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::currentSchemaVersion()
{
    static const int version = [] {
        const QList<Migration> all = migrations();
        return all.isEmpty() ? 0 : all.constLast().version;
    }();
    return version;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + u"/library.coachdb"_s;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("No library file was given"));
    const QFileInfo info(path);
    if (info.isDir())
        return fail(ErrorCode::Io, tr("%1: is a folder, not a library file").arg(file));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return fail(ErrorCode::Io, tr("%1: cannot create the folder %2")
                                           .arg(file, QDir::toNativeSeparators(info.absolutePath())));

    const QString name = u"coach-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(database->m_path);
        // Import writes on its own connection while the GUI reads; wait rather than fail.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            return std::unexpected(SqlError::from(db.lastError(), database->m_path));
    }
    if (auto configured = database->configure(); !configured)
        return std::unexpected(configured.error());
    if (auto migrated = database->migrate(); !migrated)
        return std::unexpected(migrated.error());
    return database;
}

Result<void> Database::configure()
{
    QSqlQuery query(connection());
    // Reading the version first also tells a non-SQLite file from a library,
    // before anything is written to it.
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return std::unexpected(SqlError::from(query.lastError(), m_path));
    const int version = query.value(0).toInt();
    if (version > currentSchemaVersion()) {
        return fail(ErrorCode::NewerSchema,
                    tr("%1 was written by a newer version of Coachbench (library version %2; "
                       "this version reads up to %3). Update Coachbench to open it. "
                       "The file was not changed.")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(version)
                            .arg(currentSchemaVersion()));
    }
    // A library at version 0 is empty; from version 1 on it has a calls table.
    // Anything else is someone else's database and is left alone.
    if (!query.exec(u"SELECT count(*), count(*) FILTER (WHERE name = 'calls') FROM sqlite_master "
                    "WHERE type = 'table'"_s)
        || !query.next())
        return std::unexpected(SqlError::from(query.lastError(), m_path));
    const bool foreign = version == 0 ? query.value(0).toInt() > 0 : query.value(1).toInt() == 0;
    if (foreign) {
        return fail(ErrorCode::Unsupported,
                    tr("%1 is an SQLite database, but not a Coachbench library. "
                       "The file was not changed.")
                            .arg(QDir::toNativeSeparators(m_path)));
    }
    sqlite3 *handle = rawHandle(connection());
    if (!handle
        || sqlite3_create_function_v2(handle, "coach_fold", 1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                      &foldCase, nullptr, nullptr, nullptr)
                != SQLITE_OK
        // Not deterministic: the answer follows the installed translator.
        || sqlite3_create_function_v2(handle, "coach_tag_label", 2, SQLITE_UTF8 | SQLITE_INNOCUOUS, nullptr,
                                      &tagLabel, nullptr, nullptr, nullptr)
                != SQLITE_OK)
        return fail(ErrorCode::Database, tr("%1: the SQLite driver is unavailable").arg(m_path));
    for (const auto *pragma : { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                                "PRAGMA synchronous = NORMAL" }) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return std::unexpected(SqlError::from(query.lastError(), m_path));
    }
    return {};
}

Result<void> Database::migrate()
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return std::unexpected(SqlError::from(query.lastError(), m_path));
    const int from = query.value(0).toInt();
    query.finish();
    if (from == currentSchemaVersion())
        return {};

    // An existing library is copied before its schema changes, so a migration
    // that goes wrong in a way SQLite cannot roll back still leaves the user's data.
    if (from > 0) {
        const QString backup = u"%1.v%2.bak"_s.arg(m_path).arg(from);
        if (auto copied = backupTo(backup); !copied)
            return std::unexpected(copied.error());
        qCInfo(lcStorage) << "backed up library before migration to" << backup;
    }

    sqlite3 *handle = rawHandle(connection());
    if (!handle)
        return fail(ErrorCode::Database, tr("%1: the SQLite driver is unavailable").arg(m_path));
    // Each step commits on its own, so after a failure the library is at the
    // last step that succeeded, not where it started.
    int applied = from;
    for (const Migration &migration : migrations()) {
        if (migration.version <= from)
            continue;
        QFile script(migration.resource);
        if (!script.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, tr("Missing migration %1").arg(migration.resource));
        const QByteArray sql = "BEGIN IMMEDIATE;\n" + script.readAll() + "\nPRAGMA user_version = "
                + QByteArray::number(migration.version) + ";\nCOMMIT;";
        char *message = nullptr;
        const int rc = sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            const QString cause = QString::fromUtf8(message);
            sqlite3_free(message);
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return fail(SqlError::codeFor(rc),
                        tr("%1: upgrading the library to version %2 failed (%3); "
                           "the library was left at version %4")
                                .arg(QDir::toNativeSeparators(m_path))
                                .arg(migration.version)
                                .arg(cause)
                                .arg(applied));
        }
        applied = migration.version;
        qCInfo(lcStorage) << "migrated" << m_path << "to schema" << migration.version;
    }
    return {};
}

Result<QStringList> Database::checkIntegrity() const
{
    QStringList problems;
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return std::unexpected(SqlError::from(query.lastError(), m_path));
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s)
            problems.append(line);
    }
    if (!query.exec(u"PRAGMA foreign_key_check"_s))
        return std::unexpected(SqlError::from(query.lastError(), m_path));
    while (query.next()) {
        problems.append(tr("Row %1 of table %2 refers to a missing row of %3")
                                .arg(query.value(1).toString(), query.value(0).toString(),
                                     query.value(2).toString()));
    }
    if (!query.exec(u"INSERT INTO segments_fts(segments_fts, rank) VALUES ('integrity-check', 1)"_s))
        problems.append(tr("The transcript search index does not match the transcripts (%1)")
                                .arg(query.lastError().databaseText()));
    return problems;
}

Result<void> Database::backupTo(const QString &destination, const TaskControl *control) const
{
    const QString target = QFileInfo(destination).absoluteFilePath();
    const QString file = QDir::toNativeSeparators(target);
    if (target == m_path)
        return fail(ErrorCode::InvalidInput, tr("%1: a backup cannot replace the library itself").arg(file));
    if (QFileInfo(target).isDir())
        return fail(ErrorCode::Io, tr("%1: is a folder; give a file name for the backup").arg(file));

    sqlite3 *source = rawHandle(connection());
    if (!source)
        return fail(ErrorCode::Database, tr("%1: the SQLite driver is unavailable").arg(m_path));

    // Written beside the target and renamed at the end, so an interrupted
    // backup never leaves a half-written file under the name the user chose.
    const QString partial = target + u".part"_s;
    QFile::remove(partial);
    sqlite3 *raw = nullptr;
    const int openRc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> copy(raw, &sqlite3_close);
    if (openRc != SQLITE_OK)
        return fail(ErrorCode::Io, tr("%1: cannot create the backup file (%2)")
                                           .arg(file, QString::fromUtf8(sqlite3_errstr(openRc))));

    sqlite3_backup *backup = sqlite3_backup_init(copy.get(), "main", source, "main");
    if (!backup)
        return fail(ErrorCode::Io, tr("%1: cannot start the backup (%2)")
                                           .arg(file, QString::fromUtf8(sqlite3_errmsg(copy.get()))));
    int rc = SQLITE_OK;
    bool cancelled = false;
    do {
        rc = sqlite3_backup_step(backup, 512);
        if (control) {
            const int total = sqlite3_backup_pagecount(backup);
            control->report(total - sqlite3_backup_remaining(backup), total, file);
            cancelled = control->isCancelled();
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (!cancelled && (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED));
    sqlite3_backup_finish(backup);
    copy.reset();

    if (cancelled || rc != SQLITE_DONE) {
        QFile::remove(partial);
        if (cancelled)
            return fail(ErrorCode::Cancelled, tr("%1: backup cancelled").arg(file));
        return fail(SqlError::codeFor(rc), tr("%1: the backup failed (%2)")
                                                   .arg(file, QString::fromUtf8(sqlite3_errstr(rc))));
    }
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(),
                            QFile::encodeName(target).toStdString(), ec);
    if (ec) {
        QFile::remove(partial);
        return fail(ErrorCode::Io, tr("%1: cannot write the backup (%2)")
                                           .arg(file, QString::fromStdString(ec.message())));
    }
    return {};
}

} // namespace coach
