// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Tag.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <optional>

namespace coach {

class Database;

/*
 * The tag vocabulary; seeded by the schema with the guide's terms, extended by
 * the user's own tags (kind Custom). Each tag may have a one-key shortcut for
 * tagging while listening: one character, letters upper-case ("G"), unique
 * across tags. The keys playback uses (Space, J, K, L, +, -) are refused.
 * Used on the thread that opened the Database.
 */
class TagRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TagRepository)
public:
    explicit TagRepository(const Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<QList<Tag>> all() const;
    [[nodiscard]] Result<std::optional<Tag>> find(TagId id) const;
    // Tags applied to a call's annotations, by label, for the details pane.
    [[nodiscard]] Result<QStringList> labelsForCall(CallId call) const;

    // A user's tag. The label must differ (ignoring case) from every other tag's;
    // colour is "#rrggbb"; shortcut may be empty. Its key is "custom.<label>".
    [[nodiscard]] Result<TagId> create(const QString &label, const QString &color,
                                       const QString &shortcut = {});
    [[nodiscard]] Result<void> rename(TagId id, const QString &label);
    [[nodiscard]] Result<void> setColor(TagId id, const QString &color);
    // An empty shortcut removes the tag's; one taken by another tag is refused.
    [[nodiscard]] Result<void> setShortcut(TagId id, const QString &shortcut);
    // Every tag's shortcut ("1", "E"); tags without one are absent.
    [[nodiscard]] Result<QMap<TagId, QString>> shortcuts() const;

    // What the user typed for a tag: its key, its label, or an unambiguous
    // prefix of either, ignoring case. NotFound or InvalidInput (ambiguous,
    // naming the candidates) otherwise.
    [[nodiscard]] Result<Tag> resolve(const QString &text) const;

    // The stored form of a shortcut ("g" → "G"), or an error saying why it cannot be one.
    [[nodiscard]] static Result<QString> normalizeShortcut(const QString &shortcut);

private:
    [[nodiscard]] Result<void> checkLabelFree(const QString &label, TagId except) const;
    [[nodiscard]] Result<void> checkShortcutFree(const QString &shortcut, TagId except) const;
    [[nodiscard]] Result<void> setColumn(TagId id, const QString &column, const QString &value);

    const Database &m_db;
};

} // namespace coach
