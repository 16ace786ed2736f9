// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/EditAnnotationCommand.h"

#include "review/AnnotationCommandContext.h"
#include "review/AnnotationModel.h"
#include "storage/AnnotationRepository.h"

#include <QCoreApplication>

EditAnnotationCommand::EditAnnotationCommand(const AnnotationCommandContext &context,
                                             const coach::Annotation &before, const coach::Annotation &after,
                                             Kind kind, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_context(context)
    , m_before(before)
    , m_after(after)
{
    setText(kind == Kind::Move ? QCoreApplication::translate("EditAnnotationCommand", "Move Annotation")
                               : QCoreApplication::translate("EditAnnotationCommand", "Edit Annotation"));
}

void EditAnnotationCommand::write(const coach::Annotation &annotation)
{
    coach::AnnotationRepository &repo = *m_context.repository;
    if (const auto updated = repo.update(annotation); !updated) {
        m_context.reportError(updated.error().message());
        setObsolete(true);
        return;
    }
    // Read back for the tag's label and colour, which a new tag changes.
    if (const auto stored = repo.find(annotation.id); stored && *stored)
        m_context.model->upsert(**stored);
}

void EditAnnotationCommand::redo()
{
    write(m_after);
}

void EditAnnotationCommand::undo()
{
    write(m_before);
}
