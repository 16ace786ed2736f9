// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/AddAnnotationCommand.h"

#include "review/AnnotationCommandContext.h"
#include "review/AnnotationModel.h"
#include "storage/AnnotationRepository.h"

#include <QCoreApplication>

AddAnnotationCommand::AddAnnotationCommand(const AnnotationCommandContext &context,
                                           const coach::Annotation &annotation, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_context(context)
    , m_annotation(annotation)
{
    setText(annotation.tagLabel.isEmpty()
                ? QCoreApplication::translate("AddAnnotationCommand", "Add Annotation")
                : QCoreApplication::translate("AddAnnotationCommand", "Add “%1”").arg(annotation.tagLabel));
}

void AddAnnotationCommand::redo()
{
    coach::AnnotationRepository &repo = *m_context.repository;
    if (!m_annotation.id.isValid()) {
        const auto id = repo.insert(m_annotation);
        if (!id) {
            m_context.reportError(id.error().message());
            setObsolete(true);
            return;
        }
        m_annotation.id = *id;
    } else if (const auto restored = repo.restore(m_annotation); !restored) {
        m_context.reportError(restored.error().message());
        setObsolete(true);
        return;
    }
    // Read back: the repository fills the tag's label and colour and the times.
    if (const auto stored = repo.find(m_annotation.id); stored && *stored) {
        m_annotation = **stored;
        m_context.model->upsert(m_annotation);
    }
}

void AddAnnotationCommand::undo()
{
    if (const auto removed = m_context.repository->remove(m_annotation.id); !removed) {
        m_context.reportError(removed.error().message());
        setObsolete(true);
        return;
    }
    m_context.model->remove(m_annotation.id);
}
