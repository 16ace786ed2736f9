// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Call.h"
#include "model/Segment.h"

#include <QMap>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

/*
 * Everything known about the selected call, beside the table: who, when, the
 * recording, the contact centre's outcomes, tags and the opening of the
 * transcript. Takes state through setDetails(); reads nothing itself. Emits
 * revealRequested() when the user asks to see the recording's folder and
 * openRequested() when they ask to review the call.
 */
class CallDetailsPane final : public QWidget
{
    Q_OBJECT
public:
    // What the controller gathers from libcoach for one call.
    struct Details
    {
        coach::Call call;
        QStringList tags;
        QList<coach::Segment> transcript; // the first segments only
        bool transcriptTruncated = false;
        bool recordingExists = true;
    };

    static constexpr int TranscriptPreviewSegments = 8;

    explicit CallDetailsPane(QWidget *parent = nullptr);

    void setDetails(const Details &details);
    // Back to "select a call".
    void clear();

    [[nodiscard]] bool hasCall() const { return m_callId.isValid(); }
    [[nodiscard]] coach::CallId callId() const { return m_callId; }

signals:
    void revealRequested(const QString &recordingPath);
    void openRequested(coach::CallId call);

private:
    enum class Field {
        StartedAt, Duration, Channels, SampleRate, Codec, Queue, Customer,
        Csat, FeltHeard, Fcr, RepeatContact, HandleTime, Tags,
    };

    QLabel *addField(QFormLayout *form, Field field, const QString &label, const QString &objectName);
    void setField(Field field, const QString &value);
    [[nodiscard]] QString transcriptHtml(const Details &details) const;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_subheading = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_missing = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_transcript = nullptr;
    QMap<Field, QLabel *> m_fields;
    coach::CallId m_callId;
    QString m_recordingPath;
};
