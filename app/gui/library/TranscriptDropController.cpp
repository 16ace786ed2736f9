// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/TranscriptDropController.h"

#include "common/DisplayFormat.h"
#include "review/SpeakerColors.h"
#include "services/TranscriptAttacher.h"
#include "storage/CallRepository.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

TranscriptDropController::TranscriptDropController(const coach::Database &db, QWidget *dialogParent,
                                                   QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_dialogParent(dialogParent)
{
}

QString TranscriptDropController::transcriptPath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    // Several files onto one call would leave the user guessing which one won.
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    const QFileInfo info(urls.first().toLocalFile());
    if (!info.isFile() || !coach::TranscriptAttacher::isTranscriptName(info.fileName()))
        return {};
    return info.absoluteFilePath();
}

TranscriptDropController::Outcome TranscriptDropController::attach(coach::CallId id, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const auto refuse = [this, &name](const QString &cause) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot Attach Transcript"),
                        tr("“%1” was not attached; the call keeps the transcript it had.").arg(name),
                        QMessageBox::Ok, m_dialogParent);
        box.setInformativeText(cause);
        box.exec();
        return Outcome::Failed;
    };

    const auto found = coach::CallRepository(m_db).find(id);
    if (!found)
        return refuse(found.error().message());
    if (!*found)
        return refuse(tr("The call is no longer in the library."));
    const coach::Call &call = **found;

    // Read before asking: a file that cannot be attached is no reason to
    // make the user decide about the transcript it would replace.
    const auto transcript = coach::TranscriptAttacher::read(path);
    if (!transcript)
        return refuse(transcript.error().message());

    if (call.hasTranscript) {
        QStringList who;
        if (!call.repName.isEmpty())
            who << call.repName;
        if (call.startedAt.isValid())
            who << DisplayFormat::dateTime(call.startedAt, QLocale::ShortFormat);
        if (who.isEmpty())
            who << QFileInfo(call.recordingPath).fileName();
        QMessageBox box(QMessageBox::Question, tr("Replace Transcript?"),
                        tr("The call %1 already has a transcript. Replace it with “%2”?")
                                .arg(who.join(u" · "_s), name),
                        QMessageBox::NoButton, m_dialogParent);
        box.setInformativeText(tr("Its lines and who speaks them are replaced; the call's annotations stay."));
        QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::AcceptRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(replace);
        box.setEscapeButton(cancel);
        box.exec();
        if (box.clickedButton() != replace)
            return Outcome::Declined;
    }

    const auto roles = coach::TranscriptAttacher(m_db).attach(call, *transcript);
    if (!roles)
        return refuse(roles.error().message());

    QStringList parties;
    for (const coach::SpeakerRole role : {coach::SpeakerRole::Agent, coach::SpeakerRole::Customer}) {
        QStringList speakers = roles->keys(role);
        speakers.sort();
        if (!speakers.isEmpty())
            parties << tr("%1: %2").arg(SpeakerColors::name(role), speakers.join(u", "_s));
    }
    QString message = tr("Attached “%1”: %n line(s)", nullptr, int(transcript->segments.size())).arg(name);
    if (!parties.isEmpty())
        message += u"; "_s + parties.join(u"; "_s);
    emit attached(id, message);
    return Outcome::Attached;
}
