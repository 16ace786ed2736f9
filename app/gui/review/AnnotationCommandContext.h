// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace coach {
class AnnotationRepository;
}
class AnnotationModel;

/*
 * What the annotation undo commands work on: the repository that writes each
 * change at once, the model that shows it, and where a refused write is
 * reported. Owned by ReviewController, which outlives its undo stack.
 */
struct AnnotationCommandContext
{
    coach::AnnotationRepository *repository = nullptr;
    AnnotationModel *model = nullptr;
    std::function<void(const QString &message)> reportError;
};
