#include "ui/StatusText.h"

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace sc::ui {

QColor statusColor(const QPalette &palette, StatusTone tone)
{
    const bool light = palette.color(QPalette::Window).lightness() > 128;
    switch (tone) {
    case StatusTone::Problem: return light ? QColor(0xb9, 0x1c, 0x1c) : QColor(0xf8, 0x71, 0x71);
    case StatusTone::Success: return light ? QColor(0x15, 0x80, 0x3d) : QColor(0x4a, 0xde, 0x80);
    case StatusTone::Neutral: break;
    }
    return palette.color(QPalette::WindowText);
}

void setStatusText(QLabel *label, const QString &text, StatusTone tone)
{
    QPalette palette = label->palette();
    // The parent's palette, not the label's: the label's may carry the previous tone.
    const QPalette base = label->parentWidget() ? label->parentWidget()->palette() : palette;
    palette.setColor(QPalette::WindowText, statusColor(base, tone));
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace sc::ui
