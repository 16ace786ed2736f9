// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnotationsCommand.h"

#include "AnnotationJson.h"
#include "CallArgument.h"
#include "core/DurationFormat.h"
#include "export/AnnotationFormat.h"
#include "services/AnnotationImporter.h"
#include "storage/AnnotationRepository.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

namespace {

// Written through a temporary file renamed at the end, so a failed export never leaves half a file.
Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, AnnotationsCommand::tr("%1: cannot write (%2)")
                                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

QString AnnotationsCommand::summary() const
{
    return tr("List, export or import a call's annotations");
}

void AnnotationsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"call"_s, tr("The call's id (from “coach list”) or its recording file; "
                                               "with --export, leave it out for every call."),
                                 tr("[CALL]"));
    parser.addOption({ u"json"_s, tr("Print a JSON array (see the README for its fields).") });
    parser.addOption({ u"export"_s, tr("Write the annotations as csv, audacity, eaf or textgrid."), tr("FORMAT") });
    parser.addOption({ u"out"_s, tr("Where --export writes; a folder for every call's audacity, eaf or textgrid "
                                    "files, one per call."),
                       tr("FILE") });
    parser.addOption({ u"import"_s, tr("Read Audacity labels (.txt) or Coachbench CSV (.csv) into CALL."), tr("FILE") });
    parser.addOption({ u"format"_s, tr("The format of the --import file, when its name does not say (csv, audacity)."),
                       tr("FORMAT") });
    parser.addOption({ u"author"_s, tr("Author of imported annotations that name none."), tr("NAME") });
}

int AnnotationsCommand::execute(const QCommandLineParser &parser, Context &context)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        context.err << tr("error: name at most one call") << u'\n';
        return Usage;
    }
    const QString callRef = positional.value(0);
    if (parser.isSet(u"export"_s) && parser.isSet(u"import"_s)) {
        context.err << tr("error: --export and --import do not go together") << u'\n';
        return Usage;
    }
    if (parser.isSet(u"export"_s)) {
        if (!parser.isSet(u"out"_s)) {
            context.err << tr("error: say where with --out FILE") << u'\n';
            return Usage;
        }
        if (!AnnotationFormat::kindFromName(parser.value(u"export"_s))) {
            context.err << tr("error: unknown format “%1”; use csv, audacity, eaf or textgrid")
                                   .arg(parser.value(u"export"_s))
                        << u'\n';
            return Usage;
        }
    } else if (callRef.isEmpty()) {
        context.err << tr("error: name one call, by id or recording file") << u'\n';
        return Usage;
    }

    auto db = openLibrary(context);
    if (!db)
        return Failure;
    if (parser.isSet(u"export"_s))
        return exportTo(*db, parser.value(u"export"_s), parser.value(u"out"_s), callRef, context);
    const auto call = CallArgument::find(*db, callRef);
    if (!call)
        return report(call.error(), context);
    if (parser.isSet(u"import"_s))
        return importFrom(*db, *call, parser.value(u"import"_s), parser.value(u"format"_s), parser.value(u"author"_s),
                          context);
    return list(*db, *call, parser.isSet(u"json"_s), context);
}

int AnnotationsCommand::list(const Database &db, const Call &call, bool json, Context &context)
{
    const auto annotations = AnnotationRepository(db).forCall(call.id);
    if (!annotations)
        return report(annotations.error(), context);
    if (json) {
        QJsonArray array;
        for (const Annotation &a : *annotations)
            array.append(AnnotationJson::annotation(a));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (annotations->isEmpty()) {
        context.out << tr("Call %1 has no annotations.").arg(call.id.value()) << u'\n';
        return Success;
    }
    for (const Annotation &a : *annotations) {
        const QString where = a.isMoment() ? formatDuration(a.startMs)
                                           : formatDuration(a.startMs) + u'–' + formatDuration(a.endMs);
        context.out << QString::number(a.id.value()).rightJustified(6) << u"  "_s << where.leftJustified(12) << u"  "_s
                    << AnnotationFormat::labelText(a)
                    << (a.author.isEmpty() ? QString() : u"  ("_s + a.author + u')')
                    << (a.suggested ? tr("  [suggested]") : QString()) << u'\n';
    }
    return Success;
}

int AnnotationsCommand::exportTo(const Database &db, const QString &format, const QString &out,
                                 const QString &callRef, Context &context)
{
    const AnnotationFormat::Kind kind = *AnnotationFormat::kindFromName(format);
    AnnotationRepository repository(db);
    QList<Call> calls;
    QList<Annotation> annotations;
    if (!callRef.isEmpty()) {
        const auto call = CallArgument::find(db, callRef);
        if (!call)
            return report(call.error(), context);
        const auto found = repository.forCall(call->id);
        if (!found)
            return report(found.error(), context);
        calls = { *call };
        annotations = *found;
    } else {
        const auto found = repository.all();
        if (!found)
            return report(found.error(), context);
        annotations = *found;
        CallRepository callRepository(db);
        for (const Annotation &a : std::as_const(annotations)) {
            if (!calls.isEmpty() && calls.constLast().id == a.call)
                continue; // all() comes by call, so each call is looked up once
            const auto call = callRepository.find(a.call);
            if (!call)
                return report(call.error(), context);
            if (call->has_value())
                calls.append(**call);
        }
    }

    if (!callRef.isEmpty() || AnnotationFormat::holdsManyCalls(kind)) {
        if (auto written = writeFile(out, AnnotationFormat::write(kind, annotations, calls)); !written)
            return report(written.error(), context);
        context.out << tr("Wrote %n annotation(s)", nullptr, int(annotations.size())) << u' '
                    << tr("to %1").arg(QDir::toNativeSeparators(out)) << u'\n';
        return Success;
    }
    // One recording per Audacity, ELAN or Praat file: a folder with a file per call.
    if (!QDir().mkpath(out)) {
        context.err << tr("error: %1: cannot create the folder").arg(QDir::toNativeSeparators(out)) << u'\n';
        return Failure;
    }
    for (const Call &call : std::as_const(calls)) {
        const QString name = u"%1-%2.%3"_s.arg(call.id.value())
                                     .arg(QFileInfo(call.recordingPath).completeBaseName(),
                                          AnnotationFormat::fileSuffix(kind));
        if (auto written = writeFile(QDir(out).filePath(name), AnnotationFormat::write(kind, annotations, { call }));
            !written)
            return report(written.error(), context);
    }
    context.out << tr("Wrote %n annotation(s)", nullptr, int(annotations.size())) << u' '
                << tr("of %n call(s) to %1", nullptr, int(calls.size())).arg(QDir::toNativeSeparators(out)) << u'\n';
    return Success;
}

int AnnotationsCommand::importFrom(const Database &db, const Call &call, const QString &path, const QString &format,
                                   const QString &author, Context &context)
{
    const std::optional<AnnotationFormat::Kind> kind =
            format.isEmpty() ? AnnotationImporter::kindForPath(path) : AnnotationFormat::kindFromName(format);
    if (!kind || !AnnotationImporter::canRead(*kind)) {
        context.err << tr("error: --import reads csv or audacity, not “%1”").arg(format) << u'\n';
        return Usage;
    }
    const AnnotationImporter importer(db);
    const auto prepared = importer.prepare(call.id, path, *kind, author);
    if (!prepared)
        return report(prepared.error(), context);
    if (const auto stored = importer.store(prepared->annotations); !stored)
        return report(stored.error(), context);
    const int added = int(prepared->annotations.size());
    const int skipped = prepared->alreadyThere;
    context.out << tr("Imported %n annotation(s)", nullptr, added) << u' '
                << tr("into call %1").arg(call.id.value());
    if (skipped > 0)
        context.out << u"; "_s << tr("%n already there", nullptr, skipped);
    context.out << u'\n';
    return Success;
}

} // namespace coach::cli
