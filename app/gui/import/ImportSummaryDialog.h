// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ImportService.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

/*
 * What an import did, in one sentence ("Imported 12, skipped 3 duplicates…"),
 * with the failures (file and cause) and the manifest's warnings behind a
 * Details button, so a clean import stays a one-line message.
 */
class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportSummaryDialog(const coach::ImportSummary &summary, QWidget *parent = nullptr);

    [[nodiscard]] static QString headline(const coach::ImportSummary &summary);
    [[nodiscard]] static QString sentence(const coach::ImportSummary &summary);

    [[nodiscard]] QTreeWidget *problems() const { return m_problems; }
    void setDetailsVisible(bool visible);

private:
    void addProblem(const QString &path, const QString &message);

    QLabel *m_headline = nullptr;
    QLabel *m_sentence = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QTreeWidget *m_problems = nullptr;
};
