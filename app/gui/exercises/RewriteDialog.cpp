// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercises/RewriteDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

RewriteDialog::RewriteDialog(const QList<coach::Rep> &reps, const coach::ExcerptTurn &target, QWidget *parent)
    : QDialog(parent)
    , m_rep(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"rewriteDialog"_s);
    setWindowTitle(tr("Record Rewrite"));
    resize(560, 360);

    auto *original = new QLabel(this);
    original->setWordWrap(true);
    original->setTextFormat(Qt::PlainText);
    original->setText(tr("%1 said: “%2”").arg(target.speaker, target.text));
    original->setForegroundRole(QPalette::PlaceholderText);

    m_rep->setObjectName(u"rewriteRep"_s);
    m_rep->addItem(tr("Someone not in the library"), QVariant::fromValue(qint64(0)));
    for (const coach::Rep &rep : reps)
        m_rep->addItem(rep.name, QVariant::fromValue(rep.id.value()));
    if (m_rep->count() > 1)
        m_rep->setCurrentIndex(1);
    m_text->setObjectName(u"rewriteText"_s);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("The rep's rewrite of the turn, as they wrote it"));
    connect(m_text, &QPlainTextEdit::textChanged, this, &RewriteDialog::updateOk);

    auto *form = new QFormLayout;
    form->addRow(tr("&Rep:"), m_rep);
    form->addRow(tr("Re&write:"), m_text);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(original);
    layout->addLayout(form, 1);
    layout->addWidget(m_buttons);
    updateOk();
}

void RewriteDialog::setRewrite(const coach::ExerciseRewrite &rewrite)
{
    m_rewrite = rewrite;
    const int index = m_rep->findData(QVariant::fromValue(rewrite.rep.value()));
    m_rep->setCurrentIndex(index >= 0 ? index : 0);
    m_text->setPlainText(rewrite.text);
}

coach::ExerciseRewrite RewriteDialog::rewrite() const
{
    coach::ExerciseRewrite rewrite = m_rewrite;
    rewrite.rep = coach::RepId(m_rep->currentData().toLongLong());
    rewrite.repName = rewrite.rep.isValid() ? m_rep->currentText() : QString();
    rewrite.text = m_text->toPlainText().trimmed();
    return rewrite;
}

void RewriteDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
}
