// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/TagRepository.h"

#include "model/TagLabels.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

constexpr qsizetype kMaxLabelLength = 80;

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

Tag tagFrom(const QSqlQuery &q)
{
    return { TagId(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toString(),
             kindFrom(q.value(3).toString()), q.value(4).toString() };
}

bool isColor(const QString &color)
{
    static const QRegularExpression pattern(u"^#[0-9a-fA-F]{6}$"_s);
    return pattern.match(color).hasMatch();
}

// "Escalation, angry" → "escalation_angry": readable in exports, stable when the label is renamed.
QString slug(const QString &label)
{
    QString result;
    for (const QChar c : label.toCaseFolded()) {
        if (c.isLetterOrNumber())
            result += c;
        else if (!result.isEmpty() && !result.endsWith(u'_'))
            result += u'_';
    }
    while (result.endsWith(u'_'))
        result.chop(1);
    return result.isEmpty() ? u"tag"_s : result;
}

} // namespace

Result<QList<Tag>> TagRepository::all() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT id, key, coach_tag_label(key, label), kind, color FROM tags ORDER BY sort_order, 3"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<Tag> result;
    while (q.next())
        result.append(tagFrom(q));
    return result;
}

Result<std::optional<Tag>> TagRepository::find(TagId id) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT id, key, coach_tag_label(key, label), kind, color FROM tags WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(id.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (!q.next())
        return std::optional<Tag>();
    return tagFrom(q);
}

Result<QStringList> TagRepository::labelsForCall(CallId call) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT DISTINCT coach_tag_label(g.key, g.label) FROM annotations a JOIN tags g ON g.id = a.tag_id "
                   "WHERE a.call_id = ? ORDER BY g.sort_order"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(call.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

Result<QString> TagRepository::normalizeShortcut(const QString &shortcut)
{
    if (shortcut.isEmpty())
        return QString();
    if (shortcut.size() != 1 || shortcut.at(0).isSpace() || !shortcut.at(0).isPrint())
        return fail(ErrorCode::InvalidInput,
                    tr("“%1” cannot be a tag shortcut: use one letter, digit or punctuation key").arg(shortcut));
    const QString key = shortcut.toUpper();
    // Playback owns these while a call is open (issue 3: J/K/L transport, +/- zoom).
    if (QStringView(u"JKL+-").contains(key.at(0)))
        return fail(ErrorCode::InvalidInput,
                    tr("“%1” cannot be a tag shortcut: playback uses it").arg(key));
    return key;
}

Result<void> TagRepository::checkLabelFree(const QString &label, TagId except) const
{
    if (label.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A tag needs a label"));
    if (label.size() > kMaxLabelLength)
        return fail(ErrorCode::InvalidInput,
                    tr("The tag label “%1…” is too long (at most %2 characters)")
                            .arg(label.left(20))
                            .arg(kMaxLabelLength));
    // Audacity label exports write "tag | comment"; a bar in a label would split it wrongly.
    if (label.contains(u'|'))
        return fail(ErrorCode::InvalidInput, tr("The tag label “%1” may not contain “|”").arg(label));
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT coach_tag_label(key, label) FROM tags WHERE coach_fold(coach_tag_label(key, label)) = ? AND id <> ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(label.toCaseFolded());
    q.addBindValue(except.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (q.next())
        return fail(ErrorCode::Duplicate, tr("There is already a tag “%1”").arg(q.value(0).toString()));
    return {};
}

Result<void> TagRepository::checkShortcutFree(const QString &shortcut, TagId except) const
{
    if (shortcut.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT label FROM tags WHERE shortcut = ? AND id <> ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(shortcut);
    q.addBindValue(except.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (q.next())
        return fail(ErrorCode::Duplicate,
                    tr("The shortcut “%1” already tags “%2”").arg(shortcut, q.value(0).toString()));
    return {};
}

Result<TagId> TagRepository::create(const QString &label, const QString &color, const QString &shortcut)
{
    const QString name = label.simplified();
    if (auto free = checkLabelFree(name, TagId()); !free)
        return std::unexpected(free.error());
    if (!isColor(color))
        return fail(ErrorCode::InvalidInput, tr("“%1” is not a colour; use #rrggbb").arg(color));
    const auto key = normalizeShortcut(shortcut);
    if (!key)
        return std::unexpected(key.error());
    if (auto free = checkShortcutFree(*key, TagId()); !free)
        return std::unexpected(free.error());

    QSqlQuery q(m_db.connection());
    // Keys never change after creation (exports and imports match on them), so a
    // later tag with a once-used label gets a numbered key.
    const QString base = u"custom."_s + slug(name);
    QString tagKey = base;
    if (!q.prepare(u"SELECT 1 FROM tags WHERE key = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    for (int n = 2;; ++n) {
        q.addBindValue(tagKey);
        if (!q.exec())
            return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
        if (!q.next())
            break;
        tagKey = base + u'_' + QString::number(n);
    }
    q.finish();
    if (!q.prepare(u"INSERT INTO tags (key, label, kind, color, sort_order, builtin, shortcut) "
                   "VALUES (?, ?, 'custom', ?, (SELECT max(100, coalesce(max(sort_order), 0) + 1) FROM tags), 0, ?)"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(tagKey);
    q.addBindValue(name);
    q.addBindValue(color.toLower());
    q.addBindValue(key->isEmpty() ? QVariant() : QVariant(*key));
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return TagId(q.lastInsertId().toLongLong());
}

Result<void> TagRepository::setColumn(TagId id, const QString &column, const QString &value)
{
    QSqlQuery q(m_db.connection());
    // `column` is one of ours, never user input.
    if (!q.prepare(u"UPDATE tags SET "_s + column + u" = ? WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(value.isEmpty() ? QVariant() : QVariant(value));
    q.addBindValue(id.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, tr("%1: tag %2 is not in the library")
                                                 .arg(QDir::toNativeSeparators(m_db.path()))
                                                 .arg(id.value()));
    return {};
}

Result<void> TagRepository::rename(TagId id, const QString &label)
{
    const QString name = label.simplified();
    if (auto free = checkLabelFree(name, id); !free)
        return std::unexpected(free.error());
    return setColumn(id, u"label"_s, name);
}

Result<void> TagRepository::setColor(TagId id, const QString &color)
{
    if (!isColor(color))
        return fail(ErrorCode::InvalidInput, tr("“%1” is not a colour; use #rrggbb").arg(color));
    return setColumn(id, u"color"_s, color.toLower());
}

Result<void> TagRepository::setShortcut(TagId id, const QString &shortcut)
{
    const auto key = normalizeShortcut(shortcut);
    if (!key)
        return std::unexpected(key.error());
    if (auto free = checkShortcutFree(*key, id); !free)
        return std::unexpected(free.error());
    return setColumn(id, u"shortcut"_s, *key);
}

Result<QMap<TagId, QString>> TagRepository::shortcuts() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT id, shortcut FROM tags WHERE shortcut IS NOT NULL"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QMap<TagId, QString> result;
    while (q.next())
        result.insert(TagId(q.value(0).toLongLong()), q.value(1).toString());
    return result;
}

Result<Tag> TagRepository::resolve(const QString &text) const
{
    // Compared twice: as typed (case folded), and with only letters and digits,
    // so "yes and" finds “Yes, And” and "boundary breach promise" its tag.
    const auto plain = [](const QString &s) {
        QString result;
        for (const QChar c : s) {
            if (c.isLetterOrNumber())
                result += c;
        }
        return result;
    };
    const QString wanted = text.simplified().toCaseFolded();
    const QString wantedPlain = plain(wanted);
    if (wanted.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("No tag was given"));
    const auto tags = all();
    if (!tags)
        return std::unexpected(tags.error());
    // An exact key or label wins over prefixes, so "Canned empathy" is not
    // ambiguous with "Canned empathy overused".
    // What a tag is called here wins over a built-in tag's English label, so a
    // user's own tag named "Greeting" on a German desktop stays reachable.
    for (const Tag &tag : *tags) {
        if (tag.key.toCaseFolded() == wanted || tag.label.toCaseFolded() == wanted)
            return tag;
    }
    QList<Tag> exact;
    QList<Tag> prefixed;
    for (const Tag &tag : *tags) {
        // The key, the label as shown, and a built-in tag's English label (so an
        // export from an English desktop, or a script, works in any language).
        QStringList names{ tag.key.toCaseFolded(), tag.label.toCaseFolded() };
        if (const QString seeded = TagLabels::seeded(tag.key); !seeded.isEmpty())
            names << seeded.toCaseFolded();
        const auto any = [&names](const auto &matches) { return std::any_of(names.cbegin(), names.cend(), matches); };
        if (any([&](const QString &name) { return name == wanted; }))
            return tag;
        if (!wantedPlain.isEmpty() && any([&](const QString &name) { return plain(name) == wantedPlain; }))
            exact.append(tag);
        else if (any([&](const QString &name) {
                     return name.startsWith(wanted) || (!wantedPlain.isEmpty() && plain(name).startsWith(wantedPlain));
                 }))
            prefixed.append(tag);
    }
    const QList<Tag> &candidates = exact.isEmpty() ? prefixed : exact;
    if (candidates.size() == 1)
        return candidates.constFirst();
    if (candidates.isEmpty())
        return fail(ErrorCode::NotFound, tr("No tag “%1” in the library").arg(text));
    QStringList names;
    for (const Tag &tag : candidates)
        names << tag.label;
    return fail(ErrorCode::InvalidInput,
                tr("“%1” could be any of these tags: %2").arg(text, names.join(u"; "_s)));
}

} // namespace coach
