// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/LibraryController.h"

#include "library/CallDetailsPane.h"
#include "library/CallFilterBar.h"
#include "library/CallTableModel.h"
#include "library/LibraryPage.h"
#include "library/TranscriptDropController.h"
#include "storage/CallRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/TagRepository.h"
#include "storage/TranscriptRepository.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QTableView>
#include <QUrl>

LibraryController::LibraryController(const coach::Database &db, LibraryPage *page, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_page(page)
    , m_model(new CallTableModel(db, this))
    , m_drops(new TranscriptDropController(db, page, this))
{
    connect(m_model, &CallTableModel::errorOccurred, this, &LibraryController::errorOccurred);
    connect(m_page->filterBar(), &CallFilterBar::filterChanged, this, &LibraryController::applyFilter);
    connect(m_page, &LibraryPage::currentIndexChanged, this, &LibraryController::showCall);
    connect(m_page->detailsPane(), &CallDetailsPane::revealRequested, this, &LibraryController::revealRecording);
    // Queued: the attach may ask a question, and a dialog inside the drop
    // handler would hold the drag source.
    connect(m_page, &LibraryPage::transcriptDropped, m_drops, &TranscriptDropController::attach,
            Qt::QueuedConnection);
    connect(m_drops, &TranscriptDropController::attached, this, [this](coach::CallId call, const QString &message) {
        // The user dropped on this row: show them what it now holds.
        const int row = m_model->rowOf(call);
        if (row >= 0 && m_page->detailsPane()->callId() != call)
            m_page->selectRow(row);
        else
            refreshCall(call);
        emit transcriptAttached(call, message);
    });

    refreshTotal();
    reloadTeams();
    m_page->detailsPane()->clear();
    // Setting the model sorts by the header's column.
    m_page->setModel(m_model);

    // Sorting from the header resets the model too; keep the selected call
    // selected across every reset, whoever caused it. Connected after
    // setModel() on purpose: the view and its selection model clear the
    // current row in their own modelReset slots, which must run first.
    connect(m_model, &CallTableModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = m_page->detailsPane()->callId(); });
    connect(m_model, &CallTableModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_selectedBeforeReset);
        if (row >= 0)
            m_page->selectRow(row);
        else
            m_page->detailsPane()->clear();
        updateView();
    });
    applyFilter();
    updateView();
}

LibraryController::~LibraryController()
{
    // The page outlives this controller and must not keep a model that is
    // about to go, nor show a call from a library that is closing.
    m_page->setModel(nullptr);
}

int LibraryController::matchingCount() const
{
    return m_model->matchingCount();
}

void LibraryController::reload()
{
    refreshTotal();
    reloadTeams();
    m_model->reload();
}

void LibraryController::refreshCall(coach::CallId call)
{
    if (m_page->detailsPane()->callId() != call)
        return;
    const int row = m_model->rowOf(call);
    if (row >= 0)
        showCall(m_model->index(row, 0));
}

void LibraryController::applyFilter()
{
    const CallFilterBar *bar = m_page->filterBar();
    coach::CallQuery query = m_model->query();
    query.text = bar->text();
    query.team = bar->team();
    query.from = bar->from();
    query.to = bar->to();
    // The model loaded its first page when it was made; the same query again
    // would only repeat that work.
    if (query == m_model->query())
        return;
    m_model->setQuery(query);
}

void LibraryController::reloadTeams()
{
    const auto teams = coach::PeopleRepository(m_db).teams();
    if (!teams) {
        emit errorOccurred(teams.error().message());
        return;
    }
    m_page->filterBar()->setTeams(*teams);
}

void LibraryController::refreshTotal()
{
    const auto total = coach::CallRepository(m_db).count(coach::CallQuery());
    if (!total) {
        emit errorOccurred(total.error().message());
        return;
    }
    m_total = *total;
}

void LibraryController::updateView()
{
    if (m_total == 0)
        m_page->setView(LibraryPage::View::EmptyLibrary);
    else if (m_model->matchingCount() == 0)
        m_page->setView(LibraryPage::View::NoMatches);
    else
        m_page->setView(LibraryPage::View::Calls);
    emit countsChanged(m_model->matchingCount(), m_total);
}

void LibraryController::showCall(const QModelIndex &index)
{
    CallDetailsPane *pane = m_page->detailsPane();
    const coach::Call *listed = m_model->callAt(index.row());
    if (!index.isValid() || !listed) {
        pane->clear();
        return;
    }
    const coach::CallId id = listed->id;

    const auto found = coach::CallRepository(m_db).find(id);
    if (!found || !*found) {
        if (!found)
            emit errorOccurred(found.error().message());
        pane->clear();
        return;
    }
    CallDetailsPane::Details details;
    details.call = **found;
    details.recordingExists = QFileInfo::exists(details.call.recordingPath);

    // Tags and transcript are extras: the rest of the pane is still worth showing without them.
    if (const auto tags = coach::TagRepository(m_db).labelsForCall(id))
        details.tags = *tags;
    else
        emit errorOccurred(tags.error().message());
    if (const auto segments = coach::TranscriptRepository(m_db).segments(id)) {
        details.transcript = segments->mid(0, CallDetailsPane::TranscriptPreviewSegments);
        details.transcriptTruncated = segments->size() > CallDetailsPane::TranscriptPreviewSegments;
    } else {
        emit errorOccurred(segments.error().message());
    }
    pane->setDetails(details);
}

void LibraryController::revealRecording(const QString &path)
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}
