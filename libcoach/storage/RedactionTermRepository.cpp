// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RedactionTermRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

QString kindKey(RedactionTermRepository::Kind kind)
{
    return kind == RedactionTermRepository::Kind::AlwaysRedact ? u"always"_s : u"never"_s;
}

} // namespace

Result<QStringList> RedactionTermRepository::terms(Kind kind) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT term FROM redaction_term WHERE kind = ? ORDER BY id"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(kindKey(kind));
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

Result<void> RedactionTermRepository::setTerms(Kind kind, const QStringList &terms)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(ErrorCode::Database, tr("%1: cannot start a transaction to store the redaction list")
                                                 .arg(QDir::toNativeSeparators(m_db.path())));
    QSqlQuery remove(m_db.connection());
    if (!remove.prepare(u"DELETE FROM redaction_term WHERE kind = ?"_s))
        return std::unexpected(SqlError::from(remove.lastError(), m_db.path()));
    remove.addBindValue(kindKey(kind));
    if (!remove.exec())
        return std::unexpected(SqlError::from(remove.lastError(), m_db.path()));

    QSet<QString> seen;
    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(u"INSERT INTO redaction_term (kind, term) VALUES (?, ?)"_s))
        return std::unexpected(SqlError::from(insert.lastError(), m_db.path()));
    for (const QString &raw : terms) {
        const QString term = raw.simplified();
        if (term.isEmpty() || seen.contains(term.toCaseFolded()))
            continue;
        seen.insert(term.toCaseFolded());
        insert.addBindValue(kindKey(kind));
        insert.addBindValue(term);
        if (!insert.exec())
            return std::unexpected(SqlError::from(insert.lastError(), m_db.path()));
    }
    return transaction.commit();
}

} // namespace coach
