#include "ui/AccountButton.h"

#include <QEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {

constexpr int kAvatarSize = 20;

// A colour of its own for every account, stable between runs.
QColor avatarColor(const QString &email)
{
    const int hue = int(qHash(email, 0) % 360);
    return QColor::fromHsl(hue, 150, 95);
}

QPixmap avatar(const QString &initials, const QColor &background, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawEllipse(QRectF(0, 0, size, size));
    QFont font = painter.font();
    font.setPixelSize(qRound(size * 0.42));
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials);
    return pixmap;
}

} // namespace

AccountButton::AccountButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(u"accountButton"_s);
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(kAvatarSize, kAvatarSize));
    // The menu arrow beside the text, centred, rather than in the bottom corner.
    setStyleSheet(u"QToolButton#accountButton { padding: 1px 16px 1px 4px; }"
                  "QToolButton#accountButton::menu-indicator { subcontrol-origin: padding;"
                  " subcontrol-position: center right; right: 4px; }"_s);
    updateLook();
}

void AccountButton::setUser(const std::optional<protocol::UserInfo> &user, bool sessionExpired)
{
    m_user = user;
    m_expired = sessionExpired;
    updateLook();
}

QString AccountButton::initials(const QString &displayName)
{
    QString letters;
    for (const QString &word : displayName.split(u' ', Qt::SkipEmptyParts)) {
        if (word.at(0).isLetterOrNumber())
            letters.append(word.at(0).toUpper());
    }
    if (letters.size() > 2)
        letters = letters.left(1) + letters.right(1);
    return letters.isEmpty() ? u"?"_s : letters;
}

QString AccountButton::roleTitle(const QString &role)
{
    if (role == u"buyer"_s)
        return tr("Buyer");
    if (role == u"seller"_s)
        return tr("Seller");
    if (role == u"operator"_s)
        return tr("Operator");
    return role;
}

void AccountButton::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        updateLook();
}

void AccountButton::updateLook()
{
    const QColor muted = palette().color(QPalette::PlaceholderText);
    if (!m_user) {
        setIcon(QIcon(avatar(u"?"_s, muted, kAvatarSize, devicePixelRatioF())));
        setText(tr("Not logged in"));
        setToolTip(tr("Nobody is logged in to this broker."));
        return;
    }
    const QColor color = m_expired ? muted : avatarColor(m_user->email);
    setIcon(QIcon(avatar(initials(m_user->displayName), color, kAvatarSize, devicePixelRatioF())));
    const QString state = m_expired ? tr("session expired") : roleTitle(m_user->role);
    setText(tr("%1 · %2", "account button: display name · role").arg(m_user->displayName, state));
    setToolTip(tr("%1 <%2>\n%3 of %4")
                   .arg(m_user->displayName, m_user->email, roleTitle(m_user->role), m_user->organization.name));
}

} // namespace sc::ui
