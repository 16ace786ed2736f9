// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotation.h"

#include <QUndoCommand>

namespace coach {
class Database;
}
struct AnnotationCommandContext;

/*
 * The annotations of one imported file, as one undo step. They are already
 * stored when the command is made (AnnotationImporter::store(), in one
 * transaction), so the first redo() only shows them; undo() removes them all
 * and a later redo() restores them under their ids, each in one transaction,
 * so an undo never leaves half an import behind. A refused write makes the
 * command obsolete, and QUndoStack drops it.
 */
class ImportAnnotationsCommand final : public QUndoCommand
{
public:
    ImportAnnotationsCommand(const AnnotationCommandContext &context, const coach::Database &db,
                             const QList<coach::Annotation> &stored, const QString &fileName,
                             QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void show();

    const AnnotationCommandContext &m_context;
    const coach::Database &m_db;
    QList<coach::Annotation> m_annotations;
    bool m_inDatabase = true;
};
