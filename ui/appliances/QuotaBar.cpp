#include "ui/appliances/QuotaBar.h"

#include "ui/appliances/ApplianceModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {
constexpr int kBarWidth = 220;
constexpr int kBarHeight = 10;
} // namespace

// Used in the highlight colour, reserved in a lighter tint of it, free as the base.
class QuotaBar::Bar final : public QWidget
{
public:
    explicit Bar(QuotaBar *owner)
        : QWidget(owner)
        , m_owner(owner)
    {
        setFixedSize(kBarWidth, kBarHeight);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF bounds = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        const qreal radius = bounds.height() / 2;
        QPainterPath clip;
        clip.addRoundedRect(bounds, radius, radius);
        painter.setClipPath(clip);
        painter.fillRect(bounds, palette().color(QPalette::Base));
        const protocol::StorageQuota quota = m_owner->quota();
        if (quota.limitBytes > 0) {
            const qreal width = bounds.width();
            const qreal used = std::min<qreal>(1, qreal(quota.usedBytes) / qreal(quota.limitBytes)) * width;
            const qreal reserved = std::min<qreal>(
                                       1, qreal(quota.usedBytes + quota.reservedBytes) / qreal(quota.limitBytes))
                                   * width;
            QColor highlight = palette().color(QPalette::Highlight);
            if (quota.availableBytes() == 0)
                highlight = QColor(0xc6, 0x28, 0x28);
            QColor tint = highlight;
            tint.setAlpha(110);
            painter.fillRect(QRectF(bounds.left(), bounds.top(), reserved, bounds.height()), tint);
            painter.fillRect(QRectF(bounds.left(), bounds.top(), used, bounds.height()), highlight);
        }
        painter.setClipping(false);
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(bounds, radius, radius);
    }

private:
    QuotaBar *m_owner;
};

QuotaBar::QuotaBar(QWidget *parent)
    : QWidget(parent)
    , m_bar(new Bar(this))
    , m_text(new QLabel)
{
    setObjectName(u"quotaBar"_s);
    m_text->setObjectName(u"quotaText"_s);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(new QLabel(tr("Storage:")));
    layout->addWidget(m_bar);
    layout->addWidget(m_text, 1);
    setToolTip(tr("Your organization's private appliances and the uploads in progress count against this limit; "
                  "public appliances do not."));
}

void QuotaBar::setQuota(const protocol::StorageQuota &quota)
{
    m_quota = quota;
    m_text->setText(text());
    m_bar->update();
}

QString QuotaBar::text() const
{
    const QString used = tr("%1 of %2 used")
                             .arg(ApplianceModel::sizeText(m_quota.usedBytes),
                                  ApplianceModel::sizeText(m_quota.limitBytes));
    const QString free = tr("%1 free").arg(ApplianceModel::sizeText(m_quota.availableBytes()));
    if (m_quota.reservedBytes > 0) {
        return tr("%1 · %2 reserved by uploads · %3").arg(used, ApplianceModel::sizeText(m_quota.reservedBytes), free);
    }
    return tr("%1 · %2").arg(used, free);
}

} // namespace sc::ui
