// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ImportAnnotationsCommand.h"

#include "review/AnnotationCommandContext.h"
#include "review/AnnotationModel.h"
#include "storage/AnnotationRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>

ImportAnnotationsCommand::ImportAnnotationsCommand(const AnnotationCommandContext &context, const coach::Database &db,
                                                   const QList<coach::Annotation> &stored, const QString &fileName,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_context(context)
    , m_db(db)
    , m_annotations(stored)
{
    setText(QCoreApplication::translate("ImportAnnotationsCommand", "Import %n Annotation(s) from “%1”", nullptr,
                                        int(stored.size()))
                    .arg(fileName));
}

void ImportAnnotationsCommand::redo()
{
    if (!m_inDatabase) {
        coach::Transaction transaction(m_db);
        for (const coach::Annotation &annotation : std::as_const(m_annotations)) {
            if (const auto restored = m_context.repository->restore(annotation); !restored) {
                m_context.reportError(restored.error().message());
                setObsolete(true);
                return;
            }
        }
        if (const auto committed = transaction.commit(); !committed) {
            m_context.reportError(committed.error().message());
            setObsolete(true);
            return;
        }
        m_inDatabase = true;
    }
    show();
}

void ImportAnnotationsCommand::undo()
{
    coach::Transaction transaction(m_db);
    for (const coach::Annotation &annotation : std::as_const(m_annotations)) {
        if (const auto removed = m_context.repository->remove(annotation.id); !removed) {
            m_context.reportError(removed.error().message());
            setObsolete(true);
            return;
        }
    }
    if (const auto committed = transaction.commit(); !committed) {
        m_context.reportError(committed.error().message());
        setObsolete(true);
        return;
    }
    m_inDatabase = false;
    for (const coach::Annotation &annotation : std::as_const(m_annotations))
        m_context.model->remove(annotation.id);
}

void ImportAnnotationsCommand::show()
{
    if (m_annotations.isEmpty())
        return;
    // Read back once: the repository fills in each tag's label and colour.
    const auto stored = m_context.repository->forCall(m_annotations.constFirst().call);
    if (!stored) {
        m_context.reportError(stored.error().message());
        return;
    }
    QSet<qint64> mine;
    for (const coach::Annotation &annotation : std::as_const(m_annotations))
        mine.insert(annotation.id.value());
    QList<coach::Annotation> shown;
    for (const coach::Annotation &annotation : *stored) {
        if (mine.contains(annotation.id.value()))
            shown << annotation;
    }
    if (shown.size() == m_annotations.size())
        m_annotations = shown;
    for (const coach::Annotation &annotation : std::as_const(shown))
        m_context.model->upsert(annotation);
}
