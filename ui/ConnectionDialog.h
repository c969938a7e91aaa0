#pragma once

#include "client/BrokerConnection.h"
#include "client/ConnectionProfile.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSettings;

namespace sc::ui {

// Chooses where the app gets its broker from and connects to it: the dialog
// stays open while connecting, closes once connected, and shows why (with the
// embedded broker's output) when it could not connect. The chosen profile is
// saved as the one to reconnect to on the next start. A remote broker whose
// certificate does not verify (self-signed) is offered for trust by its
// SHA-256 fingerprint, which the profile then keeps.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(client::BrokerConnection &connection, QWidget *parent = nullptr);

    void setProfile(const client::ConnectionProfile &profile);
    client::ConnectionProfile profile() const;

    // The profile saved by the last successful use of this dialog, if any.
    static std::optional<client::ConnectionProfile> savedProfile(QSettings &settings);
    static void saveProfile(QSettings &settings, const client::ConnectionProfile &profile);

    void done(int result) override;

    // "AB:CD:…" in pairs of upper-case hex digits, 16 pairs a line.
    static QString formatFingerprint(QByteArrayView hex);

private:
    void updateForm();
    void startConnecting();
    void onConnectionStateChanged(client::BrokerConnection::State state);
    void showFailure(const QString &message, const QString &log);
    // The "Trust this certificate?" step; false when the failure was not an untrusted certificate.
    bool offerTrust();
    void trustOfferedCertificate();

    client::BrokerConnection &m_connection;
    QButtonGroup *m_modes;
    QRadioButton *m_demo;
    QRadioButton *m_local;
    QRadioButton *m_remote;
    QLineEdit *m_url;
    QCheckBox *m_allowHttp;
    QLabel *m_problem;
    QLabel *m_status;
    QLabel *m_detailsLabel;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connectButton;
    QFrame *m_trustPanel;
    QLabel *m_certificate;
    QLabel *m_fingerprint;
    QPushButton *m_trustButton;
    QByteArray m_trustedCertificate; // kept with a remote profile
    QByteArray m_offeredCertificate; // shown in the trust step
    bool m_connecting = false;
};

} // namespace sc::ui
