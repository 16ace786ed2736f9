// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ManifestImportDialog.h"

#include "common/DisplayFormat.h"
#include "services/ManifestReader.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QWidget *pathRow(QLineEdit *edit, QPushButton *browse, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

ManifestImportDialog::ManifestImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(this))
    , m_manifestPath(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_rows(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"manifestImportDialog"_s);
    setWindowTitle(tr("Import with Manifest"));

    m_folder->setObjectName(u"manifestFolder"_s);
    m_folder->setPlaceholderText(tr("The folder that holds the recordings"));
    m_manifestPath->setObjectName(u"manifestPath"_s);
    m_manifestPath->setPlaceholderText(tr("The CSV exported by your contact centre"));
    auto *browseFolder = new QPushButton(tr("&Browse…"), this);
    auto *browseManifest = new QPushButton(tr("B&rowse…"), this);
    connect(browseFolder, &QPushButton::clicked, this, &ManifestImportDialog::chooseFolder);
    connect(browseManifest, &QPushButton::clicked, this, &ManifestImportDialog::chooseManifest);
    connect(m_folder, &QLineEdit::editingFinished, this, &ManifestImportDialog::updatePreview);
    connect(m_manifestPath, &QLineEdit::editingFinished, this, &ManifestImportDialog::readManifest);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *folderLabel = new QLabel(tr("Recordings &folder:"), this);
    folderLabel->setBuddy(m_folder);
    auto *manifestLabel = new QLabel(tr("&Manifest (CSV):"), this);
    manifestLabel->setBuddy(m_manifestPath);
    form->addRow(folderLabel, pathRow(m_folder, browseFolder, this));
    form->addRow(manifestLabel, pathRow(m_manifestPath, browseManifest, this));

    m_summary->setObjectName(u"manifestSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_warning->setObjectName(u"manifestWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    QPalette warning = m_warning->palette();
    warning.setColor(QPalette::WindowText, QColor(0x9c, 0x5d, 0x00));
    m_warning->setPalette(warning);
    m_warning->hide();

    m_rows->setObjectName(u"manifestRows"_s);
    m_rows->setRootIsDecorated(false);
    m_rows->setUniformRowHeights(true);
    m_rows->setAlternatingRowColors(true);
    m_rows->setHeaderLabels({tr("Line"), tr("File"), tr("Rep"), tr("Team"), tr("Started"), tr("Queue"), tr("CSAT")});
    m_rows->setAccessibleName(tr("Manifest rows"));

    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"manifestImportButton"_s);
    m_import->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Each path, then its Browse button: the order the eye reads the rows in.
    setTabOrder(m_folder, browseFolder);
    setTabOrder(browseFolder, m_manifestPath);
    setTabOrder(m_manifestPath, browseManifest);

    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_warning->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addWidget(m_rows, 1);
    // Takes the room while there are no rows to preview, so the text stays on top.
    layout->addStretch(0);
    layout->addWidget(m_buttons);

    resize(fontMetrics().averageCharWidth() * 110, 480);
    updatePreview();
}

void ManifestImportDialog::setRecordingsFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
    updatePreview();
}

void ManifestImportDialog::setManifestPath(const QString &path)
{
    m_manifestPath->setText(QDir::toNativeSeparators(path));
    readManifest();
}

QString ManifestImportDialog::recordingsFolder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

QString ManifestImportDialog::manifestPath() const
{
    return QDir::fromNativeSeparators(m_manifestPath->text().trimmed());
}

coach::ImportRequest ManifestImportDialog::request() const
{
    coach::ImportRequest request;
    request.paths = {recordingsFolder()};
    request.manifestPath = manifestPath();
    return request;
}

bool ManifestImportDialog::canImport() const
{
    return m_manifest.has_value() && QFileInfo(recordingsFolder()).isDir();
}

QString ManifestImportDialog::summaryText() const
{
    return m_summary->text();
}

void ManifestImportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the Recordings Folder"), recordingsFolder());
    if (folder.isEmpty())
        return;
    setRecordingsFolder(folder);
    // Contact-centre exports often sit beside the recordings.
    if (manifestPath().isEmpty()) {
        const QStringList csvs = QDir(folder).entryList({u"*.csv"_s}, QDir::Files);
        if (csvs.size() == 1)
            setManifestPath(QDir(folder).filePath(csvs.first()));
    }
}

void ManifestImportDialog::chooseManifest()
{
    const QString start = manifestPath().isEmpty() ? recordingsFolder() : manifestPath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Manifest"), start,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    setManifestPath(path);
    if (recordingsFolder().isEmpty())
        setRecordingsFolder(QFileInfo(path).absolutePath());
}

void ManifestImportDialog::readManifest()
{
    m_manifest.reset();
    m_readError.clear();
    const QString path = manifestPath();
    if (!path.isEmpty()) {
        auto manifest = coach::ManifestReader::read(path);
        if (manifest)
            m_manifest = std::move(*manifest);
        else
            m_readError = manifest.error().message();
    }
    updatePreview();
}

QStringList ManifestImportDialog::columnNames(const QStringList &keys)
{
    // By the names a manager knows, whatever the export called them.
    const QHash<QString, QString> names = {
        { u"file"_s, tr("file") },
        { u"rep"_s, tr("rep") },
        { u"team"_s, tr("team") },
        { u"started_at"_s, tr("date") },
        { u"queue"_s, tr("queue") },
        { u"customer_ref"_s, tr("customer") },
        { u"csat"_s, tr("CSAT") },
        { u"felt_heard"_s, tr("felt heard") },
        { u"fcr"_s, tr("first-contact resolution") },
        { u"repeat_contact"_s, tr("repeat contact") },
        { u"handle_time"_s, tr("handle time") },
        { u"agent_channel"_s, tr("agent channel") },
        { u"team_time_zone"_s, tr("team time zone") },
    };
    QStringList result;
    for (const QString &key : keys)
        result << names.value(key, key);
    return result;
}

void ManifestImportDialog::updatePreview()
{
    m_rows->clear();
    m_warning->hide();
    const QString folder = recordingsFolder();
    const bool folderOk = QFileInfo(folder).isDir();

    QStringList lines;
    if (!m_readError.isEmpty()) {
        lines << m_readError;
    } else if (!m_manifest) {
        lines << tr("Choose the CSV to see what it holds before anything is imported.");
    } else {
        const coach::Manifest &manifest = *m_manifest;
        lines << tr("The manifest describes %Ln call(s).", nullptr, int(manifest.rows.size()));
        lines << tr("Recognised columns: %1.").arg(QLocale().createSeparatedList(columnNames(manifest.recognisedColumns)));

        if (folderOk) {
            const QStringList recordings = coach::ImportService::collectRecordings({folder}, nullptr);
            QSet<const coach::ManifestRow *> matchedRows;
            int described = 0;
            for (const QString &recording : recordings) {
                if (const coach::ManifestRow *row = manifest.rowFor(recording)) {
                    matchedRows.insert(row);
                    ++described;
                }
            }
            lines << tr("%Ln recording(s) in the folder,", nullptr, int(recordings.size())) + u' '
                         + tr("%Ln of them listed in the manifest.", nullptr, described);
            const int unmatched = int(manifest.rows.size() - matchedRows.size());
            if (unmatched > 0)
                lines << tr("%Ln manifest row(s) name no recording in this folder.", nullptr, unmatched);
        }

        QStringList warnings;
        if (!manifest.unknownColumns.isEmpty())
            warnings << tr("Columns Coachbench does not know and will ignore: %1.")
                            .arg(QLocale().createSeparatedList(manifest.unknownColumns));
        // The CSV is named above; its path in front of every problem is noise here.
        const QString prefix = QDir::toNativeSeparators(manifest.path) + u": "_s;
        for (QString problem : manifest.problems) {
            if (problem.startsWith(prefix))
                problem.remove(0, prefix.size());
            warnings << problem;
        }
        if (!warnings.isEmpty()) {
            m_warning->setText(warnings.join(u'\n'));
            m_warning->show();
        }

        for (const coach::ManifestRow &row : manifest.rows.mid(0, PreviewRows)) {
            new QTreeWidgetItem(m_rows, {QLocale().toString(row.line), row.file, row.rep, row.team,
                                         DisplayFormat::dateTime(row.startedAt, QLocale::ShortFormat),
                                         row.queue, DisplayFormat::score(row.csat)});
        }
        for (int column = 0; column < m_rows->columnCount() - 1; ++column)
            m_rows->resizeColumnToContents(column);
    }
    if (!folder.isEmpty() && !folderOk)
        lines << tr("The recordings folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));

    m_summary->setText(lines.join(u'\n'));
    m_rows->setVisible(m_manifest.has_value() && !m_manifest->rows.isEmpty());
    m_import->setEnabled(canImport());
}
