#pragma once

#include "client/SellerCloudClient.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sc::ui {

// "Connect a cloud…": a name for the provider, the URL of the cloud's
// provider API and its credential (a password field). The broker calls the
// cloud before it stores anything; while it does, the dialog says so. When
// the broker refuses (a credential the cloud does not accept, a cloud it
// cannot reach, an http address that is not loopback…) the dialog stays
// open with the reason in plain words under the fields and the field at
// fault marked; on success it emits connected() and closes.
class ConnectCloudDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectCloudDialog)

public:
    explicit ConnectCloudDialog(client::BrokerClient &client, QWidget *parent = nullptr);

    void setName(const QString &name);
    void setEndpoint(const QString &endpoint);
    void setCredential(const QString &credential);
    QString errorText() const;
    bool isPending() const { return m_pending; }
    void accept() override;

    // The refusal a person can act on. field: which field it is about ("name", "endpoint", "credential"), if any.
    static QString explain(const protocol::ApiError &error, QString *field = nullptr);
    static QString credentialRule();

Q_SIGNALS:
    void connected(const sc::client::SellerCloudClient::Provider &provider);

private:
    void showError(const QString &text, const QString &field = {});
    void markField(const QString &field);
    void fitToContents();

    client::SellerCloudClient m_clouds;
    QLineEdit *m_name;
    QLineEdit *m_endpoint;
    QLineEdit *m_credential;
    QLabel *m_progress;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_pending = false;
};

} // namespace sc::ui
