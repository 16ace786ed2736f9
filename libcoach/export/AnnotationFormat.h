// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Annotation.h"
#include "model/Call.h"

#include <QCoreApplication>

#include <optional>

namespace coach {

/*
 * Annotations in the formats other tools read: CSV (ours, documented),
 * Audacity label tracks, ELAN .eaf and Praat TextGrid; CSV and Audacity
 * labels can be read back. Pure functions over values; no database, any thread.
 *
 * CSV holds any number of calls. The other three describe one recording, so
 * write() puts in them the annotations of the first call in `calls` (of the
 * first annotation when `calls` is empty); export each call to its own file.
 *
 * Audacity labels, TextGrid intervals and points carry "Tag label | comment"
 * ("Tag label" without a comment, "| comment" without a tag); tag labels never
 * contain "|" (TagRepository refuses it), so read() splits them back apart.
 */
class AnnotationFormat final
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationFormat)
public:
    enum class Kind { Csv, AudacityLabels, Elan, PraatTextGrid };

    [[nodiscard]] static QString fileSuffix(Kind kind);
    // "csv", "audacity" (or "labels", "txt"), "eaf" (or "elan"), "textgrid" (or "praat"); any case.
    [[nodiscard]] static std::optional<Kind> kindFromName(const QString &name);
    // Whether one file of this kind holds the annotations of several calls.
    [[nodiscard]] static bool holdsManyCalls(Kind kind);
    // The text of an annotation in a label-only format: "Tag label | comment".
    [[nodiscard]] static QString labelText(const Annotation &annotation);

    // `calls` gives the recording and duration each annotation's call refers to.
    [[nodiscard]] static QByteArray write(Kind kind, const QList<Annotation> &annotations,
                                          const QList<Call> &calls);
    // Read annotations for `call`; tags are matched by key or label in `tagLabels`
    // by the caller, so here tagLabel holds the text found in the file.
    // A CSV with rows of several calls gives only the rows whose call_id is `call`.
    // Errors name `path` and the line.
    [[nodiscard]] static Result<QList<Annotation>> read(Kind kind, const QByteArray &data, CallId call,
                                                        const QString &path);

    // "83.2", "83", "1:23.2", "1:02:03" → milliseconds; nullopt for anything else or negative.
    [[nodiscard]] static std::optional<qint64> parseSeconds(QStringView text);

private:
    [[nodiscard]] static QByteArray writeCsv(const QList<Annotation> &annotations, const QList<Call> &calls);
    [[nodiscard]] static QByteArray writeAudacity(const QList<Annotation> &annotations);
    [[nodiscard]] static Result<QList<Annotation>> readCsv(const QByteArray &data, CallId call, const QString &path);
    [[nodiscard]] static Result<QList<Annotation>> readAudacity(const QByteArray &data, CallId call,
                                                                const QString &path);
};

} // namespace coach
