// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;
class SearchHitModel;

/*
 * Finds words in this call's transcript or in every transcript of the
 * library. Enter searches (Enter again goes to the next hit); the hits are
 * listed with their snippet and, for the library, their call; activating one
 * asks to play there. Emits intent; ReviewController runs the search.
 */
class SearchBar final : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { ThisCall, Library };
    Q_ENUM(Scope)

    explicit SearchBar(QWidget *parent = nullptr);

    void setModel(SearchHitModel *model);
    void setScope(Scope scope);
    [[nodiscard]] Scope scope() const;
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }
    [[nodiscard]] QTreeView *resultView() const { return m_results; }
    // Called after the model changed: shows the count, selects and activates the first hit.
    void showResults(const QString &message = {});
    void focusSearch();

signals:
    void searchRequested(const QString &text, SearchBar::Scope scope);
    void hitActivated(coach::CallId call, qint64 ms);

protected:
    bool event(QEvent *event) override;

private:
    void search();
    void activate(int row);

    QLineEdit *m_edit = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_status = nullptr;
    QTreeView *m_results = nullptr;
    SearchHitModel *m_model = nullptr;
    QString m_lastText;
    Scope m_lastScope = Scope::ThisCall;
};
