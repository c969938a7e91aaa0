#include "ui/MessagePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {
constexpr int kIconSize = 48;
constexpr int kTextWidth = 460;
} // namespace

MessagePanel::MessagePanel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setFixedHeight(kIconSize + 8);

    m_title->setObjectName(u"messageTitle"_s);
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_text->setObjectName(u"messageText"_s);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setFixedWidth(kTextWidth);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    m_button->setObjectName(u"messageButton"_s);
    m_button->hide();
    connect(m_button, &QPushButton::clicked, this, &MessagePanel::buttonClicked);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addStretch(2);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    // Between stretches, not Qt::AlignHCenter, so wrapped lines get the label's width for their height.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(6);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void MessagePanel::setMessage(LineIcon icon, const QString &title, const QString &text, const QString &buttonText)
{
    const QColor iconColor = palette().color(QPalette::PlaceholderText);
    m_icon->setPixmap(LineIconEngine::icon(icon, iconColor).pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
}

QString MessagePanel::title() const
{
    return m_title->text();
}

QString MessagePanel::text() const
{
    return m_text->text();
}

} // namespace sc::ui
