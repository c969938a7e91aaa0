#pragma once

#include <QColor>
#include <QIcon>
#include <QIconEngine>

namespace sc::ui {

// The shapes the UI draws itself: simple line icons on a 24×24 grid, painted
// as vectors at whatever size is asked for (sharp on high-DPI screens, no SVG
// plugin needed) and coloured from the palette so they follow the theme.
enum class LineIcon {
    Marketplace,
    Instances,
    Appliances,
    Billing,
    SellerConsole,
    Cloud,
    Warning,
    Search,
    Refresh,
    Connect,
};

class LineIconEngine final : public QIconEngine
{
public:
    // color: invalid means the palette's text colour (highlighted text when selected).
    explicit LineIconEngine(LineIcon shape, QColor color = {});

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

    static QIcon icon(LineIcon shape, QColor color = {});

private:
    QColor colorFor(QIcon::Mode mode) const;

    LineIcon m_shape;
    QColor m_color;
};

} // namespace sc::ui
