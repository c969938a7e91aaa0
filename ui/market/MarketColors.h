#pragma once

#include <QColor>
#include <QPalette>

namespace sc::ui::MarketColors {

// Rising prices and bids in green, falling prices and asks in red, a shade
// lighter on dark themes so they stay readable.
inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

inline QColor rising(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
}

inline QColor falling(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
}

inline QColor bids(const QPalette &palette)
{
    return rising(palette);
}

inline QColor asks(const QPalette &palette)
{
    return falling(palette);
}

} // namespace sc::ui::MarketColors
