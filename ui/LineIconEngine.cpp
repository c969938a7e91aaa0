#include "ui/LineIconEngine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {

constexpr qreal kGrid = 24.0;
constexpr qreal kStroke = 1.9;

QPainterPath polyline(std::initializer_list<QPointF> points, bool closed = false)
{
    QPainterPath path;
    for (const QPointF &point : points) {
        if (path.elementCount() == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    if (closed)
        path.closeSubpath();
    return path;
}

QPainterPath roundedRect(qreal x, qreal y, qreal w, qreal h, qreal radius)
{
    QPainterPath path;
    path.addRoundedRect(QRectF(x, y, w, h), radius, radius);
    return path;
}

QPainterPath cloudOutline()
{
    QPainterPath cloud;
    cloud.addEllipse(QPointF(7.5, 14.5), 4.5, 4.5);
    QPainterPath top;
    top.addEllipse(QPointF(12.5, 10.5), 6.0, 6.0);
    QPainterPath right;
    right.addEllipse(QPointF(17.5, 14.5), 4.5, 4.5);
    QPainterPath base;
    base.addRect(QRectF(7.5, 12.0, 10.0, 7.0));
    return cloud.united(top).united(right).united(base).simplified();
}

// Stroked outlines and filled dots of one shape, in 24×24 grid units.
struct Shape
{
    QPainterPath stroked;
    QPainterPath filled;
};

Shape shapeFor(LineIcon icon)
{
    Shape shape;
    QPainterPath &s = shape.stroked;
    QPainterPath &f = shape.filled;
    switch (icon) {
    case LineIcon::Marketplace: // a shopping bag
        s.addPath(polyline({{6, 3}, {18, 3}, {21, 7}, {21, 19}, {19, 21}, {5, 21}, {3, 19}, {3, 7}}, true));
        s.addPath(polyline({{3, 7}, {21, 7}}));
        s.moveTo(16, 11);
        s.arcTo(QRectF(8, 7, 8, 8), 0, -180);
        break;
    case LineIcon::Instances: // two server units
        s.addPath(roundedRect(3, 3, 18, 7.5, 2));
        s.addPath(roundedRect(3, 13.5, 18, 7.5, 2));
        f.addEllipse(QPointF(7, 6.75), 1.2, 1.2);
        f.addEllipse(QPointF(7, 17.25), 1.2, 1.2);
        s.addPath(polyline({{11, 6.75}, {17, 6.75}}));
        s.addPath(polyline({{11, 17.25}, {17, 17.25}}));
        break;
    case LineIcon::Appliances: // a package: the VM image
        s.addPath(polyline({{12, 2.5}, {20.5, 7}, {20.5, 17}, {12, 21.5}, {3.5, 17}, {3.5, 7}}, true));
        s.addPath(polyline({{3.5, 7}, {12, 11.5}, {20.5, 7}}));
        s.addPath(polyline({{12, 11.5}, {12, 21.5}}));
        s.addPath(polyline({{7.75, 4.75}, {16.25, 9.25}}));
        break;
    case LineIcon::Billing: // a payment card
        s.addPath(roundedRect(2.5, 5, 19, 14, 2));
        s.addPath(polyline({{2.5, 9.5}, {21.5, 9.5}}));
        s.addPath(polyline({{6, 15}, {10, 15}}));
        break;
    case LineIcon::SellerConsole: // a bar chart
        s.addPath(polyline({{3, 3}, {3, 21}, {21, 21}}));
        s.addPath(polyline({{8, 17}, {8, 13}}));
        s.addPath(polyline({{13, 17}, {13, 8}}));
        s.addPath(polyline({{18, 17}, {18, 5}}));
        break;
    case LineIcon::Cloud: s.addPath(cloudOutline()); break;
    case LineIcon::Warning:
        s.addPath(polyline({{12, 3}, {22, 20.5}, {2, 20.5}}, true));
        s.addPath(polyline({{12, 9.5}, {12, 14}}));
        f.addEllipse(QPointF(12, 17.25), 1.2, 1.2);
        break;
    case LineIcon::Search:
        s.addEllipse(QPointF(10.5, 10.5), 6.5, 6.5);
        s.addPath(polyline({{15.5, 15.5}, {21, 21}}));
        break;
    case LineIcon::Refresh: {
        const QRectF circle(4, 4, 16, 16);
        s.arcMoveTo(circle, 60);
        s.arcTo(circle, 60, 280);
        // Arrow head at the start of the arc, pointing along it.
        s.addPath(polyline({{14.9, 1.0}, {16, 5.07}, {11.9, 6.2}}));
        break;
    }
    case LineIcon::Connect: // a plug
        s.addPath(polyline({{9, 2.5}, {9, 7}}));
        s.addPath(polyline({{15, 2.5}, {15, 7}}));
        s.moveTo(5.5, 7);
        s.lineTo(18.5, 7);
        s.lineTo(18.5, 11);
        s.arcTo(QRectF(5.5, 4.5, 13, 13), 0, -180);
        s.closeSubpath();
        s.addPath(polyline({{12, 17.5}, {12, 21.5}}));
        break;
    }
    return shape;
}

} // namespace

LineIconEngine::LineIconEngine(LineIcon shape, QColor color)
    : m_shape(shape)
    , m_color(color)
{
}

QIcon LineIconEngine::icon(LineIcon shape, QColor color)
{
    return QIcon(new LineIconEngine(shape, color));
}

QColor LineIconEngine::colorFor(QIcon::Mode mode) const
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled: return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected: return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active: break;
    }
    return m_color.isValid() ? m_color : palette.color(QPalette::Active, QPalette::WindowText);
}

void LineIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    const qreal side = qMin(rect.width(), rect.height());
    if (side <= 0)
        return;
    const QColor color = colorFor(mode);
    const Shape shape = shapeFor(m_shape);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
    painter->scale(side / kGrid, side / kGrid);
    QPen pen(color, kStroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(shape.stroked);
    if (!shape.filled.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPath(shape.filled);
    }
    painter->restore();
}

QPixmap LineIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine *LineIconEngine::clone() const
{
    return new LineIconEngine(m_shape, m_color);
}

QString LineIconEngine::key() const
{
    return u"sc::ui::LineIconEngine"_s;
}

} // namespace sc::ui
