// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/RemoveAnnotationCommand.h"

#include "review/AnnotationCommandContext.h"
#include "review/AnnotationModel.h"
#include "storage/AnnotationRepository.h"

#include <QCoreApplication>

RemoveAnnotationCommand::RemoveAnnotationCommand(const AnnotationCommandContext &context,
                                                 const coach::Annotation &annotation, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_context(context)
    , m_annotation(annotation)
{
    setText(annotation.tagLabel.isEmpty()
                ? QCoreApplication::translate("RemoveAnnotationCommand", "Delete Annotation")
                : QCoreApplication::translate("RemoveAnnotationCommand", "Delete “%1”").arg(annotation.tagLabel));
}

void RemoveAnnotationCommand::redo()
{
    if (const auto removed = m_context.repository->remove(m_annotation.id); !removed) {
        m_context.reportError(removed.error().message());
        setObsolete(true);
        return;
    }
    m_context.model->remove(m_annotation.id);
}

void RemoveAnnotationCommand::undo()
{
    if (const auto restored = m_context.repository->restore(m_annotation); !restored) {
        m_context.reportError(restored.error().message());
        setObsolete(true);
        return;
    }
    m_context.model->upsert(m_annotation);
}
