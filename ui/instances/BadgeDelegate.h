#pragma once

#include <QStyledItemDelegate>

namespace sc::ui {

// Draws a cell as a coloured badge: a rounded pill in a tint of the colour
// the model gives in BadgeColorRole, with a dot and the display text in that
// colour. Cells without a colour are drawn as usual.
class BadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BadgeDelegate)

public:
    static constexpr int BadgeColorRole = Qt::UserRole + 100;

    explicit BadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace sc::ui
