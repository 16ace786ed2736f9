// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightEditorDialog.h"

#include "common/DisplayFormat.h"
#include "export/AnnotationFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

HighlightEditorDialog::HighlightEditorDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"highlightEditor"_s);
    setWindowTitle(tr("Highlight of the Week"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"callSummary"_s);
    m_summary->setWordWrap(true);
    QFont font = m_summary->font();
    font.setWeight(QFont::DemiBold);
    m_summary->setFont(font);

    m_wholeCall = new QCheckBox(tr("The whole call"), this);
    m_from = new QLineEdit(this);
    m_from->setObjectName(u"fromEdit"_s);
    m_to = new QLineEdit(this);
    m_to->setObjectName(u"toEdit"_s);
    for (QLineEdit *edit : { m_from, m_to }) {
        edit->setPlaceholderText(tr("m:ss"));
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(u"00:00:00.0"_s) + 24);
        connect(edit, &QLineEdit::textChanged, this, &HighlightEditorDialog::validate);
    }
    connect(m_wholeCall, &QCheckBox::toggled, this, [this](bool whole) {
        m_from->setEnabled(!whole);
        m_to->setEnabled(!whole);
        validate();
    });
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addSpacing(12);
    range->addWidget(m_wholeCall);
    range->addStretch(1);

    m_pattern = new QComboBox(this);
    m_pattern->setObjectName(u"patternBox"_s);
    m_pattern->addItem(tr("No pattern named"), QVariant());

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setPlaceholderText(tr("What should the team listen for? E.g. how the rep bridged from the "
                                    "customer's anger to the fix."));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &HighlightEditorDialog::validate);

    m_chosenBy = new QLineEdit(this);
    m_chosenBy->setObjectName(u"chosenByEdit"_s);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Make Highlight"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Region:"), range);
    form->addRow(tr("Pattern:"), m_pattern);
    form->addRow(tr("Why it was good:"), m_reason);
    form->addRow(tr("Chosen by:"), m_chosenBy);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
    validate();
}

void HighlightEditorDialog::setCallSummary(const QString &summary, qint64 callDurationMs)
{
    m_summary->setText(summary);
    m_durationMs = callDurationMs;
    validate();
}

void HighlightEditorDialog::setPatterns(const QList<coach::Tag> &patterns)
{
    const QVariant current = m_pattern->currentData();
    while (m_pattern->count() > 1)
        m_pattern->removeItem(1);
    for (const coach::Tag &tag : patterns)
        m_pattern->addItem(tag.label, tag.id.value());
    const int index = m_pattern->findData(current);
    m_pattern->setCurrentIndex(index < 0 ? 0 : index);
}

void HighlightEditorDialog::setHighlight(const coach::Highlight &highlight)
{
    m_base = highlight;
    m_wholeCall->setChecked(!highlight.region.has_value());
    m_from->setText(highlight.region ? DisplayFormat::position(highlight.region->startMs) : QString());
    m_to->setText(highlight.region ? DisplayFormat::position(highlight.region->endMs) : QString());
    const int index = highlight.patternTag.isValid() ? m_pattern->findData(highlight.patternTag.value()) : 0;
    m_pattern->setCurrentIndex(index < 0 ? 0 : index);
    m_reason->setPlainText(highlight.reason);
    m_chosenBy->setText(highlight.chosenBy);
    validate();
}

coach::Highlight HighlightEditorDialog::highlight() const
{
    coach::Highlight h = m_base;
    h.region.reset();
    if (!m_wholeCall->isChecked()) {
        const auto from = coach::AnnotationFormat::parseSeconds(m_from->text().trimmed());
        const auto to = coach::AnnotationFormat::parseSeconds(m_to->text().trimmed());
        if (from && to)
            h.region = coach::TimeRange{ *from, *to };
    }
    const QVariant pattern = m_pattern->currentData();
    h.patternTag = pattern.isValid() ? coach::TagId(pattern.toLongLong()) : coach::TagId();
    h.patternLabel = pattern.isValid() ? m_pattern->currentText() : QString();
    h.reason = m_reason->toPlainText().trimmed();
    h.chosenBy = m_chosenBy->text().trimmed();
    return h;
}

QString HighlightEditorDialog::problem() const
{
    if (!m_wholeCall->isChecked()) {
        const auto from = coach::AnnotationFormat::parseSeconds(m_from->text().trimmed());
        const auto to = coach::AnnotationFormat::parseSeconds(m_to->text().trimmed());
        if (!from)
            return tr("Write where the part to share starts, as m:ss or seconds.");
        if (!to)
            return tr("Write where the part to share ends, as m:ss or seconds.");
        if (*to <= *from)
            return tr("The region must end after it starts.");
        if (m_durationMs > 0 && *to > m_durationMs)
            return tr("The call is only %1 long.").arg(DisplayFormat::duration(m_durationMs));
    }
    if (m_reason->toPlainText().trimmed().isEmpty())
        return tr("Say why this call was good: the team hears it with your reason.");
    return {};
}

void HighlightEditorDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}
