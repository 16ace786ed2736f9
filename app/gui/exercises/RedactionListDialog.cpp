// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercises/RedactionListDialog.h"

#include "storage/RedactionTermRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using coach::RedactionTermRepository;

namespace {

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList lines;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

} // namespace

RedactionListDialog::RedactionListDialog(const coach::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_always(new QPlainTextEdit(this))
    , m_never(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_saveSoon(new QTimer(this))
{
    setObjectName(u"redactionListDialog"_s);
    setWindowTitle(tr("Names to Always Redact"));
    resize(520, 480);

    auto *alwaysLabel = new QLabel(tr("&Always redact these names, one per line — in every exercise and "
                                      "wherever they appear, even in lower case:"),
                                   this);
    alwaysLabel->setWordWrap(true);
    alwaysLabel->setBuddy(m_always);
    m_always->setObjectName(u"redactAlways"_s);
    m_always->setTabChangesFocus(true);
    m_always->setPlaceholderText(tr("For example:\nGareth Lloyd\nPriya"));
    auto *neverLabel = new QLabel(tr("&Never redact these, one per line — your company's own name, product "
                                     "names, anything taken for a person's name by mistake:"),
                                  this);
    neverLabel->setWordWrap(true);
    neverLabel->setBuddy(m_never);
    m_never->setObjectName(u"redactNever"_s);
    m_never->setTabChangesFocus(true);
    m_never->setPlaceholderText(tr("For example:\nHarbour Federal Bank\nStreamly"));

    m_status->setObjectName(u"redactionListStatus"_s);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setText(tr("Changes are saved as you type."));

    m_loading = true;
    const RedactionTermRepository terms(m_db);
    if (auto always = terms.terms(RedactionTermRepository::Kind::AlwaysRedact))
        m_always->setPlainText(always->join(u'\n'));
    else
        m_status->setText(always.error().message());
    if (auto never = terms.terms(RedactionTermRepository::Kind::NeverRedact))
        m_never->setPlainText(never->join(u'\n'));
    else
        m_status->setText(never.error().message());
    m_loading = false;

    // A write per keystroke would be wasted; a moment's pause is "at once" to the trainer.
    m_saveSoon->setSingleShot(true);
    m_saveSoon->setInterval(400);
    connect(m_saveSoon, &QTimer::timeout, this, &RedactionListDialog::saveNow);
    for (QPlainTextEdit *edit : { m_always, m_never }) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                m_saveSoon->start();
        });
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(alwaysLabel);
    layout->addWidget(m_always, 3);
    layout->addWidget(neverLabel);
    layout->addWidget(m_never, 2);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

bool RedactionListDialog::saveNow()
{
    m_saveSoon->stop();
    RedactionTermRepository terms(m_db);
    auto saved = terms.setTerms(RedactionTermRepository::Kind::AlwaysRedact, linesOf(m_always));
    if (saved)
        saved = terms.setTerms(RedactionTermRepository::Kind::NeverRedact, linesOf(m_never));
    if (!saved) {
        m_status->setForegroundRole(QPalette::WindowText);
        m_status->setText(tr("Not saved: %1").arg(saved.error().message()));
        m_status->setProperty("problem", true);
        return false;
    }
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setText(tr("Saved."));
    m_status->setProperty("problem", false);
    return true;
}

QString RedactionListDialog::problem() const
{
    return m_status->property("problem").toBool() ? m_status->text() : QString();
}

void RedactionListDialog::done(int result)
{
    // Closing must not lose the last keystrokes; a failed save keeps the dialog open with the reason.
    if (m_saveSoon->isActive() && !saveNow())
        return;
    QDialog::done(result);
}
