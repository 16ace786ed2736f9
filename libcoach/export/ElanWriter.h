// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotation.h"
#include "model/Call.h"

#include <QList>

namespace coach {

/*
 * One call's annotations as an ELAN 3.0 document (.eaf): the recording in a
 * MEDIA_DESCRIPTOR, every boundary in the TIME_ORDER, one tier per tag (plus
 * "Comments" for untagged marks). ELAN does not let annotations on one tier
 * overlap, so overlapping ones of a tag spill into "Tag (2)", "Tag (3)" …
 * Used by AnnotationFormat; a pure function, any thread.
 */
class ElanWriter final
{
public:
    [[nodiscard]] static QByteArray write(const QList<Annotation> &annotations, const Call &call);
};

} // namespace coach
