// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/SessionEditorDialog.h"

#include "schedule/ScheduleFormat.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

using Frequency = RecurrencePattern::Frequency;

// Red for what stands in the way, the quiet placeholder colour for "all clear".
void setAlarm(QLabel *label, bool alarm)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, alarm ? QColor(0xc0, 0x26, 0x1b)
                                                 : QApplication::palette().color(QPalette::PlaceholderText));
    label->setPalette(palette);
    QFont font = label->font();
    font.setWeight(alarm ? QFont::DemiBold : QFont::Normal);
    label->setFont(font);
}

QTimeZone zoneOf(const QString &id)
{
    return id.isEmpty() ? QTimeZone::utc() : QTimeZone(id.toUtf8());
}

} // namespace

SessionEditorDialog::SessionEditorDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_repList(new QListWidget(this))
    , m_date(new QDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_zone(new QComboBox(this))
    , m_location(new QLineEdit(this))
    , m_agenda(new QPlainTextEdit(this))
    , m_conflictTitle(new QLabel(this))
    , m_conflicts(new QListWidget(this))
    , m_error(new QLabel(this))
    , m_checkTimer(new QTimer(this))
{
    setWindowTitle(tr("New Session"));
    setObjectName(u"sessionEditor"_s);

    m_kind->setObjectName(u"kind"_s);
    for (const auto kind : {coach::SessionKind::OneOnOne, coach::SessionKind::BuddyDebrief, coach::SessionKind::Huddle})
        m_kind->addItem(ScheduleFormat::kindName(kind), int(kind));
    m_title->setObjectName(u"title"_s);
    m_repList->setObjectName(u"reps"_s);
    m_repList->setAccessibleName(tr("Reps"));
    m_repList->setMinimumHeight(fontMetrics().height() * 5);
    m_repList->setMaximumHeight(fontMetrics().height() * 9);

    m_date->setObjectName(u"date"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(u"yyyy"_s)
                                 ? QLocale().dateFormat(QLocale::ShortFormat)
                                 : u"yyyy-MM-dd"_s);
    m_time->setObjectName(u"time"_s);
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_duration->setObjectName(u"duration"_s);
    m_duration->setRange(5, 8 * 60);
    m_duration->setSingleStep(5);
    m_duration->setValue(30);
    m_duration->setSuffix(tr(" min"));
    m_zone->setObjectName(u"timeZone"_s);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_location->setObjectName(u"location"_s);
    m_location->setPlaceholderText(tr("A room or a meeting link"));
    m_agenda->setObjectName(u"agenda"_s);
    m_agenda->setPlaceholderText(tr("What the invitation says; private notes stay in the meeting notes"));
    m_agenda->setFixedHeight(fontMetrics().height() * 3 + 12);

    auto *when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_time);
    auto *forLabel = new QLabel(tr("f&or"), this);
    forLabel->setBuddy(m_duration);
    when->addWidget(forLabel);
    when->addWidget(m_duration);
    when->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Reps:"), m_repList);
    // Rows holding several fields name their first one as buddy, so the mnemonic works.
    auto *startsLabel = new QLabel(tr("&Starts:"), this);
    startsLabel->setBuddy(m_date);
    form->addRow(startsLabel, when);
    form->addRow(tr("Time &zone:"), m_zone);
    QWidget *repeatRow = createRepeatRow();
    auto *repeatLabel = new QLabel(tr("Re&peats:"), this);
    repeatLabel->setBuddy(m_repeat);
    form->addRow(repeatLabel, repeatRow);
    form->addRow(QString(), m_endRow);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Agenda:"), m_agenda);

    m_conflictTitle->setObjectName(u"conflictTitle"_s);
    m_conflicts->setObjectName(u"conflicts"_s);
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setFixedHeight(fontMetrics().height() * 4 + 10);
    m_error->setObjectName(u"saveError"_s);
    m_error->setWordWrap(true);
    setAlarm(m_error, true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"save"_s);
    m_save->setDefault(true);
    m_saveAnyway = buttons->addButton(tr("Save &Anyway"), QDialogButtonBox::ActionRole);
    m_saveAnyway->setObjectName(u"saveAnyway"_s);
    m_saveAnyway->setToolTip(tr("Keep the session even though it conflicts"));
    m_saveAnyway->hide();
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_error->hide();
        emit saveRequested(session(), false);
    });
    connect(m_saveAnyway, &QPushButton::clicked, this, [this] {
        m_error->hide();
        emit saveRequested(session(), true);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_conflictTitle);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // A pause after the last change before asking: typing a title should not query on every key.
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &SessionEditorDialog::checkConflictsNow);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateTitle();
        changed();
    });
    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_titleEdited = !m_title->text().isEmpty();
        changed();
    });
    connect(m_repList, &QListWidget::itemChanged, this, [this] {
        updateTitle();
        changed();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        syncWeekdayFromDate();
        changed();
    });
    connect(m_time, &QTimeEdit::timeChanged, this, &SessionEditorDialog::changed);
    connect(m_duration, &QSpinBox::valueChanged, this, &SessionEditorDialog::changed);
    connect(m_zone, &QComboBox::currentTextChanged, this, &SessionEditorDialog::changed);
    connect(m_location, &QLineEdit::textEdited, this, &SessionEditorDialog::changed);

    // A new session: the next half hour, today.
    coach::Session fresh;
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime next(now.date(), QTime(now.time().hour(), now.time().minute() / 30 * 30));
    fresh.start = next.addSecs(30 * 60).toUTC();
    fresh.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    setSession(fresh);
    setConflicts({});
}

QWidget *SessionEditorDialog::createRepeatRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_repeat = new QComboBox(row);
    m_repeat->setObjectName(u"repeat"_s);
    m_repeat->addItem(tr("Does not repeat"), int(Frequency::None));
    m_repeat->addItem(tr("Weekly"), int(Frequency::Weekly));
    m_repeat->addItem(tr("Every other week"), int(Frequency::EveryOtherWeek));
    m_repeat->addItem(tr("Monthly"), int(Frequency::Monthly));
    m_weekday = new QComboBox(row);
    m_weekday->setObjectName(u"weekday"_s);
    m_weekday->setAccessibleName(tr("On"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weekday->addItem(tr("on %1").arg(QLocale().dayName(day)), day);
    m_monthlyHint = new QLabel(row);
    layout->addWidget(m_repeat);
    layout->addWidget(m_weekday);
    layout->addWidget(m_monthlyHint, 1);

    m_endRow = new QWidget(this);
    auto *end = new QHBoxLayout(m_endRow);
    end->setContentsMargins(0, 0, 0, 0);
    m_endCount = new QRadioButton(tr("&Ending after"), m_endRow);
    m_endCount->setObjectName(u"endCount"_s);
    m_count = new QSpinBox(m_endRow);
    m_count->setObjectName(u"count"_s);
    m_count->setRange(1, 500);
    m_count->setSuffix(tr(" meetings"));
    m_endUntil = new QRadioButton(tr("Ending &on"), m_endRow);
    m_endUntil->setObjectName(u"endUntil"_s);
    m_until = new QDateEdit(m_endRow);
    m_until->setObjectName(u"until"_s);
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(m_date->displayFormat());
    m_endCount->setChecked(true);
    end->addWidget(m_endCount);
    end->addWidget(m_count);
    end->addSpacing(12);
    end->addWidget(m_endUntil);
    end->addWidget(m_until);
    end->addStretch(1);

    connect(m_repeat, &QComboBox::currentIndexChanged, this, [this] {
        updateRepeatControls();
        changed();
    });
    connect(m_weekday, &QComboBox::currentIndexChanged, this, [this] {
        moveDateToWeekday();
        changed();
    });
    for (QRadioButton *radio : {m_endCount, m_endUntil})
        connect(radio, &QRadioButton::toggled, this, [this] {
            updateRepeatControls();
            changed();
        });
    connect(m_count, &QSpinBox::valueChanged, this, &SessionEditorDialog::changed);
    connect(m_until, &QDateEdit::dateChanged, this, &SessionEditorDialog::changed);
    return row;
}

void SessionEditorDialog::setReps(const QList<coach::Rep> &reps)
{
    const QList<coach::RepId> checked = checkedReps();
    const QScopedValueRollback filling(m_filling, true);
    m_reps = reps;
    m_repList->clear();
    for (const coach::Rep &rep : reps) {
        auto *item = new QListWidgetItem(rep.name, m_repList);
        item->setData(Qt::UserRole, rep.id.value());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(rep.id) || m_original.participants.contains(rep.id) ? Qt::Checked
                                                                                                 : Qt::Unchecked);
    }
}

void SessionEditorDialog::setSession(const coach::Session &session)
{
    {
        const QScopedValueRollback filling(m_filling, true);
        m_original = session;
        setWindowTitle(session.id.isValid() ? tr("Edit Session") : tr("New Session"));
        m_kind->setCurrentIndex(m_kind->findData(int(session.kind)));
        m_title->setText(session.title);
        m_titleEdited = !session.title.isEmpty();
        for (int row = 0; row < m_repList->count(); ++row) {
            QListWidgetItem *item = m_repList->item(row);
            const coach::RepId id(item->data(Qt::UserRole).toLongLong());
            item->setCheckState(session.participants.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
        const QString zone = session.timeZone.isEmpty() ? u"UTC"_s : session.timeZone;
        m_zone->setCurrentText(zone);
        const QDateTime local = session.start.toTimeZone(zoneOf(session.timeZone));
        m_date->setDate(local.date());
        m_time->setTime(local.time());
        m_duration->setValue(session.durationMin);
        m_location->setText(session.location);
        m_agenda->setPlainText(session.agenda);

        const RecurrencePattern pattern = RecurrencePattern::fromRRule(session.rrule, session.start, session.timeZone);
        m_customRule = pattern.frequency == Frequency::Custom ? pattern.customRule : QString();
        const int custom = m_repeat->findData(int(Frequency::Custom));
        if (!m_customRule.isEmpty() && custom < 0)
            m_repeat->addItem(tr("Custom rule"), int(Frequency::Custom));
        else if (m_customRule.isEmpty() && custom >= 0)
            m_repeat->removeItem(custom);
        m_repeat->setCurrentIndex(m_repeat->findData(int(pattern.frequency)));
        m_weekday->setCurrentIndex(m_weekday->findData(pattern.weekday));
        m_count->setValue(pattern.count);
        m_until->setDate(pattern.until);
        (pattern.end == RecurrencePattern::End::Until ? m_endUntil : m_endCount)->setChecked(true);
        updateRepeatControls();
    }
    updateTitle();
    changed();
}

QString SessionEditorDialog::zoneId() const
{
    const QString text = m_zone->currentText().trimmed();
    return text == u"UTC"_s ? QString() : text;
}

QList<coach::RepId> SessionEditorDialog::checkedReps() const
{
    QList<coach::RepId> reps;
    for (int row = 0; row < m_repList->count(); ++row) {
        if (m_repList->item(row)->checkState() == Qt::Checked)
            reps << coach::RepId(m_repList->item(row)->data(Qt::UserRole).toLongLong());
    }
    return reps;
}

RecurrencePattern SessionEditorDialog::pattern() const
{
    RecurrencePattern p;
    p.frequency = Frequency(m_repeat->currentData().toInt());
    p.weekday = m_weekday->currentData().toInt();
    p.end = m_endUntil->isChecked() ? RecurrencePattern::End::Until : RecurrencePattern::End::Count;
    p.count = m_count->value();
    p.until = m_until->date();
    p.customRule = m_customRule;
    return p;
}

QString SessionEditorDialog::rrule() const
{
    return pattern().toRRule(m_date->date(), zoneId());
}

coach::Session SessionEditorDialog::session() const
{
    coach::Session s = m_original;
    s.kind = coach::SessionKind(m_kind->currentData().toInt());
    s.title = m_title->text().trimmed();
    s.participants = checkedReps();
    s.timeZone = zoneId();
    const QTimeZone zone = zoneOf(s.timeZone);
    s.start = (zone.isValid() ? QDateTime(m_date->date(), m_time->time(), zone) : QDateTime(m_date->date(), m_time->time()))
                  .toUTC();
    s.durationMin = m_duration->value();
    s.location = m_location->text().trimmed();
    s.agenda = m_agenda->toPlainText().trimmed();
    s.rrule = rrule();
    return s;
}

void SessionEditorDialog::updateRepeatControls()
{
    const auto frequency = Frequency(m_repeat->currentData().toInt());
    const bool repeats = frequency != Frequency::None && frequency != Frequency::Custom;
    m_weekday->setVisible(repeats);
    m_endRow->setVisible(repeats);
    m_count->setEnabled(m_endCount->isChecked());
    m_until->setEnabled(m_endUntil->isChecked());
    if (frequency == Frequency::Monthly) {
        static const char *const ordinals[] = {QT_TR_NOOP("first"), QT_TR_NOOP("second"), QT_TR_NOOP("third"),
                                               QT_TR_NOOP("fourth")};
        const int nth = RecurrencePattern::weekdayOrdinal(m_date->date());
        const QString which = nth < 0 ? tr("last") : tr(ordinals[nth - 1]);
        m_monthlyHint->setText(tr("the %1 one of each month").arg(which));
    } else if (frequency == Frequency::Custom) {
        m_monthlyHint->setText(m_customRule);
    } else {
        m_monthlyHint->clear();
    }
}

void SessionEditorDialog::syncWeekdayFromDate()
{
    const QScopedValueRollback filling(m_filling, true);
    m_weekday->setCurrentIndex(m_weekday->findData(m_date->date().dayOfWeek()));
    updateRepeatControls();
}

void SessionEditorDialog::moveDateToWeekday()
{
    if (m_filling)
        return;
    // The first meeting falls on the chosen day, in the same week or, if that is over, the next.
    QDate date = m_date->date().addDays(m_weekday->currentData().toInt() - m_date->date().dayOfWeek());
    if (date < QDate::currentDate())
        date = date.addDays(7);
    m_date->setDate(date);
}

void SessionEditorDialog::updateTitle()
{
    if (m_titleEdited)
        return;
    QStringList names;
    for (int row = 0; row < m_repList->count(); ++row) {
        if (m_repList->item(row)->checkState() == Qt::Checked)
            names << m_repList->item(row)->text();
    }
    const QString who = QLocale().createSeparatedList(names);
    QString title;
    switch (coach::SessionKind(m_kind->currentData().toInt())) {
    case coach::SessionKind::OneOnOne:
        title = names.isEmpty() ? tr("One-on-one") : tr("One-on-one with %1").arg(who);
        break;
    case coach::SessionKind::BuddyDebrief:
        title = names.isEmpty() ? tr("Buddy debrief") : tr("Buddy debrief: %1").arg(who);
        break;
    case coach::SessionKind::Huddle:
        title = tr("Weekly huddle");
        break;
    }
    m_title->setText(title);
}

void SessionEditorDialog::changed()
{
    if (m_filling)
        return;
    m_checkTimer->start();
}

void SessionEditorDialog::checkConflictsNow()
{
    m_checkTimer->stop();
    emit conflictCheckRequested(session());
}

void SessionEditorDialog::setConflicts(const QList<coach::Conflict> &conflicts)
{
    m_hasProblem = false;
    m_hasConflicts = !conflicts.isEmpty();
    m_conflicts->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const coach::Conflict &conflict : conflicts)
        new QListWidgetItem(warning, conflict.message, m_conflicts);
    m_conflicts->setVisible(m_hasConflicts);
    if (m_hasConflicts) {
        m_conflictTitle->setText(tr("%n conflict(s): saving is still possible with Save Anyway.", nullptr,
                                    int(conflicts.size())));
        setAlarm(m_conflictTitle, true);
    } else {
        m_conflictTitle->setText(tr("No conflicts with other meetings, busy time or working hours."));
        setAlarm(m_conflictTitle, false);
    }
    m_save->setEnabled(!m_hasConflicts);
    m_saveAnyway->setVisible(m_hasConflicts);
    m_saveAnyway->setDefault(m_hasConflicts);
    m_save->setDefault(!m_hasConflicts);
}

void SessionEditorDialog::setProblem(const QString &problem)
{
    m_hasProblem = true;
    m_conflicts->clear();
    m_conflicts->hide();
    m_conflictTitle->setText(problem);
    setAlarm(m_conflictTitle, true);
    m_save->setEnabled(false);
    m_saveAnyway->hide();
}

void SessionEditorDialog::setSaveError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}
