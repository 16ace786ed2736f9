// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyle>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QToolButton;

/*
 * Playback controls under the waveform: play/pause, back and forward, the
 * clock, previous/next annotation, loop, speed, solo, skip silence and volume.
 * Like Qt's player example's PlayerControls, it only emits what the user
 * asks for and shows the state it is given; ReviewController connects it to
 * the PlaybackEngine.
 */
class TransportBar final : public QWidget
{
    Q_OBJECT
public:
    enum class Solo { Both, Agent, Customer };
    Q_ENUM(Solo)

    explicit TransportBar(QWidget *parent = nullptr);

    // The speeds offered, slowest first; 1.0 is among them.
    [[nodiscard]] static QList<double> rates();

    void setPlaying(bool playing);
    void setPosition(qint64 ms);
    void setDuration(qint64 ms);
    void setRate(double rate);
    [[nodiscard]] double rate() const;
    void setVolume(float volume);
    void setMuted(bool muted);
    void setSolo(Solo solo);
    // Mono recordings have nothing to solo.
    void setSoloAvailable(bool available);
    void setLoopAvailable(bool available);
    void setLooping(bool looping);
    void setSkipSilence(bool enabled);
    void setSkipSilenceAvailable(bool available);
    void setSilenceThreshold(qint64 ms);

signals:
    void playPauseRequested();
    void stepRequested(qint64 deltaMs);
    void previousAnnotationRequested();
    void nextAnnotationRequested();
    void rateRequested(double rate);
    void volumeRequested(float volume);
    void mutedRequested(bool muted);
    void soloRequested(TransportBar::Solo solo);
    void loopRequested(bool loop);
    void skipSilenceRequested(bool enabled);
    void silenceThresholdRequested(qint64 ms);

private:
    QToolButton *makeButton(const QString &iconName, QStyle::StandardPixmap fallback, const QString &text,
                            const QString &shortcutHint);
    void updateClock();
    void updateMuteIcon();

    QToolButton *m_playButton = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_forwardButton = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QToolButton *m_loopButton = nullptr;
    QLabel *m_clock = nullptr;
    QComboBox *m_rateBox = nullptr;
    QComboBox *m_soloBox = nullptr;
    QCheckBox *m_skipBox = nullptr;
    QDoubleSpinBox *m_thresholdBox = nullptr;
    QToolButton *m_muteButton = nullptr;
    QSlider *m_volumeSlider = nullptr;
    qint64 m_position = 0;
    qint64 m_duration = 0;
    bool m_playing = false;
    bool m_muted = false;
};
