#pragma once

#include "client/BrokerConnection.h"
#include "client/ConnectionProfile.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
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
// saved as the one to reconnect to on the next start.
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

private:
    void updateForm();
    void startConnecting();
    void onConnectionStateChanged(client::BrokerConnection::State state);
    void showFailure(const QString &message, const QString &log);

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
    bool m_connecting = false;
};

} // namespace sc::ui
