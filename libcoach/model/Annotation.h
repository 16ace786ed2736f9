// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"

#include <QDateTime>
#include <QString>

namespace coach {

/*
 * A manager's mark on a call: a moment (start == end) or a region, with a tag
 * from the vocabulary and a comment. Suggested annotations come from analysis
 * and become confirmed when a person accepts them.
 */
struct Annotation
{
    AnnotationId id;
    CallId call;
    qint64 startMs = 0;
    qint64 endMs = 0;
    TagId tag;        // invalid: no tag, a plain comment
    QString tagKey;   // filled by the repository for display
    QString tagLabel; // likewise
    QString tagColor; // likewise, #rrggbb
    QString comment;
    QString author;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool suggested = false;

    [[nodiscard]] bool isMoment() const { return startMs == endMs; }
};

} // namespace coach
