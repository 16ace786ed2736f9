// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotation.h"

#include <QUndoCommand>

struct AnnotationCommandContext;

/*
 * Deletes an annotation at once; undo() restores it under its old id with
 * its old times, tag and comment.
 */
class RemoveAnnotationCommand final : public QUndoCommand
{
public:
    RemoveAnnotationCommand(const AnnotationCommandContext &context, const coach::Annotation &annotation,
                            QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    const AnnotationCommandContext &m_context;
    coach::Annotation m_annotation;
};
