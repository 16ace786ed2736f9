// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/WaveformWidget.h"

#include "common/DisplayFormat.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int GutterWidth = 92;
constexpr int RulerHeight = 24;
constexpr int BandHeight = 20; // one row of the Notes band
constexpr int MaxBandRows = 3;
constexpr int MaxLabelBarWidth = 140;
constexpr int LaneSpacing = 4;
constexpr double MinMsPerPixel = 0.25; // a few samples per column at 8 kHz
constexpr double ZoomStep = 1.5;
const QColor PlayheadColor(0xd0, 0x1f, 0x2f);

QColor textOn(const QColor &background)
{
    return background.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

// Tick spacing in ms, smallest first; labels need room for "0:00:00".
constexpr std::array<qint64, 17> TickSteps {100, 200, 500, 1'000, 2'000, 5'000, 10'000, 15'000, 30'000,
                                            60'000, 120'000, 300'000, 600'000, 900'000, 1'800'000,
                                            3'600'000, 7'200'000};

QString tickLabel(qint64 ms, qint64 step)
{
    if (step >= 1000)
        return DisplayFormat::position(ms);
    // Tenths when ticks are closer than a second.
    return DisplayFormat::position(ms / 1000 * 1000) + QLocale().decimalPoint() + QString::number(ms % 1000 / 100);
}
} // namespace

WaveformWidget::WaveformWidget(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(u"waveform"_s);
    setAccessibleName(tr("Waveform"));
    setAccessibleDescription(tr("Click to play from there, drag to select a stretch; Ctrl+wheel zooms"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    horizontalScrollBar()->setSingleStep(20);
}

QSize WaveformWidget::sizeHint() const
{
    return {800, 220};
}

QSize WaveformWidget::minimumSizeHint() const
{
    return {GutterWidth + 200, RulerHeight + BandHeight + 80};
}

void WaveformWidget::setDuration(qint64 ms)
{
    if (ms == m_durationMs)
        return;
    m_durationMs = std::max<qint64>(ms, 0);
    if (m_fitted)
        m_msPerPixel = fitMsPerPixel();
    updateScrollRange();
    invalidateCache();
}

void WaveformWidget::setPeaks(const coach::Peaks &peaks)
{
    m_peaks = peaks;
    if (m_durationMs <= 0 && !peaks.isEmpty())
        setDuration(peaks.durationMs());
    invalidateCache();
}

void WaveformWidget::setLanes(const QList<Lane> &lanes)
{
    m_lanes = lanes;
    invalidateCache();
}

void WaveformWidget::setRegions(const QList<Region> &regions)
{
    m_regions = regions;
    viewport()->update();
}

void WaveformWidget::setCurrentRegion(coach::AnnotationId id)
{
    if (id == m_currentRegion)
        return;
    m_currentRegion = id;
    viewport()->update();
}

void WaveformWidget::setPosition(qint64 ms)
{
    if (ms == m_positionMs)
        return;
    const int oldX = xForTime(m_positionMs);
    m_positionMs = ms;
    const QRect lanes = laneArea();
    const int x = xForTime(ms);
    // Turn the page when the playhead runs off the right edge, but only if it
    // was in view: a user who scrolled elsewhere to look keeps their view.
    if (oldX >= lanes.left() && oldX <= lanes.right() && x > lanes.right() - 8)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + (x - lanes.left()) - lanes.width() / 10);
    viewport()->update();
}

void WaveformWidget::ensureVisible(qint64 ms)
{
    const QRect lanes = laneArea();
    const int x = xForTime(ms);
    if (x < lanes.left() || x > lanes.right())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + (x - lanes.left()) - lanes.width() / 3);
}

void WaveformWidget::setSelection(const coach::TimeRange &range)
{
    if (range == m_selection)
        return;
    m_selection = range;
    viewport()->update();
}

void WaveformWidget::setStatus(const QString &text, double fraction)
{
    m_statusText = text;
    m_statusFraction = fraction;
    viewport()->update();
}

int WaveformWidget::timeWidth() const
{
    return std::max(1, viewport()->width() - GutterWidth);
}

double WaveformWidget::fitMsPerPixel() const
{
    if (m_durationMs <= 0)
        return 10;
    return std::max(MinMsPerPixel, double(m_durationMs) / timeWidth());
}

void WaveformWidget::setMsPerPixel(double msPerPixel, int anchorX)
{
    const double fit = fitMsPerPixel();
    msPerPixel = std::clamp(msPerPixel, MinMsPerPixel, std::max(fit, MinMsPerPixel));
    const QRect lanes = laneArea();
    if (anchorX < lanes.left() || anchorX > lanes.right())
        anchorX = lanes.left() + lanes.width() / 2;
    // Keep the moment under the anchor (mouse or playhead) where it is.
    const double anchorMs = (horizontalScrollBar()->value() + (anchorX - lanes.left())) * m_msPerPixel;
    m_msPerPixel = msPerPixel;
    m_fitted = msPerPixel >= fit - 1e-9;
    updateScrollRange();
    horizontalScrollBar()->setValue(int(std::lround(anchorMs / m_msPerPixel)) - (anchorX - lanes.left()));
    invalidateCache();
    emit zoomChanged(m_msPerPixel);
}

void WaveformWidget::zoomIn()
{
    const int x = xForTime(m_positionMs);
    setMsPerPixel(m_msPerPixel / ZoomStep, x);
}

void WaveformWidget::zoomOut()
{
    const int x = xForTime(m_positionMs);
    setMsPerPixel(m_msPerPixel * ZoomStep, x);
}

void WaveformWidget::zoomToFit()
{
    setMsPerPixel(fitMsPerPixel());
}

int WaveformWidget::currentLevel() const
{
    if (m_peaks.isEmpty())
        return -1;
    return m_peaks.levelFor(m_msPerPixel * m_peaks.sampleRate() / 1000.0);
}

QRect WaveformWidget::rulerRect() const
{
    return {GutterWidth, 0, timeWidth(), RulerHeight};
}

QRect WaveformWidget::bandRect() const
{
    return {GutterWidth, RulerHeight, timeWidth(), BandHeight * m_bandRows};
}

QRect WaveformWidget::laneArea() const
{
    const int top = RulerHeight + BandHeight * m_bandRows;
    return {GutterWidth, top, timeWidth(), std::max(1, viewport()->height() - top)};
}

QRect WaveformWidget::laneRect(int lane) const
{
    const QRect area = laneArea();
    const int count = std::max<int>(1, int(m_lanes.size()));
    const int height = (area.height() - LaneSpacing * count) / count;
    return {0, area.top() + LaneSpacing / 2 + lane * (height + LaneSpacing), viewport()->width(), height};
}

qint64 WaveformWidget::timeAt(int x) const
{
    const double ms = (horizontalScrollBar()->value() + (x - GutterWidth)) * m_msPerPixel;
    return std::clamp<qint64>(qint64(std::llround(ms)), 0, m_durationMs);
}

int WaveformWidget::xForTime(qint64 ms) const
{
    return GutterWidth + int(std::floor(ms / m_msPerPixel)) - horizontalScrollBar()->value();
}

coach::TimeRange WaveformWidget::visibleRange() const
{
    const QRect lanes = laneArea();
    return {timeAt(lanes.left()), timeAt(lanes.right() + 1)};
}

void WaveformWidget::updateScrollRange()
{
    const qint64 content = qint64(std::ceil(m_durationMs / m_msPerPixel));
    const int width = timeWidth();
    QScrollBar *bar = horizontalScrollBar();
    bar->setRange(0, int(std::clamp<qint64>(content - width, 0, std::numeric_limits<int>::max())));
    bar->setPageStep(width);
}

void WaveformWidget::invalidateCache()
{
    m_cacheValid = false;
    viewport()->update();
}

void WaveformWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitted)
        m_msPerPixel = fitMsPerPixel();
    updateScrollRange();
    invalidateCache();
}

void WaveformWidget::scrollContentsBy(int, int)
{
    invalidateCache();
}

void WaveformWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        invalidateCache();
    QAbstractScrollArea::changeEvent(event);
}

void WaveformWidget::paintEvent(QPaintEvent *)
{
    // Overlapping notes take more rows of the band, and the lanes below move down.
    const BandLayout band = regionBars();
    if (band.rows != m_bandRows) {
        m_bandRows = band.rows;
        m_cacheValid = false;
    }
    const qreal dpr = viewport()->devicePixelRatioF();
    if (!m_cacheValid || m_cache.size() != viewport()->size() * dpr) {
        m_cache = QPixmap(viewport()->size() * dpr);
        m_cache.setDevicePixelRatio(dpr);
        QPainter cachePainter(&m_cache);
        paintLanes(cachePainter);
        m_cacheValid = true;
    }
    QPainter painter(viewport());
    painter.drawPixmap(0, 0, m_cache);
    paintRuler(painter);
    paintRegions(painter, band);
    paintStatus(painter);

    const QRect area = laneArea();
    painter.setClipRect(QRect(GutterWidth, 0, timeWidth(), viewport()->height()));
    if (m_selection.length() > 0) {
        const int x0 = xForTime(m_selection.startMs);
        const int x1 = xForTime(m_selection.endMs);
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(60);
        painter.fillRect(QRect(x0, RulerHeight, std::max(1, x1 - x0), viewport()->height() - RulerHeight), fill);
        painter.setPen(palette().color(QPalette::Highlight));
        painter.drawLine(x0, RulerHeight, x0, area.bottom());
        painter.drawLine(x1, RulerHeight, x1, area.bottom());
    }
    if (m_durationMs > 0) {
        const int x = xForTime(m_positionMs);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(PlayheadColor, 2));
        painter.drawLine(x, RulerHeight - 6, x, viewport()->height());
        QPainterPath head;
        head.moveTo(x - 6, RulerHeight - 10);
        head.lineTo(x + 6, RulerHeight - 10);
        head.lineTo(x, RulerHeight - 2);
        head.closeSubpath();
        painter.fillPath(head, PlayheadColor);
    }
    if (hasFocus()) {
        painter.setClipping(false);
        QColor focus = palette().color(QPalette::Highlight);
        painter.setPen(QPen(focus, 1));
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.drawRect(viewport()->rect().adjusted(0, 0, -1, -1));
    }
}

void WaveformWidget::paintLanes(QPainter &painter)
{
    const QRect all = viewport()->rect();
    painter.fillRect(all, palette().color(QPalette::Base));
    // The gutter and the ruler read as frame, the lanes as content.
    painter.fillRect(QRect(0, 0, GutterWidth, all.height()), palette().color(QPalette::Window));
    const int bandBottom = bandRect().bottom() + 1;
    painter.fillRect(QRect(GutterWidth, 0, all.width() - GutterWidth, bandBottom),
                     palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(GutterWidth - 1, 0, GutterWidth - 1, all.height());
    painter.drawLine(GutterWidth, bandBottom - 1, all.width(), bandBottom - 1);

    const QFont small = regionFont();
    painter.setFont(small);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRect(8, RulerHeight, GutterWidth - 12, BandHeight), Qt::AlignVCenter | Qt::AlignLeft,
                     tr("Notes"));

    for (int i = 0; i < m_lanes.size(); ++i) {
        const Lane &lane = m_lanes.at(i);
        const QRect rect = laneRect(i);
        QColor tint = lane.color;
        tint.setAlpha(16);
        painter.fillRect(QRect(GutterWidth, rect.top(), all.width() - GutterWidth, rect.height()), tint);
        // Label: a bar in the lane's colour and its name beside it.
        painter.fillRect(QRect(0, rect.top(), 4, rect.height()), lane.color);
        QFont bold = font();
        bold.setWeight(QFont::DemiBold);
        painter.setFont(bold);
        painter.setPen(lane.color.darker(115));
        const QString label = painter.fontMetrics().elidedText(lane.label, Qt::ElideRight, GutterWidth - 16);
        const int lineHeight = painter.fontMetrics().height();
        const bool twoLines = !lane.detail.isEmpty() && rect.height() >= 2 * lineHeight + 4;
        const QRect labelRect(10, rect.top(), GutterWidth - 14, rect.height());
        // Role above the middle, who it is below it.
        const int middle = rect.height() / 2;
        painter.drawText(twoLines ? labelRect.adjusted(0, 0, 0, -(rect.height() - middle)) : labelRect,
                         (twoLines ? Qt::AlignBottom : Qt::AlignVCenter) | Qt::AlignLeft, label);
        if (twoLines) {
            painter.setFont(small);
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(labelRect.adjusted(0, middle + 1, 0, 0), Qt::AlignTop | Qt::AlignLeft,
                             painter.fontMetrics().elidedText(lane.detail, Qt::ElideRight, GutterWidth - 16));
        }
        painter.save();
        painter.setClipRect(QRect(GutterWidth, rect.top(), all.width() - GutterWidth, rect.height()));
        paintWaveform(painter, lane, rect);
        painter.restore();
    }
}

void WaveformWidget::paintWaveform(QPainter &painter, const Lane &lane, const QRect &rect)
{
    const int centre = rect.center().y();
    QColor axis = lane.color;
    axis.setAlpha(90);
    painter.setPen(axis);
    painter.drawLine(GutterWidth, centre, rect.right(), centre);
    if (m_peaks.isEmpty() || lane.channel >= m_peaks.channelCount())
        return;

    const int level = currentLevel();
    const coach::Peaks::Level &data = m_peaks.level(level);
    const auto *pairs = reinterpret_cast<const qint8 *>(data.channels.at(lane.channel).constData());
    const double binsPerMs = m_peaks.sampleRate() / 1000.0 / data.samplesPerBin;
    const double half = rect.height() / 2.0 - 2;

    QList<QLine> strong;
    QList<QLine> faint;
    strong.reserve(timeWidth());
    const int firstX = std::max(GutterWidth, xForTime(0));
    const int lastX = std::min(rect.right(), xForTime(m_durationMs));
    qsizetype maskIndex = 0;
    const double scroll = horizontalScrollBar()->value();
    for (int x = firstX; x <= lastX; ++x) {
        const double ms0 = (scroll + (x - GutterWidth)) * m_msPerPixel;
        const double ms1 = ms0 + m_msPerPixel;
        qsizetype b0 = qsizetype(ms0 * binsPerMs);
        qsizetype b1 = std::max(b0 + 1, qsizetype(std::ceil(ms1 * binsPerMs)));
        b0 = std::min(b0, data.binCount);
        b1 = std::min(b1, data.binCount);
        if (b0 >= b1)
            break;
        int lo = 127;
        int hi = -127;
        for (qsizetype b = b0; b < b1; ++b) {
            lo = std::min<int>(lo, pairs[2 * b]);
            hi = std::max<int>(hi, pairs[2 * b + 1]);
        }
        const QLine line(x, centre - int(hi * half / 127.0), x, centre - int(lo * half / 127.0));
        bool inMask = true;
        if (lane.masked) {
            const qint64 mid = qint64((ms0 + ms1) / 2);
            while (maskIndex < lane.mask.size() && lane.mask.at(maskIndex).endMs <= mid)
                ++maskIndex;
            inMask = maskIndex < lane.mask.size() && lane.mask.at(maskIndex).contains(mid);
        }
        (inMask ? strong : faint) << line;
    }
    QColor weak = lane.color;
    weak.setAlpha(55);
    painter.setPen(weak);
    painter.drawLines(faint);
    painter.setPen(lane.color);
    painter.drawLines(strong);
}

void WaveformWidget::paintRuler(QPainter &painter)
{
    if (m_durationMs <= 0)
        return;
    painter.save();
    painter.setClipRect(rulerRect());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const int labelWidth = painter.fontMetrics().horizontalAdvance(u"0:00:00.0"_s) + 14;
    qint64 step = TickSteps.back();
    for (const qint64 candidate : TickSteps) {
        if (candidate / m_msPerPixel >= labelWidth) {
            step = candidate;
            break;
        }
    }
    const qint64 minor = step % 5 == 0 && step >= 500 ? step / 5 : step / 2;
    const coach::TimeRange visible = visibleRange();
    const QColor tick = palette().color(QPalette::PlaceholderText);
    painter.setPen(tick);
    for (qint64 ms = visible.startMs / minor * minor; ms <= visible.endMs; ms += minor) {
        const int x = xForTime(ms);
        const bool major = ms % step == 0;
        painter.drawLine(x, RulerHeight - (major ? 9 : 4), x, RulerHeight - 1);
        if (major) {
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRect(x + 3, 1, labelWidth, RulerHeight - 8), Qt::AlignLeft | Qt::AlignVCenter,
                             tickLabel(ms, step));
            painter.setPen(tick);
        }
    }
    painter.restore();
}

QFont WaveformWidget::regionFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

WaveformWidget::Region WaveformWidget::shownRegion(int index) const
{
    Region region = m_regions.at(index);
    if (m_drag == Drag::MovingRegion && index == m_dragRegion) {
        region.endMs = m_dragStartMs + (region.endMs - region.startMs);
        region.startMs = m_dragStartMs;
    }
    return region;
}

WaveformWidget::BandLayout WaveformWidget::regionBars() const
{
    // A bar is as wide as its region, or as its label up to a limit; bars that
    // would overlap go to the next row, so no label is drawn over another.
    BandLayout layout;
    layout.bars.resize(m_regions.size());
    const QFontMetrics metrics(regionFont());
    QList<qint64> starts;
    starts.reserve(m_regions.size());
    for (int i = 0; i < m_regions.size(); ++i)
        starts.append(shownRegion(i).startMs);
    QList<int> order(m_regions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&starts](int a, int b) { return starts.at(a) < starts.at(b); });
    QList<int> rowEnds; // right edge of the last bar in each row
    for (const int i : std::as_const(order)) {
        const Region region = shownRegion(i);
        const int x0 = xForTime(region.startMs);
        const int x1 = std::max(x0 + 2, xForTime(region.endMs));
        const int textWidth = metrics.horizontalAdvance(region.label) + 10;
        const int width = std::max(x1 - x0, std::min(textWidth, MaxLabelBarWidth));
        auto row = std::find_if(rowEnds.begin(), rowEnds.end(), [x0](int end) { return end + 2 <= x0; });
        if (row == rowEnds.end()) {
            if (rowEnds.size() < MaxBandRows)
                row = rowEnds.insert(rowEnds.end(), x0);
            else
                row = std::min_element(rowEnds.begin(), rowEnds.end());
        }
        *row = x0 + width;
        const int top = RulerHeight + int(row - rowEnds.begin()) * BandHeight;
        layout.bars[i] = QRect(x0, top + 2, width, BandHeight - 5);
    }
    layout.rows = std::max<int>(1, int(rowEnds.size()));
    return layout;
}

void WaveformWidget::paintRegions(QPainter &painter, const BandLayout &layout)
{
    painter.save();
    painter.setClipRect(QRect(GutterWidth, RulerHeight, timeWidth(), viewport()->height() - RulerHeight));
    const QRect lanes = laneArea();
    painter.setFont(regionFont());
    for (int i = 0; i < m_regions.size(); ++i) {
        const Region region = shownRegion(i);
        const QRect &bar = layout.bars.at(i);
        const int x0 = bar.left();
        const int x1 = std::max(x0 + 2, xForTime(region.endMs));
        if (bar.right() < lanes.left() || x0 > lanes.right())
            continue;
        const bool current = region.id == m_currentRegion;
        QColor fill = region.color;
        if (region.startMs == region.endMs) {
            painter.fillRect(QRect(x0 - 1, lanes.top(), 2, lanes.height()), region.color);
        } else {
            fill.setAlpha(current ? 70 : 40);
            painter.fillRect(QRect(x0, lanes.top(), x1 - x0, lanes.height()), fill);
        }
        // The bar in the band: what the region is, and the handle to move it.
        QColor barColor = region.color;
        barColor.setAlpha(current ? 255 : 210);
        painter.fillRect(bar, barColor);
        if (current) {
            painter.setPen(QPen(palette().color(QPalette::WindowText), 1));
            painter.drawRect(bar.adjusted(0, 0, -1, -1));
        }
        painter.setPen(textOn(region.color));
        painter.drawText(bar.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(region.label, Qt::ElideRight, bar.width() - 6));
    }
    painter.restore();
}

void WaveformWidget::paintStatus(QPainter &painter)
{
    if (m_statusText.isEmpty())
        return;
    const QRect area = laneArea();
    const QFontMetrics metrics = painter.fontMetrics();
    const int width = std::min(area.width() - 20, metrics.horizontalAdvance(m_statusText) + 40);
    const QRect box(area.center().x() - width / 2, area.center().y() - 26, width, 52);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor background = palette().color(QPalette::Window);
    background.setAlpha(230);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(background);
    painter.drawRoundedRect(box, 6, 6);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(box.adjusted(10, 6, -10, m_statusFraction >= 0 ? -22 : -6), Qt::AlignCenter,
                     metrics.elidedText(m_statusText, Qt::ElideRight, box.width() - 20));
    if (m_statusFraction >= 0) {
        const QRect track(box.left() + 16, box.bottom() - 18, box.width() - 32, 6);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Mid));
        painter.drawRoundedRect(track, 3, 3);
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawRoundedRect(QRect(track.left(), track.top(), int(track.width() * std::clamp(m_statusFraction, 0.0, 1.0)),
                                      track.height()),
                                3, 3);
    }
    painter.restore();
}

int WaveformWidget::regionAt(const QPoint &pos) const
{
    if (!bandRect().contains(pos))
        return -1;
    const BandLayout layout = regionBars();
    // Last drawn is on top: search backwards.
    for (int i = int(m_regions.size()) - 1; i >= 0; --i) {
        if (layout.bars.at(i).adjusted(-2, -2, 0, 2).contains(pos))
            return i;
    }
    return -1;
}

void WaveformWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_durationMs <= 0 || event->position().x() < GutterWidth) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_pressMs = timeAt(pos.x());
    const int region = regionAt(pos);
    if (region >= 0) {
        m_drag = Drag::MovingRegion;
        m_dragRegion = region;
        m_dragStartMs = m_regions.at(region).startMs;
        m_dragOffsetMs = m_dragStartMs - m_pressMs;
        emit annotationClicked(m_regions.at(region).id);
    } else {
        m_drag = Drag::Pressed;
    }
    event->accept();
}

void WaveformWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None) {
        viewport()->setCursor(regionAt(pos) >= 0 ? Qt::OpenHandCursor : Qt::IBeamCursor);
        return;
    }
    const qint64 ms = timeAt(pos.x());
    if (m_drag == Drag::MovingRegion) {
        const Region &region = m_regions.at(m_dragRegion);
        const qint64 length = region.endMs - region.startMs;
        m_dragStartMs = std::clamp<qint64>(ms + m_dragOffsetMs, 0, std::max<qint64>(0, m_durationMs - length));
        viewport()->setCursor(Qt::ClosedHandCursor);
        viewport()->update();
        return;
    }
    if (m_drag == Drag::Pressed && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_drag = Drag::Selecting;
    if (m_drag == Drag::Selecting) {
        m_selection = {std::min(ms, m_pressMs), std::max(ms, m_pressMs)};
        emit selectionChanged(m_selection);
        viewport()->update();
    }
}

void WaveformWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    switch (drag) {
    case Drag::None:
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    case Drag::MovingRegion: {
        const Region &region = m_regions.at(m_dragRegion);
        if (m_dragStartMs != region.startMs)
            emit annotationMoveRequested(region.id, m_dragStartMs);
        else
            emit seekRequested(region.startMs);
        viewport()->update();
        break;
    }
    case Drag::Pressed:
        if (m_selection.length() > 0) {
            m_selection = {};
            emit selectionChanged(m_selection);
        }
        emit seekRequested(m_pressMs);
        break;
    case Drag::Selecting:
        emit selectionFinished(m_selection);
        break;
    }
    viewport()->unsetCursor();
    event->accept();
}

void WaveformWidget::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta != 0)
            setMsPerPixel(m_msPerPixel * std::pow(ZoomStep, -delta / 120.0), int(event->position().x()));
    } else {
        // Nothing scrolls vertically here, so the wheel pans through time.
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta);
    }
    event->accept();
}
