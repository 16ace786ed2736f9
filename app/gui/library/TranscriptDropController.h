// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"

#include <QObject>
#include <QPointer>

namespace coach {
class Database;
}
class QMimeData;
class QWidget;

/*
 * A transcript file dropped onto a call: attached the way `coach attach`
 * does it (TranscriptAttacher), with the questions a window asks. The file is
 * read first, so a bad one is reported naming the file and the cause and
 * nothing changes; a call that already has a transcript keeps it unless the
 * user says to replace it.
 *
 * The Library (a drop on a row) and the Review screen (a drop on the open
 * call) each own one, on the GUI thread; it borrows the Database and shows
 * its dialogs over `dialogParent`. Call attach() outside the drop handler
 * (queued): a modal dialog inside it would hold the drag source.
 */
class TranscriptDropController final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Attached, Declined, Failed };

    TranscriptDropController(const coach::Database &db, QWidget *dialogParent, QObject *parent = nullptr);

    // The one transcript file a drag carries, or an empty string when it
    // carries anything else (recordings, several files), which is left to
    // whoever imports recordings.
    [[nodiscard]] static QString transcriptPath(const QMimeData *mime);

    Outcome attach(coach::CallId call, const QString &path);

signals:
    // After a transcript was stored; `message` says what, for the status bar.
    void attached(coach::CallId call, const QString &message);

private:
    const coach::Database &m_db;
    QPointer<QWidget> m_dialogParent;
};
