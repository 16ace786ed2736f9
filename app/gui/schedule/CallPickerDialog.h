// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"

#include <QDialog>
#include <QList>

class QAbstractItemModel;
class QLineEdit;
class QTableView;

/*
 * Picks calls from the library to discuss at a meeting: a search field over
 * the library's call table. Shows the model it is given (a CallTableModel the
 * owner filters on filterChanged()) and returns the chosen calls' ids.
 */
class CallPickerDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CallPickerDialog(QAbstractItemModel *calls, QWidget *parent = nullptr);

    [[nodiscard]] QList<coach::CallId> selectedCalls() const;
    void setFilterText(const QString &text);

signals:
    void filterChanged(const QString &text);

private:
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
};
