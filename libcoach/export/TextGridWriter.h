// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotation.h"
#include "model/Call.h"

#include <QList>

namespace coach {

/*
 * One call's annotations as a Praat TextGrid in the long text format: regions
 * in IntervalTiers covering 0..duration with empty intervals between them
 * (overlapping regions spill into "regions 2", "regions 3" …), moments in a
 * TextTier. The duration is the call's, or the last annotation's end if that
 * is later. Used by AnnotationFormat; a pure function, any thread.
 */
class TextGridWriter final
{
public:
    [[nodiscard]] static QByteArray write(const QList<Annotation> &annotations, const Call &call);
};

} // namespace coach
