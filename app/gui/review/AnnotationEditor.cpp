// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/AnnotationEditor.h"

#include "common/DisplayFormat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

AnnotationEditor::AnnotationEditor(QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel(this))
    , m_tagBox(new QComboBox(this))
    , m_comment(new QLineEdit(this))
    , m_start(new QDoubleSpinBox(this))
    , m_end(new QDoubleSpinBox(this))
    , m_saveButton(new QPushButton(tr("Save"), this))
{
    setObjectName(u"annotationEditor"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    QFont bold = m_heading->font();
    bold.setWeight(QFont::DemiBold);
    m_heading->setFont(bold);

    m_tagBox->setObjectName(u"editorTag"_s);
    m_tagBox->setMinimumContentsLength(18);
    m_tagBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_comment->setObjectName(u"editorComment"_s);
    m_comment->setPlaceholderText(tr("What happened here, and what would work better?"));
    m_comment->setClearButtonEnabled(true);
    connect(m_comment, &QLineEdit::returnPressed, this, &AnnotationEditor::save);

    for (QDoubleSpinBox *box : {m_start, m_end}) {
        box->setDecimals(1);
        box->setSingleStep(0.5);
        box->setSuffix(tr(" s"));
        box->setKeyboardTracking(false);
    }
    m_start->setObjectName(u"editorStart"_s);
    m_end->setObjectName(u"editorEnd"_s);
    m_start->setAccessibleName(tr("Start, in seconds"));
    m_end->setAccessibleName(tr("End, in seconds"));
    // A region cannot end before it starts; a moment has both the same.
    connect(m_start, &QDoubleSpinBox::valueChanged, this, [this](double start) {
        if (m_end->value() < start)
            m_end->setValue(start);
    });
    connect(m_end, &QDoubleSpinBox::valueChanged, this, [this](double end) {
        if (m_start->value() > end)
            m_start->setValue(end);
    });

    m_saveButton->setObjectName(u"editorSave"_s);
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &AnnotationEditor::save);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    connect(cancel, &QPushButton::clicked, this, &AnnotationEditor::cancel);

    auto *tagLabel = new QLabel(tr("&Tag:"), this);
    tagLabel->setBuddy(m_tagBox);
    auto *commentLabel = new QLabel(tr("C&omment:"), this);
    commentLabel->setBuddy(m_comment);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_start);
    auto *toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_end);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(6);
    layout->addWidget(m_heading, 0, 0, 1, 2);
    auto *times = new QHBoxLayout;
    times->addStretch(1);
    times->addWidget(fromLabel);
    times->addWidget(m_start);
    times->addWidget(toLabel);
    times->addWidget(m_end);
    layout->addLayout(times, 0, 2);
    layout->addWidget(tagLabel, 1, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_tagBox);
    row->addWidget(commentLabel);
    row->addWidget(m_comment, 1);
    layout->addLayout(row, 1, 1, 1, 2);
    auto *buttons = new QHBoxLayout;
    auto *hint = new QLabel(tr("Enter saves · Esc cancels"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    buttons->addWidget(hint);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons, 2, 0, 1, 3);
    layout->setColumnStretch(1, 1);

    setTags({});
    hide();
}

void AnnotationEditor::setTags(const QList<coach::Tag> &tags)
{
    const QVariant current = m_tagBox->currentData();
    m_tagBox->clear();
    m_tagBox->addItem(tr("No tag (a comment)"), qint64(0));
    for (const coach::Tag &tag : tags) {
        QPixmap swatch(10, 10);
        swatch.fill(QColor(tag.color));
        m_tagBox->addItem(QIcon(swatch), tag.label, tag.id.value());
    }
    m_tagBox->setCurrentIndex(std::max(0, m_tagBox->findData(current)));
}

void AnnotationEditor::setDuration(qint64 ms)
{
    m_start->setRange(0, ms / 1000.0);
    m_end->setRange(0, ms / 1000.0);
}

void AnnotationEditor::startNew(const coach::TimeRange &range, coach::TagId tag)
{
    m_id = {};
    m_start->setValue(range.startMs / 1000.0);
    m_end->setValue(range.endMs / 1000.0);
    m_tagBox->setCurrentIndex(std::max(0, m_tagBox->findData(tag.value())));
    m_comment->clear();
    open(range.length() > 0 ? tr("New annotation, %1 to %2")
                                  .arg(DisplayFormat::position(range.startMs), DisplayFormat::position(range.endMs))
                            : tr("New annotation at %1").arg(DisplayFormat::position(range.startMs)));
}

void AnnotationEditor::startEdit(const coach::Annotation &annotation)
{
    m_id = annotation.id;
    m_start->setValue(annotation.startMs / 1000.0);
    m_end->setValue(annotation.endMs / 1000.0);
    m_tagBox->setCurrentIndex(std::max(0, m_tagBox->findData(annotation.tag.value())));
    m_comment->setText(annotation.comment);
    open(tr("Edit annotation at %1").arg(DisplayFormat::position(annotation.startMs)));
}

void AnnotationEditor::open(const QString &heading)
{
    m_heading->setText(heading);
    show();
    m_comment->setFocus(Qt::OtherFocusReason);
    m_comment->selectAll();
}

AnnotationEditor::Request AnnotationEditor::request() const
{
    Request request;
    request.id = m_id;
    request.range = {qint64(std::llround(m_start->value() * 1000)), qint64(std::llround(m_end->value() * 1000))};
    request.tag = coach::TagId(m_tagBox->currentData().toLongLong());
    request.comment = m_comment->text().trimmed();
    return request;
}

void AnnotationEditor::save()
{
    if (!isVisible())
        return;
    const Request saved = request();
    hide();
    emit saveRequested(saved);
}

void AnnotationEditor::cancel()
{
    if (!isVisible())
        return;
    hide();
    emit cancelled();
}

bool AnnotationEditor::event(QEvent *event)
{
    // Keys without Ctrl or Alt belong to the editor, not to the review
    // screen's one-key shortcuts (Space, M, tag letters, arrows, Delete).
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            event->accept();
            return true;
        }
    }
    return QFrame::event(event);
}

void AnnotationEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        save();
        return;
    }
    QFrame::keyPressEvent(event);
}
