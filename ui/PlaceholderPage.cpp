#include "ui/PlaceholderPage.h"

#include "ui/PageHeader.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {
constexpr int kIconSize = 40;
constexpr int kCardWidth = 560;
} // namespace

PlaceholderPage::PlaceholderPage(const Description &description, QWidget *parent)
    : QWidget(parent)
    , m_header(new PageHeader(description.title, description.subtitle, this))
{
    auto *card = new QFrame(this);
    card->setObjectName(u"comingSoonCard"_s);
    card->setFrameShape(QFrame::StyledPanel);
    card->setFixedWidth(kCardWidth);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);

    auto *icon = new QLabel(card);
    const QColor accent = palette().color(QPalette::Highlight);
    icon->setPixmap(
        LineIconEngine::icon(description.icon, accent).pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));

    auto *badge = new QLabel(tr("Coming soon"), card);
    badge->setObjectName(u"comingSoonBadge"_s);
    QFont badgeFont = badge->font();
    badgeFont.setWeight(QFont::DemiBold);
    badge->setFont(badgeFont);
    QPalette badgePalette = badge->palette();
    badgePalette.setColor(QPalette::WindowText, accent);
    badge->setPalette(badgePalette);

    auto *intro = new QLabel(tr("This part of the portal is being built. When it is ready, it will let you:"), card);
    intro->setWordWrap(true);

    auto *features = new QVBoxLayout;
    features->setSpacing(8);
    for (const QString &feature : description.plannedFeatures) {
        auto *label = new QLabel(u"•  "_s + feature, card);
        label->setWordWrap(true);
        features->addWidget(label);
    }

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(icon);
    titleRow->addWidget(badge, 1);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 24);
    cardLayout->setSpacing(12);
    cardLayout->addLayout(titleRow);
    cardLayout->addWidget(intro);
    cardLayout->addLayout(features);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(m_header);
    layout->addSpacing(24);
    // Centred between stretches rather than with Qt::AlignHCenter: that way the
    // wrapped lines get the card's width when the layout asks for their height.
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(card);
    centred->addStretch(1);
    layout->addLayout(centred);
    layout->addStretch(1);
}

void PlaceholderPage::setTitle(const QString &title)
{
    m_header->setTitle(title);
}

} // namespace sc::ui
