// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportSummaryDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ImportSummaryDialog::ImportSummaryDialog(const coach::ImportSummary &summary, QWidget *parent)
    : QDialog(parent)
    , m_headline(new QLabel(headline(summary), this))
    , m_sentence(new QLabel(sentence(summary), this))
    , m_detailsButton(new QPushButton(this))
    , m_problems(new QTreeWidget(this))
{
    setObjectName(u"importSummary"_s);
    setWindowTitle(tr("Import Finished"));
    setWindowModality(Qt::WindowModal);

    const bool problems = summary.failed > 0 || !summary.warnings.isEmpty();
    auto *icon = new QLabel(this);
    const QStyle::StandardPixmap pixmap = problems ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    m_headline->setObjectName(u"summaryHeadline"_s);
    QFont font = m_headline->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_headline->setFont(font);
    m_headline->setWordWrap(true);
    m_sentence->setObjectName(u"summarySentence"_s);
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_problems->setObjectName(u"summaryProblems"_s);
    m_problems->setRootIsDecorated(false);
    // Causes are sentences: wrap them rather than cut them off.
    m_problems->setWordWrap(true);
    m_problems->setTextElideMode(Qt::ElideNone);
    m_problems->setAlternatingRowColors(true);
    m_problems->setHeaderLabels({tr("File"), tr("Problem")});
    m_problems->header()->setStretchLastSection(true);
    for (const coach::ImportItem &item : summary.items) {
        if (item.outcome != coach::ImportItem::Outcome::Failed)
            continue;
        addProblem(item.path, item.message);
    }
    for (const QString &warning : summary.warnings) {
        // Warnings name their file first ("/path/export.csv: line 3: …"); split
        // that off so the columns read file | problem like the failures do.
        static const QRegularExpression leadingPath(u"^((?:[A-Za-z]:)?[/\\\\][^:;]*?)[:;] (.*)$"_s);
        const QRegularExpressionMatch match = leadingPath.match(warning);
        if (match.hasMatch())
            addProblem(match.captured(1), match.captured(2));
        else
            addProblem({}, warning);
    }
    m_problems->resizeColumnToContents(0);
    m_problems->setColumnWidth(0, std::min(m_problems->columnWidth(0) + 16, 260));
    m_problems->hide();

    m_detailsButton->setObjectName(u"summaryDetailsButton"_s);
    m_detailsButton->setCheckable(true);
    connect(m_detailsButton, &QPushButton::toggled, this, &ImportSummaryDialog::setDetailsVisible);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_detailsButton, QDialogButtonBox::ActionRole);
    // After addButton(), which shows the button whatever it was.
    m_detailsButton->setVisible(m_problems->topLevelItemCount() > 0);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    text->addWidget(m_headline);
    text->addWidget(m_sentence);
    // Keep the sentence under the headline, however tall the icon beside them.
    text->addStretch(1);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    // Wide enough for the sentence to read in two or three lines.
    m_sentence->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    setDetailsVisible(false);
}

void ImportSummaryDialog::addProblem(const QString &path, const QString &message)
{
    // libcoach's messages start with the path; the first column already names the file.
    QString cause = message;
    const QString native = QDir::toNativeSeparators(path);
    if (!path.isEmpty() && cause.startsWith(native)) {
        cause.remove(0, native.size());
        if (cause.startsWith(u": "_s))
            cause.remove(0, 2);
        cause = cause.trimmed();
    }
    auto *row = new QTreeWidgetItem(m_problems, {path.isEmpty() ? tr("Manifest") : QFileInfo(path).fileName(), cause});
    row->setToolTip(0, native);
    row->setToolTip(1, message);
}

void ImportSummaryDialog::setDetailsVisible(bool visible)
{
    m_problems->setVisible(visible);
    m_detailsButton->setChecked(visible);
    m_detailsButton->setText(visible ? tr("Hide &Details") : tr("Show &Details…"));
    // Collapsed, the dialog hugs its text (a word-wrapped label otherwise
    // leaves a gap below it); expanded, the user may resize it.
    layout()->setSizeConstraint(visible ? QLayout::SetDefaultConstraint : QLayout::SetFixedSize);
    if (visible) {
        setMinimumSize(0, 0);
        setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
        resize(std::max(width(), fontMetrics().averageCharWidth() * 100), std::max(height(), 380));
    }
}

QString ImportSummaryDialog::headline(const coach::ImportSummary &summary)
{
    if (summary.cancelled)
        return tr("Import cancelled");
    if (summary.items.isEmpty())
        return tr("No recordings found");
    if (summary.failed > 0)
        return tr("Import finished with problems");
    return tr("Import finished");
}

QString ImportSummaryDialog::sentence(const coach::ImportSummary &summary)
{
    if (summary.items.isEmpty() && !summary.cancelled)
        return tr("There were no audio files among what you chose.");
    QString text = tr("Imported %1, skipped %2, relinked %3, %4 failed.")
                       .arg(tr("%Ln call(s)", nullptr, summary.imported),
                            tr("%Ln duplicate(s)", nullptr, summary.duplicates),
                            tr("%Ln moved recording(s)", nullptr, summary.relinked),
                            QLocale().toString(summary.failed));
    if (!summary.warnings.isEmpty())
        text += u' ' + tr("The manifest has %Ln warning(s).", nullptr, int(summary.warnings.size()));
    if (summary.cancelled)
        text += u' ' + tr("Calls imported before you cancelled are kept.");
    return text;
}
