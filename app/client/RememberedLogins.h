#pragma once

#include "client/CredentialStore.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace sc::client {

// "Remember me" for remote brokers: the session token (never the password)
// goes into a CredentialStore under the broker's URL and the user's email;
// which email was last used with a broker is an ordinary setting, so the
// login form can be filled in and the token found again.
class RememberedLogins final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RememberedLogins)

public:
    struct Recalled
    {
        QString email;                 // empty: nobody has logged in to this broker here
        CredentialStore::Result token; // NotFound when the email was not remembered with a token
    };
    using RecallCallback = std::function<void(const Recalled &recalled)>;

    explicit RememberedLogins(CredentialStore &store, QObject *parent = nullptr);

    // The store key of one login: "<broker URL> <email>".
    static QString keyFor(const QUrl &broker, const QString &email);

    // The email last used with this broker (remembered with or without a token).
    QString lastEmail(const QUrl &broker) const;
    void setLastEmail(const QUrl &broker, const QString &email);

    // Keeps the token and notes the email as the broker's last one.
    void remember(const QUrl &broker, const QString &email, const QByteArray &token, QObject *context,
                  CredentialStore::Callback callback);
    // The last email used with this broker and its token, if one was kept.
    void recall(const QUrl &broker, QObject *context, RecallCallback callback);
    // Drops the token (the email stays, to fill in the login form).
    void forget(const QUrl &broker, const QString &email, QObject *context, CredentialStore::Callback callback);

private:
    CredentialStore &m_store;
};

} // namespace sc::client
