// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AnnotationImporter.h"

#include "model/TagLabels.h"
#include "storage/AnnotationRepository.h"
#include "storage/TagRepository.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <optional>
#include <set>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// The first line (1-based) that holds `text`, for a message about a value
// AnnotationFormat read from it; 0 when it cannot be found as written (a CSV
// field with doubled quotes, say).
int lineHolding(const QByteArray &data, const QString &text, int fromLine)
{
    const QByteArray needle = text.toUtf8();
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype n = fromLine - 1; n < lines.size(); ++n) {
        if (lines.at(n).contains(needle))
            return int(n + 1);
    }
    return 0;
}

} // namespace

AnnotationFormat::Kind AnnotationImporter::kindForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0
            ? AnnotationFormat::Kind::Csv
            : AnnotationFormat::Kind::AudacityLabels;
}

bool AnnotationImporter::canRead(AnnotationFormat::Kind kind)
{
    return kind == AnnotationFormat::Kind::Csv || kind == AnnotationFormat::Kind::AudacityLabels;
}

Result<AnnotationImporter::Prepared> AnnotationImporter::prepare(CallId call, const QString &path,
                                                                 AnnotationFormat::Kind kind,
                                                                 const QString &author) const
{
    const QString file = QDir::toNativeSeparators(path);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QFileInfo::exists(path) ? ErrorCode::Io : ErrorCode::NotFound,
                    tr("%1: %2").arg(file, in.errorString()));
    const QByteArray data = in.readAll();
    const auto read = AnnotationFormat::read(kind, data, call, path);
    if (!read)
        return std::unexpected(read.error());

    const auto tags = TagRepository(m_db).all();
    if (!tags)
        return std::unexpected(tags.error());
    QHash<QString, Tag> byName;
    for (const Tag &tag : *tags) {
        byName.insert(tag.key.toCaseFolded(), tag);
        byName.insert(tag.label.toCaseFolded(), tag);
    }
    // A file exported on an English desktop names built-in tags in English;
    // the labels shown here (maybe German) and the user's own tags come first.
    for (const Tag &tag : *tags) {
        if (const QString seeded = TagLabels::seeded(tag.key).toCaseFolded(); !seeded.isEmpty() && !byName.contains(seeded))
            byName.insert(seeded, tag);
    }
    const auto existing = AnnotationRepository(m_db).forCall(call);
    if (!existing)
        return std::unexpected(existing.error());
    using Key = std::tuple<qint64, qint64, qint64, QString>;
    std::set<Key> present;
    for (const Annotation &a : *existing)
        present.insert({ a.startMs, a.endMs, a.tag.value(), a.comment });

    Prepared prepared;
    for (Annotation a : *read) {
        const auto tag = [&]() -> std::optional<Tag> {
            for (const QString &name : { a.tagKey, a.tagLabel }) {
                if (!name.isEmpty() && byName.contains(name.toCaseFolded()))
                    return byName.value(name.toCaseFolded());
            }
            return std::nullopt;
        }();
        if (tag) {
            a.tag = tag->id;
            a.tagKey = tag->key;
            a.tagLabel = tag->label;
        } else if (!a.tagKey.isEmpty() || kind == AnnotationFormat::Kind::Csv) {
            if (!a.tagKey.isEmpty() || !a.tagLabel.isEmpty()) {
                const QString name = a.tagKey.isEmpty() ? a.tagLabel : a.tagKey;
                // A CSV's first line is its header.
                const int line = lineHolding(data, name, kind == AnnotationFormat::Kind::Csv ? 2 : 1);
                return fail(ErrorCode::NotFound,
                            line > 0 ? tr("%1: line %2: the tag “%3” is not in the library; nothing was imported")
                                               .arg(file)
                                               .arg(line)
                                               .arg(name)
                                     : tr("%1: the tag “%2” is not in the library; nothing was imported")
                                               .arg(file, name));
            }
        } else if (!a.tagLabel.isEmpty()) {
            // A free-text Audacity label that names no tag is a comment.
            a.comment = a.comment.isEmpty() ? a.tagLabel : a.tagLabel + u" | "_s + a.comment;
            a.tagLabel.clear();
        }
        if (a.author.isEmpty())
            a.author = author;
        if (!present.insert({ a.startMs, a.endMs, a.tag.value(), a.comment }).second) {
            ++prepared.alreadyThere;
            continue;
        }
        prepared.annotations.append(a);
    }
    return prepared;
}

Result<QList<AnnotationId>> AnnotationImporter::store(const QList<Annotation> &annotations) const
{
    AnnotationRepository repository(m_db);
    Transaction transaction(m_db);
    QList<AnnotationId> ids;
    ids.reserve(annotations.size());
    for (const Annotation &a : annotations) {
        const auto id = repository.insert(a);
        if (!id)
            return std::unexpected(id.error());
        ids.append(*id);
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return ids;
}

} // namespace coach
