#pragma once

#include "client/ApplianceClient.h"
#include "client/BrokerConnection.h"
#include "client/UploadQueueStore.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QMimeData;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace sc::client {
class BrokerClient;
class UploadManager;
} // namespace sc::client

namespace sc::ui {

class ApplianceDetailPanel;
class ApplianceModel;
class MessagePanel;
class QuotaBar;
class UploadDialog;
class UploadPanel;

// The appliance repository: the VM images a buyer can run (the operators'
// public ones and the organization's private ones) in a sortable table, the
// organization's storage quota as a bar, the selected appliance in detail
// (its metadata editable and the appliance deletable when it is the
// organization's own), and the upload manager: files picked with
// "Upload…" or dropped on the page are described in an UploadDialog and go
// up in the background with their progress, speed, time left and any error
// in words in the panel below, surviving a restart of the app.
class AppliancesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppliancesPage)

public:
    enum class State { NotConnected, Connecting, ConnectionFailed, Loading, Failed, Empty, Loaded };
    Q_ENUM(State)

    // uploadStateFile: where the upload queue is kept between runs.
    AppliancesPage(client::BrokerClient &client, client::BrokerConnection &connection,
                   const QString &uploadStateFile = client::UploadQueueStore::defaultFile(), QWidget *parent = nullptr);
    ~AppliancesPage() override;

    State state() const { return m_state; }
    ApplianceModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ApplianceDetailPanel *detail() const { return m_detail; }
    UploadPanel *uploadPanel() const { return m_uploadPanel; }
    client::UploadManager &uploads() const { return *m_uploads; }
    QuotaBar *quotaBar() const { return m_quota; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *uploadAction() const { return m_uploadAction; }
    QString noticeText() const;

    void refresh();
    // Asks for each file's details (UploadDialog, one after the other), then queues it.
    void uploadFiles(const QStringList &paths);
    // A file dialog, then uploadFiles().
    void chooseFiles();
    std::optional<protocol::Appliance> selectedAppliance() const;

Q_SIGNALS:
    void connectRequested();
    void stateChanged(sc::ui::AppliancesPage::State state);
    // After every answer to a refresh.
    void appliancesLoaded();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onConnectionStateChanged(client::BrokerConnection::State state);
    void onUserChanged();
    void updateUploads();
    void onDirectory(const protocol::Expected<client::ApplianceClient::Directory> &result);
    void onUploadChanged(const QString &key);
    void onSelectionChanged();
    void onMessageButton();
    void askNext();
    void queue(const UploadDialog &dialog);
    void showNotice(const QString &text);
    void setState(State state, const QString &detail = {});
    static QStringList localFiles(const QMimeData *mime);

    client::BrokerClient &m_client;
    client::BrokerConnection &m_connection;
    client::ApplianceClient m_appliances;
    client::UploadManager *m_uploads;
    ApplianceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    ApplianceDetailPanel *m_detail;
    QuotaBar *m_quota;
    UploadPanel *m_uploadPanel;
    QLabel *m_notice;
    QLabel *m_count;
    QLabel *m_dropHint;
    QStackedWidget *m_stack;
    MessagePanel *m_message;
    QWidget *m_content;
    QAction *m_refreshAction;
    QAction *m_uploadAction;
    QTimer *m_refreshDue;
    QStringList m_pendingFiles;
    QPointer<UploadDialog> m_dialog;
    QHash<QString, int> m_uploadStates; // what each upload was last, to refresh when one ends
    State m_state = State::NotConnected;
    quint64 m_serial = 0;
    bool m_loading = false;
    bool m_again = false;
};

} // namespace sc::ui
