// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "export/AnnotationFormat.h"
#include "model/Annotation.h"

#include <QCoreApplication>
#include <QList>

namespace coach {

class Database;

/*
 * Brings a CSV or Audacity label file's annotations into a call, for `coach
 * annotations CALL --import` and the Review screen's Import… alike.
 *
 * prepare() reads the file and matches its tags to the library's by key or
 * label, exactly (a guess would be silent); a CSV naming a tag the library
 * lacks is refused whole, while an Audacity label that names no tag becomes
 * an untagged comment. Annotations the call already has are left out, so
 * importing a file twice adds nothing the second time. Nothing is written
 * until store(), which inserts them all in one transaction: an import lands
 * whole or not at all.
 *
 * Uses the Database on the thread that opened it.
 */
class AnnotationImporter final
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationImporter)
public:
    struct Prepared
    {
        QList<Annotation> annotations; // new to the call, tags resolved, in file order
        int alreadyThere = 0;          // in the file and already on the call
    };

    explicit AnnotationImporter(const Database &db)
        : m_db(db)
    {
    }

    // CSV for a .csv file, Audacity labels for anything else (.txt is what Audacity writes).
    [[nodiscard]] static AnnotationFormat::Kind kindForPath(const QString &path);
    [[nodiscard]] static bool canRead(AnnotationFormat::Kind kind);

    // `author` fills in annotations whose file names none.
    [[nodiscard]] Result<Prepared> prepare(CallId call, const QString &path, AnnotationFormat::Kind kind,
                                           const QString &author = {}) const;
    // Inserts the prepared annotations; their ids, in the same order.
    [[nodiscard]] Result<QList<AnnotationId>> store(const QList<Annotation> &annotations) const;

private:
    const Database &m_db;
};

} // namespace coach
