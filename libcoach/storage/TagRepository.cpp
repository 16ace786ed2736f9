// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/TagRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

TagKind kindFrom(const QString &kind)
{
    if (kind == u"checkpoint"_s)
        return TagKind::Checkpoint;
    if (kind == u"pattern"_s)
        return TagKind::Pattern;
    if (kind == u"anti_pattern"_s)
        return TagKind::AntiPattern;
    if (kind == u"off_script"_s)
        return TagKind::OffScript;
    return TagKind::Custom;
}

} // namespace

Result<QList<Tag>> TagRepository::all() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT id, key, label, kind, color FROM tags ORDER BY sort_order, label"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<Tag> result;
    while (q.next())
        result.append({ TagId(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toString(),
                        kindFrom(q.value(3).toString()), q.value(4).toString() });
    return result;
}

Result<QStringList> TagRepository::labelsForCall(CallId call) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT DISTINCT g.label FROM annotations a JOIN tags g ON g.id = a.tag_id "
              "WHERE a.call_id = ? ORDER BY g.sort_order"_s);
    q.addBindValue(call.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

} // namespace coach
