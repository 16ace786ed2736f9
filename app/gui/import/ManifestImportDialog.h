// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ImportService.h"
#include "services/Manifest.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

/*
 * "Import with Manifest…": the user picks a folder of recordings and the
 * contact centre's CSV, sees what the manifest holds (rows, recognised and
 * unknown columns, bad rows, how many recordings it describes) and only then
 * imports. Reads the CSV through ManifestReader; imports nothing itself: the
 * caller hands request() to ImportController.
 */
class ManifestImportDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int PreviewRows = 50;

    explicit ManifestImportDialog(QWidget *parent = nullptr);

    void setRecordingsFolder(const QString &folder);
    void setManifestPath(const QString &path);
    [[nodiscard]] QString recordingsFolder() const;
    [[nodiscard]] QString manifestPath() const;
    [[nodiscard]] coach::ImportRequest request() const;

    // Whether the Import button is enabled: a folder and a readable manifest.
    [[nodiscard]] bool canImport() const;
    [[nodiscard]] QString summaryText() const;

private:
    [[nodiscard]] static QStringList columnNames(const QStringList &keys);
    void chooseFolder();
    void chooseManifest();
    void readManifest();
    void updatePreview();

    QLineEdit *m_folder = nullptr;
    QLineEdit *m_manifestPath = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_warning = nullptr;
    QTreeWidget *m_rows = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    std::optional<coach::Manifest> m_manifest;
    QString m_readError;
};
