// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Peaks.h"
#include "model/Id.h"
#include "model/TimeRange.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QPixmap>

/*
 * The recording drawn as labelled lanes (agent, customer) over a time ruler,
 * with the playhead, the user's selection and the annotations as coloured
 * regions. Draws only the visible columns, from the Peaks level that fits the
 * zoom, so a two-hour call pans and zooms as fast as a short one; the lanes
 * are cached as a pixmap until the zoom, scroll or size changes.
 *
 * A view: takes state through setters, says what the user asked for through
 * signals (a click asks to seek, a drag selects, dragging an annotation's bar
 * asks to move it). GUI thread only.
 */
class WaveformWidget final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    struct Lane
    {
        QString label;
        QColor color;
        int channel = 0; // in the Peaks
        // Mono calls split by speaker: only the mask's stretches are drawn
        // strongly; the rest of the channel is faint.
        bool masked = false;
        coach::TimeRanges mask;
        QString detail; // a second, smaller line under the label: who it is
    };
    struct Region
    {
        coach::AnnotationId id;
        qint64 startMs = 0;
        qint64 endMs = 0;
        QColor color;
        QString label;
    };

    explicit WaveformWidget(QWidget *parent = nullptr);

    void setDuration(qint64 ms);
    [[nodiscard]] qint64 duration() const { return m_durationMs; }
    void setPeaks(const coach::Peaks &peaks);
    void setLanes(const QList<Lane> &lanes);
    [[nodiscard]] const QList<Lane> &lanes() const { return m_lanes; }
    void setRegions(const QList<Region> &regions);
    void setCurrentRegion(coach::AnnotationId id);

    void setPosition(qint64 ms);
    [[nodiscard]] qint64 position() const { return m_positionMs; }
    // Scrolls so `ms` is in view, when it is not.
    void ensureVisible(qint64 ms);

    void setSelection(const coach::TimeRange &range);
    [[nodiscard]] coach::TimeRange selection() const { return m_selection; }

    // While the peaks are being computed: a line of text and a fraction
    // (0…1, or negative for none) shown where the lanes will be.
    void setStatus(const QString &text, double fraction = -1);

    // Zoom, as milliseconds per pixel column.
    [[nodiscard]] double msPerPixel() const { return m_msPerPixel; }
    void setMsPerPixel(double msPerPixel, int anchorX = -1);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    [[nodiscard]] bool isFitted() const { return m_fitted; }

    // The peaks level the current zoom draws from; -1 without peaks.
    [[nodiscard]] int currentLevel() const;
    // Where the lanes are, in viewport coordinates; time runs along x.
    [[nodiscard]] QRect laneArea() const;
    [[nodiscard]] qint64 timeAt(int x) const;
    [[nodiscard]] int xForTime(qint64 ms) const;
    [[nodiscard]] coach::TimeRange visibleRange() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 ms);
    void selectionChanged(const coach::TimeRange &range);
    // The mouse let go of a drag: the region to annotate or loop.
    void selectionFinished(const coach::TimeRange &range);
    void annotationClicked(coach::AnnotationId id);
    void annotationMoveRequested(coach::AnnotationId id, qint64 startMs);
    void zoomChanged(double msPerPixel);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QRect rulerRect() const;
    [[nodiscard]] QRect bandRect() const;
    [[nodiscard]] QRect laneRect(int lane) const;
    [[nodiscard]] double fitMsPerPixel() const;
    [[nodiscard]] int timeWidth() const;
    [[nodiscard]] int regionAt(const QPoint &pos) const;
    struct BandLayout
    {
        QList<QRect> bars; // by region index, in viewport coordinates
        int rows = 1;
    };
    [[nodiscard]] BandLayout regionBars() const;
    // A region as drawn: where a drag would put it while it is being moved.
    [[nodiscard]] Region shownRegion(int index) const;
    [[nodiscard]] QFont regionFont() const;
    void updateScrollRange();
    void invalidateCache();
    void paintLanes(QPainter &painter);
    void paintWaveform(QPainter &painter, const Lane &lane, const QRect &rect);
    void paintRuler(QPainter &painter);
    void paintRegions(QPainter &painter, const BandLayout &layout);
    void paintStatus(QPainter &painter);

    qint64 m_durationMs = 0;
    coach::Peaks m_peaks;
    QList<Lane> m_lanes;
    QList<Region> m_regions;
    coach::AnnotationId m_currentRegion;
    qint64 m_positionMs = 0;
    coach::TimeRange m_selection;
    QString m_statusText;
    double m_statusFraction = -1;

    double m_msPerPixel = 10;
    bool m_fitted = true;

    // Mouse gesture in progress.
    enum class Drag { None, Pressed, Selecting, MovingRegion };
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    qint64 m_pressMs = 0;
    int m_dragRegion = -1;
    qint64 m_dragOffsetMs = 0; // region start minus the time under the mouse
    qint64 m_dragStartMs = 0;  // where the region would go

    int m_bandRows = 1; // rows of the Notes band, from the last layout of its bars
    QPixmap m_cache; // the lanes without overlays, for the current zoom and scroll
    bool m_cacheValid = false;
};
