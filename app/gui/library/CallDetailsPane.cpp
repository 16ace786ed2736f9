// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/CallDetailsPane.h"

#include "common/DisplayFormat.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
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
    // One form for every section, so all labels share one column and the
    // values line up from top to bottom.
    auto *form = new QFormLayout(content);
    form->setContentsMargins(12, 8, 12, 12);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Top-aligned, so a label stays beside the first line of a wrapped value.
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(4);

    m_heading = new QLabel(content);
    m_heading->setObjectName(u"detailsHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_subheading = new QLabel(content);
    m_subheading->setObjectName(u"detailsSubheading"_s);
    m_subheading->setWordWrap(true);
    m_subheading->setTextFormat(Qt::PlainText);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_heading);
    form->addRow(m_subheading);

    m_open = new QPushButton(QIcon::fromTheme(u"media-playback-start"_s), tr("O&pen for Review"), content);
    m_open->setObjectName(u"detailOpen"_s);
    m_open->setToolTip(tr("Play the call, read its transcript and annotate it (Enter in the table)"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_callId.isValid())
            emit openRequested(m_callId);
    });
    auto *openRow = new QHBoxLayout;
    openRow->setContentsMargins(0, 6, 0, 0);
    openRow->addWidget(m_open);
    openRow->addStretch(1);
    form->addRow(openRow);

    // The heading names the rep and the team; the rows say the rest.
    form->addRow(sectionTitle(tr("Call"), content));
    addField(form, Field::StartedAt, tr("Started:"), u"detailStartedAt"_s);
    addField(form, Field::Duration, tr("Duration:"), u"detailDuration"_s);
    addField(form, Field::Queue, tr("Queue:"), u"detailQueue"_s);
    addField(form, Field::Customer, tr("Customer:"), u"detailCustomer"_s);

    form->addRow(sectionTitle(tr("Outcomes"), content));
    addField(form, Field::Csat, tr("CSAT:"), u"detailCsat"_s);
    addField(form, Field::FeltHeard, tr("Felt heard:"), u"detailFeltHeard"_s);
    addField(form, Field::Fcr, tr("FCR:"), u"detailFcr"_s)->setToolTip(tr("First-contact resolution"));
    addField(form, Field::RepeatContact, tr("Repeat contact:"), u"detailRepeatContact"_s);
    addField(form, Field::HandleTime, tr("Handle time:"), u"detailHandleTime"_s);

    form->addRow(sectionTitle(tr("Recording"), content));
    addField(form, Field::Channels, tr("Channels:"), u"detailChannels"_s);
    addField(form, Field::SampleRate, tr("Sample rate:"), u"detailSampleRate"_s);
    addField(form, Field::Codec, tr("Codec:"), u"detailCodec"_s);

    // Full width: a path squeezed into the value column wraps every few characters.
    m_path = new QLabel(content);
    m_path->setObjectName(u"detailPath"_s);
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_path->setTextFormat(Qt::PlainText);
    m_path->setContentsMargins(0, 4, 0, 0);
    form->addRow(m_path);

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
    form->addRow(m_missing);

    m_reveal = new QPushButton(tr("Show in &Folder"), content);
    m_reveal->setObjectName(u"detailReveal"_s);
    connect(m_reveal, &QPushButton::clicked, this, [this] { emit revealRequested(m_recordingPath); });
    auto *revealRow = new QHBoxLayout;
    revealRow->addWidget(m_reveal);
    revealRow->addStretch(1);
    form->addRow(revealRow);

    form->addRow(sectionTitle(tr("Tags"), content));
    auto *tags = new QLabel(content);
    tags->setObjectName(u"detailTags"_s);
    tags->setWordWrap(true);
    tags->setTextFormat(Qt::PlainText);
    m_fields.insert(Field::Tags, tags);
    form->addRow(tags);

    form->addRow(sectionTitle(tr("Transcript"), content));
    m_transcript = new QLabel(content);
    m_transcript->setObjectName(u"detailTranscript"_s);
    m_transcript->setWordWrap(true);
    m_transcript->setTextFormat(Qt::RichText);
    m_transcript->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_transcript->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_transcript);

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

    setField(Field::StartedAt, DisplayFormat::longDateTime(call.startedAt));
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
    // A call without its recording still opens: its transcript and annotations are there.
    m_open->setEnabled(call.id.isValid());

    m_fields.value(Field::Tags)->setText(details.tags.isEmpty() ? tr("No tags on this call yet.")
                                                                : details.tags.join(u", "_s));
    m_transcript->setText(transcriptHtml(details));

    m_stack->setCurrentIndex(1);
}

QString CallDetailsPane::transcriptHtml(const Details &details) const
{
    if (details.transcript.isEmpty())
        return tr("No transcript");
    // Speaker and time on one line, the words below: the pane is narrow, and
    // a speaker column would leave the text a sliver.
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString html;
    for (const coach::Segment &segment : details.transcript) {
        html += u"<p style='margin-bottom:6px'><b>%1</b>&nbsp;&nbsp;<span style='color:%2'>%3</span><br>%4</p>"_s
                    .arg(segment.speaker.toHtmlEscaped(), muted, DisplayFormat::position(segment.startMs),
                         segment.text.toHtmlEscaped());
    }
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
