// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/TransportBar.h"

#include "common/DisplayFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace {
QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}
} // namespace

TransportBar::TransportBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"transportBar"_s);

    m_playButton = makeButton(u"media-playback-start"_s, QStyle::SP_MediaPlay, tr("Play"), tr("Space"));
    m_playButton->setObjectName(u"playButton"_s);
    m_playButton->setIconSize(QSize(24, 24));
    connect(m_playButton, &QToolButton::clicked, this, &TransportBar::playPauseRequested);

    m_backButton = makeButton(u"media-seek-backward"_s, QStyle::SP_MediaSeekBackward, tr("Back 5 seconds"), tr("Left"));
    connect(m_backButton, &QToolButton::clicked, this, [this] { emit stepRequested(-5000); });
    m_forwardButton
        = makeButton(u"media-seek-forward"_s, QStyle::SP_MediaSeekForward, tr("Forward 5 seconds"), tr("Right"));
    connect(m_forwardButton, &QToolButton::clicked, this, [this] { emit stepRequested(5000); });

    m_clock = new QLabel(this);
    m_clock->setObjectName(u"clock"_s);
    // Wide enough for the longest clock, so the controls beside it do not shift as it runs.
    m_clock->setMinimumWidth(m_clock->fontMetrics().horizontalAdvance(u"0:00:00 / 0:00:00"_s) + 8);
    m_clock->setAlignment(Qt::AlignCenter);

    m_previousButton = makeButton(u"go-previous"_s, QStyle::SP_MediaSkipBackward, tr("Previous annotation"), u"["_s);
    connect(m_previousButton, &QToolButton::clicked, this, &TransportBar::previousAnnotationRequested);
    m_nextButton = makeButton(u"go-next"_s, QStyle::SP_MediaSkipForward, tr("Next annotation"), u"]"_s);
    connect(m_nextButton, &QToolButton::clicked, this, &TransportBar::nextAnnotationRequested);

    m_loopButton = makeButton(u"media-playlist-repeat"_s, QStyle::SP_BrowserReload, tr("Loop the selection"), tr("R"));
    m_loopButton->setObjectName(u"loopButton"_s);
    m_loopButton->setCheckable(true);
    connect(m_loopButton, &QToolButton::toggled, this, &TransportBar::loopRequested);

    m_rateBox = new QComboBox(this);
    m_rateBox->setObjectName(u"rateBox"_s);
    m_rateBox->setToolTip(tr("Playback speed; the pitch stays the same"));
    const QLocale locale;
    for (const double rate : rates())
        m_rateBox->addItem(tr("%1×").arg(locale.toString(rate, 'g', 3)), rate);
    m_rateBox->setCurrentIndex(int(rates().indexOf(1.0)));
    m_rateBox->setAccessibleName(tr("Speed"));
    connect(m_rateBox, &QComboBox::activated, this,
            [this](int index) { emit rateRequested(m_rateBox->itemData(index).toDouble()); });

    m_soloBox = new QComboBox(this);
    m_soloBox->setObjectName(u"soloBox"_s);
    m_soloBox->setToolTip(tr("Listen to both sides, or only the agent or the customer"));
    m_soloBox->setAccessibleName(tr("Hear"));
    m_soloBox->addItem(tr("Both sides"), int(Solo::Both));
    m_soloBox->addItem(tr("Agent"), int(Solo::Agent));
    m_soloBox->addItem(tr("Customer"), int(Solo::Customer));
    connect(m_soloBox, &QComboBox::activated, this,
            [this](int index) { emit soloRequested(Solo(m_soloBox->itemData(index).toInt())); });

    m_skipBox = new QCheckBox(tr("S&kip silence ≥"), this);
    m_skipBox->setObjectName(u"skipSilenceBox"_s);
    m_skipBox->setToolTip(tr("Jump over stretches where both sides are quiet"));
    connect(m_skipBox, &QCheckBox::toggled, this, [this](bool on) {
        m_thresholdBox->setEnabled(on && m_skipBox->isEnabled());
        emit skipSilenceRequested(on);
    });
    m_thresholdBox = new QDoubleSpinBox(this);
    m_thresholdBox->setObjectName(u"silenceThresholdBox"_s);
    m_thresholdBox->setAccessibleName(tr("Shortest silence to skip"));
    m_thresholdBox->setRange(0.5, 30.0);
    m_thresholdBox->setSingleStep(0.5);
    m_thresholdBox->setDecimals(1);
    m_thresholdBox->setToolTip(tr("Skip only silences at least this long"));
    m_thresholdBox->setSuffix(tr(" s"));
    m_thresholdBox->setValue(2.0);
    m_thresholdBox->setEnabled(false);
    connect(m_thresholdBox, &QDoubleSpinBox::valueChanged, this,
            [this](double seconds) { emit silenceThresholdRequested(qint64(seconds * 1000)); });

    m_muteButton = makeButton(u"audio-volume-high"_s, QStyle::SP_MediaVolume, tr("Mute"), {});
    m_muteButton->setObjectName(u"muteButton"_s);
    m_muteButton->setCheckable(true);
    connect(m_muteButton, &QToolButton::toggled, this, [this](bool muted) {
        m_muted = muted;
        updateMuteIcon();
        emit mutedRequested(muted);
    });
    m_volumeSlider = new QSlider(Qt::Horizontal, this);
    m_volumeSlider->setObjectName(u"volumeSlider"_s);
    m_volumeSlider->setAccessibleName(tr("Volume"));
    m_volumeSlider->setRange(0, 100);
    m_volumeSlider->setValue(100);
    m_volumeSlider->setFixedWidth(70);
    connect(m_volumeSlider, &QSlider::valueChanged, this,
            [this](int value) { emit volumeRequested(float(value) / 100.0F); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(4);
    layout->addWidget(m_backButton);
    layout->addWidget(m_playButton);
    layout->addWidget(m_forwardButton);
    layout->addWidget(m_clock);
    layout->addWidget(separator(this));
    layout->addWidget(m_previousButton);
    layout->addWidget(m_nextButton);
    layout->addWidget(m_loopButton);
    layout->addWidget(separator(this));
    layout->addWidget(m_rateBox);
    layout->addSpacing(6);
    layout->addWidget(m_soloBox);
    layout->addSpacing(6);
    layout->addWidget(m_skipBox);
    layout->addWidget(m_thresholdBox);
    layout->addStretch(1);
    layout->addWidget(m_muteButton);
    layout->addWidget(m_volumeSlider);

    updateClock();
}

QList<double> TransportBar::rates()
{
    return {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};
}

QToolButton *TransportBar::makeButton(const QString &iconName, QStyle::StandardPixmap fallback, const QString &text,
                                      const QString &shortcutHint)
{
    auto *button = new QToolButton(this);
    button->setIcon(QIcon::fromTheme(iconName, style()->standardIcon(fallback)));
    button->setText(text);
    button->setAccessibleName(text);
    button->setToolTip(shortcutHint.isEmpty() ? text : tr("%1 (%2)").arg(text, shortcutHint));
    button->setAutoRaise(true);
    button->setIconSize(QSize(20, 20));
    return button;
}

void TransportBar::setPlaying(bool playing)
{
    m_playing = playing;
    const QString text = playing ? tr("Pause") : tr("Play");
    m_playButton->setIcon(QIcon::fromTheme(playing ? u"media-playback-pause"_s : u"media-playback-start"_s,
                                           style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay)));
    m_playButton->setText(text);
    m_playButton->setAccessibleName(text);
    m_playButton->setToolTip(tr("%1 (%2)").arg(text, tr("Space")));
}

void TransportBar::setPosition(qint64 ms)
{
    m_position = ms;
    updateClock();
}

void TransportBar::setDuration(qint64 ms)
{
    m_duration = ms;
    updateClock();
}

void TransportBar::updateClock()
{
    m_clock->setText(tr("%1 / %2").arg(DisplayFormat::position(m_position), DisplayFormat::position(m_duration)));
}

void TransportBar::setRate(double rate)
{
    const int index = m_rateBox->findData(rate);
    if (index >= 0)
        m_rateBox->setCurrentIndex(index);
}

double TransportBar::rate() const
{
    return m_rateBox->currentData().toDouble();
}

void TransportBar::setVolume(float volume)
{
    const QSignalBlocker blocker(m_volumeSlider);
    m_volumeSlider->setValue(int(volume * 100));
}

void TransportBar::setMuted(bool muted)
{
    const QSignalBlocker blocker(m_muteButton);
    m_muteButton->setChecked(muted);
    m_muted = muted;
    updateMuteIcon();
}

void TransportBar::updateMuteIcon()
{
    m_muteButton->setIcon(QIcon::fromTheme(m_muted ? u"audio-volume-muted"_s : u"audio-volume-high"_s,
                                           style()->standardIcon(m_muted ? QStyle::SP_MediaVolumeMuted
                                                                         : QStyle::SP_MediaVolume)));
    const QString text = m_muted ? tr("Unmute") : tr("Mute");
    m_muteButton->setToolTip(text);
    m_muteButton->setAccessibleName(text);
}

void TransportBar::setSolo(Solo solo)
{
    m_soloBox->setCurrentIndex(m_soloBox->findData(int(solo)));
}

void TransportBar::setSoloAvailable(bool available)
{
    m_soloBox->setEnabled(available);
    if (!available)
        setSolo(Solo::Both);
}

void TransportBar::setLoopAvailable(bool available)
{
    m_loopButton->setEnabled(available);
    m_loopButton->setToolTip(available ? tr("Loop the selection (%1)").arg(tr("R"))
                                       : tr("Drag across the waveform to select a stretch to loop"));
}

void TransportBar::setLooping(bool looping)
{
    const QSignalBlocker blocker(m_loopButton);
    m_loopButton->setChecked(looping);
}

void TransportBar::setSkipSilence(bool enabled)
{
    const QSignalBlocker blocker(m_skipBox);
    m_skipBox->setChecked(enabled);
    m_thresholdBox->setEnabled(enabled && m_skipBox->isEnabled());
}

void TransportBar::setSkipSilenceAvailable(bool available)
{
    m_skipBox->setEnabled(available);
    m_thresholdBox->setEnabled(available && m_skipBox->isChecked());
    m_skipBox->setToolTip(available ? tr("Jump over stretches where both sides are quiet")
                                    : tr("Available once the recording has been analysed"));
}

void TransportBar::setSilenceThreshold(qint64 ms)
{
    const QSignalBlocker blocker(m_thresholdBox);
    m_thresholdBox->setValue(ms / 1000.0);
}
