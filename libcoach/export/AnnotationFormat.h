// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Annotation.h"
#include "model/Call.h"

#include <QCoreApplication>

namespace coach {

/*
 * Annotations in the formats other tools read: CSV (ours, documented),
 * Audacity label tracks, ELAN .eaf and Praat TextGrid; CSV and Audacity
 * labels can be read back. Pure functions over values; no database.
 */
class AnnotationFormat final
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationFormat)
public:
    enum class Kind { Csv, AudacityLabels, Elan, PraatTextGrid };

    [[nodiscard]] static QString fileSuffix(Kind kind);
    // `calls` gives the recording and duration each annotation's call refers to.
    [[nodiscard]] static QByteArray write(Kind kind, const QList<Annotation> &annotations,
                                          const QList<Call> &calls);
    // Read annotations for `call`; tags are matched by key or label in `tagLabels`
    // by the caller, so here tagLabel holds the text found in the file.
    [[nodiscard]] static Result<QList<Annotation>> read(Kind kind, const QByteArray &data, CallId call,
                                                        const QString &path);
};

} // namespace coach
