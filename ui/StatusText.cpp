#include "ui/StatusText.h"

#include <QColor>
#include <QDialog>
#include <QLabel>
#include <QLayout>
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
    const bool appears = !text.isEmpty() && label->isHidden();
    label->setVisible(!text.isEmpty());
    // A dialog grows to make room for the new line rather than squeezing its form.
    auto *dialog = qobject_cast<QDialog *>(label->window());
    if (appears && dialog && dialog->layout()) {
        dialog->layout()->activate();
        dialog->resize(dialog->size().expandedTo(dialog->sizeHint()));
    }
}

} // namespace sc::ui
