#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace sc::client {

// Where the app keeps small secrets (session tokens, never passwords) between
// runs. Every operation is asynchronous, like the desktop keyrings behind
// it: the callback runs later on the store's thread, and not at all when its
// context object is gone. A store that cannot keep a secret says so; it never
// falls back to writing the secret into a file.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Status {
        Ok,
        NotFound,    // nothing stored under this key
        Unavailable, // no keyring (secret service) to keep secrets in
        Denied,      // the keyring refused: locked, or the user said no
        Failed,      // anything else; see Result::error
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Ok;
        QByteArray secret; // read() only
        QString error;     // for people; empty on success

        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &result)>;

    ~CredentialStore() override;

    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QByteArray &secret, QObject *context, Callback callback) = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;

protected:
    explicit CredentialStore(QObject *parent = nullptr);
};

} // namespace sc::client
