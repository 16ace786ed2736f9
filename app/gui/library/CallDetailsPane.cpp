// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/CallDetailsPane.h"

#include "common/DisplayFormat.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(4);
    return form;
}

QString orAbsent(const QString &value)
{
    return value.isEmpty() ? DisplayFormat::absent() : value;
}

} // namespace

CallDetailsPane::CallDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    setMinimumWidth(260);

    auto *placeholder = new QLabel(tr("Select a call to see its details."), m_stack);
    placeholder->setObjectName(u"detailsPlaceholder"_s);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    placeholder->setMargin(16);
    m_stack->addWidget(placeholder);

    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(12, 8, 12, 12);
    column->setSpacing(2);

    m_heading = new QLabel(content);
    m_heading->setObjectName(u"detailsHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_subheading = new QLabel(content);
    m_subheading->setObjectName(u"detailsSubheading"_s);
    m_subheading->setWordWrap(true);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(m_heading);
    column->addWidget(m_subheading);

    column->addWidget(sectionTitle(tr("Call"), content));
    auto *call = newForm();
    addField(call, Field::Rep, tr("Rep:"), u"detailRep"_s);
    addField(call, Field::Team, tr("Team:"), u"detailTeam"_s);
    addField(call, Field::StartedAt, tr("Started:"), u"detailStartedAt"_s);
    addField(call, Field::Duration, tr("Duration:"), u"detailDuration"_s);
    addField(call, Field::Queue, tr("Queue:"), u"detailQueue"_s);
    addField(call, Field::Customer, tr("Customer:"), u"detailCustomer"_s);
    column->addLayout(call);

    column->addWidget(sectionTitle(tr("Outcomes"), content));
    auto *outcomes = newForm();
    addField(outcomes, Field::Csat, tr("CSAT:"), u"detailCsat"_s);
    addField(outcomes, Field::FeltHeard, tr("Felt heard:"), u"detailFeltHeard"_s);
    addField(outcomes, Field::Fcr, tr("First-contact resolution:"), u"detailFcr"_s);
    addField(outcomes, Field::RepeatContact, tr("Repeat contact:"), u"detailRepeatContact"_s);
    addField(outcomes, Field::HandleTime, tr("Handle time:"), u"detailHandleTime"_s);
    column->addLayout(outcomes);

    column->addWidget(sectionTitle(tr("Recording"), content));
    auto *recording = newForm();
    addField(recording, Field::Channels, tr("Channels:"), u"detailChannels"_s);
    addField(recording, Field::SampleRate, tr("Sample rate:"), u"detailSampleRate"_s);
    addField(recording, Field::Codec, tr("Codec:"), u"detailCodec"_s);
    column->addLayout(recording);

    m_path = new QLabel(content);
    m_path->setObjectName(u"detailPath"_s);
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_path->setTextFormat(Qt::PlainText);
    column->addWidget(m_path);

    m_missing = new QLabel(content);
    m_missing->setObjectName(u"detailMissing"_s);
    m_missing->setWordWrap(true);
    m_missing->setText(tr("This recording is no longer at this path. It was moved, renamed or deleted "
                          "since the import; import it again from its new place to relink it."));
    // Red on the window's own background reads as a warning in light and dark themes.
    QPalette warning = m_missing->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_missing->setPalette(warning);
    m_missing->hide();
    column->addWidget(m_missing);

    m_reveal = new QPushButton(tr("Show in &Folder"), content);
    m_reveal->setObjectName(u"detailReveal"_s);
    connect(m_reveal, &QPushButton::clicked, this, [this] { emit revealRequested(m_recordingPath); });
    column->addWidget(m_reveal, 0, Qt::AlignLeft);

    column->addWidget(sectionTitle(tr("Tags"), content));
    auto *tags = newForm();
    tags->addRow(m_fields[Field::Tags] = new QLabel(content));
    m_fields[Field::Tags]->setObjectName(u"detailTags"_s);
    m_fields[Field::Tags]->setWordWrap(true);
    column->addLayout(tags);

    column->addWidget(sectionTitle(tr("Transcript"), content));
    m_transcript = new QLabel(content);
    m_transcript->setObjectName(u"detailTranscript"_s);
    m_transcript->setWordWrap(true);
    m_transcript->setTextFormat(Qt::RichText);
    m_transcript->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_transcript->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_transcript);
    column->addStretch(1);

    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QLabel *CallDetailsPane::addField(QFormLayout *form, Field field, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *name = new QLabel(label);
    name->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(name, value);
    m_fields.insert(field, value);
    return value;
}

void CallDetailsPane::setField(Field field, const QString &value)
{
    m_fields.value(field)->setText(orAbsent(value));
}

void CallDetailsPane::setDetails(const Details &details)
{
    const coach::Call &call = details.call;
    m_callId = call.id;
    m_recordingPath = call.recordingPath;

    m_heading->setText(call.repName.isEmpty() ? tr("Unknown rep") : call.repName);
    QStringList sub;
    if (!call.teamName.isEmpty())
        sub << call.teamName;
    if (call.startedAt.isValid())
        sub << DisplayFormat::dateTime(call.startedAt, QLocale::ShortFormat);
    m_subheading->setText(sub.join(u" · "_s));
    m_subheading->setVisible(!sub.isEmpty());

    setField(Field::Rep, call.repName);
    setField(Field::Team, call.teamName);
    setField(Field::StartedAt, DisplayFormat::dateTime(call.startedAt, QLocale::LongFormat));
    setField(Field::Duration, DisplayFormat::duration(call.audio.durationMs));
    setField(Field::Queue, call.queue);
    setField(Field::Customer, call.customerRef);

    QString channels = DisplayFormat::channels(call.audio.channels);
    if (call.audio.channels == 2 && call.agentChannel == coach::AgentChannel::Left)
        channels = tr("Stereo, agent on the left");
    else if (call.audio.channels == 2 && call.agentChannel == coach::AgentChannel::Right)
        channels = tr("Stereo, agent on the right");
    setField(Field::Channels, channels);
    setField(Field::SampleRate, DisplayFormat::sampleRate(call.audio.sampleRate));
    setField(Field::Codec, call.audio.codecName.isEmpty() ? call.audio.codec : call.audio.codecName);

    setField(Field::Csat, DisplayFormat::score(call.csat));
    setField(Field::FeltHeard, DisplayFormat::score(call.feltHeard));
    setField(Field::Fcr, DisplayFormat::yesNo(call.firstContactResolution));
    setField(Field::RepeatContact, DisplayFormat::yesNo(call.repeatContact));
    setField(Field::HandleTime, call.handleTimeS ? DisplayFormat::duration(*call.handleTimeS * 1000) : QString());

    m_path->setText(QDir::toNativeSeparators(call.recordingPath));
    m_missing->setVisible(!details.recordingExists);
    m_reveal->setEnabled(details.recordingExists);

    m_fields.value(Field::Tags)->setText(details.tags.isEmpty() ? tr("No tags on this call yet.")
                                                                : details.tags.join(u", "_s));
    m_transcript->setText(transcriptHtml(details));

    m_stack->setCurrentIndex(1);
}

QString CallDetailsPane::transcriptHtml(const Details &details)
{
    if (details.transcript.isEmpty())
        return tr("No transcript");
    QString html = u"<table cellspacing='0' cellpadding='2'>"_s;
    for (const coach::Segment &segment : details.transcript) {
        html += u"<tr><td valign='top' style='padding-right:8px'><b>%1</b></td><td valign='top'>%2</td></tr>"_s
                    .arg(segment.speaker.toHtmlEscaped(), segment.text.toHtmlEscaped());
    }
    html += u"</table>"_s;
    if (details.transcriptTruncated)
        html += u"<p>…</p>"_s;
    return html;
}

void CallDetailsPane::clear()
{
    m_callId = {};
    m_recordingPath.clear();
    m_stack->setCurrentIndex(0);
}
