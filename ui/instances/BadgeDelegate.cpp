#include "ui/instances/BadgeDelegate.h"

#include <QApplication>
#include <QPainter>

namespace sc::ui {

namespace {
constexpr int kPaddingX = 8;
constexpr int kDot = 6;
constexpr int kGap = 5;
} // namespace

BadgeDelegate::BadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant color = index.data(BadgeColorRole);
    if (!color.canConvert<QColor>() || !color.value<QColor>().isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background and selection as usual, without its text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QColor ink = color.value<QColor>();
    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics metrics(option.font);
    const int height = metrics.height() + 2;
    const int width = kPaddingX + kDot + kGap + metrics.horizontalAdvance(text) + kPaddingX;
    const QRect pill(option.rect.left() + 4,
                     option.rect.top() + (option.rect.height() - height) / 2,
                     std::min(width, option.rect.width() - 8),
                     height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor tint = ink;
    tint.setAlpha(40);
    painter->setPen(Qt::NoPen);
    painter->setBrush(tint);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setBrush(ink);
    painter->drawEllipse(QRectF(pill.left() + kPaddingX, pill.center().y() - kDot / 2.0 + 0.5, kDot, kDot));
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : ink);
    painter->setFont(option.font);
    const QRect textRect = pill.adjusted(kPaddingX + kDot + kGap, 0, -kPaddingX + 2, 0);
    painter->drawText(
        textRect, Qt::AlignVCenter | Qt::AlignLeft, metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(BadgeColorRole).isValid())
        size.rwidth() += kDot + kGap + 2 * kPaddingX;
    return size;
}

} // namespace sc::ui
