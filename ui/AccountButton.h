#pragma once

#include "protocol/AccountDto.h"

#include <QToolButton>

#include <optional>

namespace sc::ui {

// Who is logged in, at a glance: a round avatar with the user's initials,
// the display name and the role; clicking it opens the account menu.
class AccountButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountButton)

public:
    explicit AccountButton(QWidget *parent = nullptr);

    void setUser(const std::optional<protocol::UserInfo> &user, bool sessionExpired);

    // "Dana Buyer" → "DB", "operator" → "O".
    static QString initials(const QString &displayName);
    // "buyer" → "Buyer", for people.
    static QString roleTitle(const QString &role);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLook();

    std::optional<protocol::UserInfo> m_user;
    bool m_expired = false;
};

} // namespace sc::ui
