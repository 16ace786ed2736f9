// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotation.h"

#include <QUndoCommand>

struct AnnotationCommandContext;

/*
 * Adds an annotation. The first redo() inserts it and learns its id; undo()
 * removes it; a later redo() restores it under the same id, so anything that
 * refers to it stays valid. A refused write makes the command obsolete, and
 * QUndoStack drops it.
 */
class AddAnnotationCommand final : public QUndoCommand
{
public:
    AddAnnotationCommand(const AnnotationCommandContext &context, const coach::Annotation &annotation,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // Valid after the first successful redo().
    [[nodiscard]] coach::AnnotationId annotationId() const { return m_annotation.id; }

private:
    const AnnotationCommandContext &m_context;
    coach::Annotation m_annotation;
};
