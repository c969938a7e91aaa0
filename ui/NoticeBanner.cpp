#include "ui/NoticeBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {
constexpr int kIconSize = 20;
} // namespace

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setAutoFillBackground(true);
    m_text->setObjectName(u"noticeText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setObjectName(u"noticeButton"_s);
    connect(m_button, &QPushButton::clicked, this, &NoticeBanner::buttonClicked);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 8, 24, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    applyColors();
    hide();
}

void NoticeBanner::showNotice(LineIcon icon, const QString &text, const QString &buttonText)
{
    m_shape = icon;
    m_text->setText(text);
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
    applyColors();
    show();
}

QString NoticeBanner::text() const
{
    return m_text->text();
}

void NoticeBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

void NoticeBanner::applyColors()
{
    // Amber: needs attention, nothing is broken. Dark themes get a dark amber.
    const bool light = parentWidget() ? parentWidget()->palette().color(QPalette::Window).lightness() > 128
                                      : palette().color(QPalette::Window).lightness() > 128;
    const QColor background = light ? QColor(0xfe, 0xf3, 0xc7) : QColor(0x45, 0x2a, 0x06);
    const QColor text = light ? QColor(0x78, 0x35, 0x0f) : QColor(0xfd, 0xe6, 0x8a);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, background);
    colors.setColor(QPalette::WindowText, text);
    // setPalette sends a PaletteChange; only set when something changed to avoid recursing.
    if (colors.color(QPalette::Window) != palette().color(QPalette::Window)
        || colors.color(QPalette::WindowText) != palette().color(QPalette::WindowText))
        setPalette(colors);
    m_icon->setPixmap(LineIconEngine::icon(m_shape, text).pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
}

} // namespace sc::ui
