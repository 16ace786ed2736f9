// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotation.h"

#include <QUndoCommand>

struct AnnotationCommandContext;

/*
 * Changes an annotation's times, tag or comment, written at once; undo()
 * writes the old values back. Kind only names the step in the Edit menu.
 */
class EditAnnotationCommand final : public QUndoCommand
{
public:
    enum class Kind { Edit, Move };

    EditAnnotationCommand(const AnnotationCommandContext &context, const coach::Annotation &before,
                          const coach::Annotation &after, Kind kind, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void write(const coach::Annotation &annotation);

    const AnnotationCommandContext &m_context;
    coach::Annotation m_before;
    coach::Annotation m_after;
};
