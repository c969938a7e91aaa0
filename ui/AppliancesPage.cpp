#include "ui/AppliancesPage.h"

#include "client/BrokerClient.h"
#include "client/UploadManager.h"
#include "ui/LineIconEngine.h"
#include "ui/MessagePanel.h"
#include "ui/PageHeader.h"
#include "ui/StatusText.h"
#include "ui/appliances/ApplianceDetailPanel.h"
#include "ui/appliances/ApplianceModel.h"
#include "ui/appliances/QuotaBar.h"
#include "ui/appliances/UploadDialog.h"
#include "ui/appliances/UploadPanel.h"
#include "ui/instances/BadgeDelegate.h"
#include "ui/market/TableStyle.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::BrokerConnection;
using sc::client::UploadManager;

namespace sc::ui {

namespace {
constexpr int kCoalesceMs = 300;
} // namespace

AppliancesPage::AppliancesPage(client::BrokerClient &client, BrokerConnection &connection,
                               const QString &uploadStateFile, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_connection(connection)
    , m_appliances(client)
    , m_uploads(new UploadManager(client, uploadStateFile, this))
    , m_model(new ApplianceModel(this))
    , m_proxy(TableStyle::sortedProxy(m_model, ApplianceModel::SortRole, this))
    , m_table(new QTableView)
    , m_detail(new ApplianceDetailPanel(client))
    , m_quota(new QuotaBar)
    , m_uploadPanel(new UploadPanel(*m_uploads))
    , m_notice(new QLabel)
    , m_count(new QLabel)
    , m_dropHint(new QLabel(this))
    , m_stack(new QStackedWidget)
    , m_message(new MessagePanel)
    , m_content(new QWidget)
    , m_refreshAction(new QAction(LineIconEngine::icon(LineIcon::Refresh), tr("&Refresh"), this))
    , m_uploadAction(new QAction(LineIconEngine::icon(LineIcon::Appliances), tr("&Upload…"), this))
    , m_refreshDue(new QTimer(this))
{
    setObjectName(u"appliancesPage"_s);
    setAcceptDrops(true);

    m_refreshAction->setObjectName(u"refreshAppliancesAction"_s);
    m_refreshAction->setToolTip(tr("Load the appliances and your storage from the broker again"));
    connect(m_refreshAction, &QAction::triggered, this, &AppliancesPage::refresh);
    m_uploadAction->setObjectName(u"uploadApplianceAction"_s);
    m_uploadAction->setToolTip(tr("Upload a VM image (qcow2, raw, VMDK or OVA); you can also drop files on this page"));
    connect(m_uploadAction, &QAction::triggered, this, &AppliancesPage::chooseFiles);
    auto *refreshButton = new QToolButton;
    refreshButton->setObjectName(u"refreshAppliancesButton"_s);
    refreshButton->setDefaultAction(m_refreshAction);
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *uploadButton = new QToolButton;
    uploadButton->setObjectName(u"uploadApplianceButton"_s);
    uploadButton->setDefaultAction(m_uploadAction);
    uploadButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *header = new PageHeader(tr("Appliances"),
                                  tr("The VM images your instances boot from: the operators' public ones and your "
                                     "organization's own."),
                                  this);
    header->addAction(uploadButton);
    header->addAction(refreshButton);

    m_count->setObjectName(u"applianceCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *infoRow = new QHBoxLayout;
    infoRow->addWidget(m_quota);
    infoRow->addStretch(1);
    infoRow->addWidget(m_count);
    m_quota->hide();

    m_notice->setObjectName(u"appliancesNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_table->setObjectName(u"applianceTable"_s);
    TableStyle::apply(m_table, m_proxy, ApplianceModel::NameColumn);
    m_table->setItemDelegateForColumn(ApplianceModel::VisibilityColumn, new BadgeDelegate(m_table));
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // by name, as the broker sends them
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AppliancesPage::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { onSelectionChanged(); });

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"appliancesSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 320});
    m_detail->setMaximumWidth(420);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);

    m_message->setObjectName(u"appliancesMessage"_s);
    connect(m_message, &MessagePanel::buttonClicked, this, &AppliancesPage::onMessageButton);
    m_stack->setObjectName(u"appliancesStack"_s);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_content);

    m_dropHint->setObjectName(u"dropHint"_s);
    m_dropHint->setText(tr("Drop the image files to upload them"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_dropHint->setStyleSheet(u"QLabel#dropHint { border: 2px dashed palette(highlight); border-radius: 10px; "
                              "background: rgba(127, 127, 127, 40); font-size: 16pt; }"_s);
    m_dropHint->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(header);
    layout->addLayout(infoRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_uploadPanel);

    connect(m_detail, &ApplianceDetailPanel::saved, this, [this] { m_refreshDue->start(); });
    connect(m_detail, &ApplianceDetailPanel::deleted, this, [this] { m_refreshDue->start(); });
    connect(m_uploads, &UploadManager::uploadChanged, this, &AppliancesPage::onUploadChanged);
    connect(m_uploads, &UploadManager::uploadRemoved, this, [this](const QString &key) { m_uploadStates.remove(key); });
    m_refreshDue->setSingleShot(true);
    m_refreshDue->setInterval(kCoalesceMs);
    connect(m_refreshDue, &QTimer::timeout, this, &AppliancesPage::refresh);

    connect(&m_connection, &BrokerConnection::stateChanged, this, &AppliancesPage::onConnectionStateChanged);
    connect(&m_connection, &BrokerConnection::userChanged, this, &AppliancesPage::onUserChanged);
    onConnectionStateChanged(m_connection.state());
}

AppliancesPage::~AppliancesPage() = default;

QString AppliancesPage::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void AppliancesPage::onConnectionStateChanged(BrokerConnection::State state)
{
    m_refreshAction->setEnabled(state == BrokerConnection::State::Connected);
    ++m_serial; // answers from the previous connection are dropped
    m_loading = false;
    m_again = false;
    m_model->clear();
    m_detail->setAppliance(std::nullopt);
    m_quota->hide();
    updateUploads();
    switch (state) {
    case BrokerConnection::State::Connected: refresh(); break;
    case BrokerConnection::State::Connecting: setState(State::Connecting, m_connection.description()); break;
    case BrokerConnection::State::Failed: setState(State::ConnectionFailed, m_connection.lastError()); break;
    case BrokerConnection::State::Disconnected: setState(State::NotConnected); break;
    }
}

// The upload queue belongs to the broker and the account; a seller cannot upload.
void AppliancesPage::updateUploads()
{
    const bool connected = m_connection.state() == BrokerConnection::State::Connected;
    const auto user = m_connection.currentUser();
    m_uploads->setScope(connected ? UploadManager::scopeFor(m_connection.profile(), user) : QString());
    const bool seller = user && user->role == u"seller";
    m_uploadAction->setEnabled(connected && user && !seller);
    m_uploadAction->setToolTip(seller ? tr("Sellers do not upload appliances; log in as a buyer to upload images.")
                                      : tr("Upload a VM image (qcow2, raw, VMDK or OVA); you can also drop files on "
                                           "this page"));
}

void AppliancesPage::onUserChanged()
{
    updateUploads();
    if (m_connection.state() != BrokerConnection::State::Connected)
        return;
    ++m_serial; // another account's appliances
    m_loading = false;
    m_again = false;
    m_model->clear();
    refresh();
}

void AppliancesPage::refresh()
{
    if (m_connection.state() != BrokerConnection::State::Connected)
        return;
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    if (m_state != State::Loaded && m_state != State::Empty)
        setState(State::Loading);
    const quint64 serial = m_serial;
    m_appliances.fetchAppliances(
        u"all"_s, this, [this, serial](const protocol::Expected<client::ApplianceClient::Directory> &result) {
            if (serial != m_serial)
                return;
            m_loading = false;
            onDirectory(result);
            if (std::exchange(m_again, false))
                refresh();
        });
}

void AppliancesPage::onDirectory(const protocol::Expected<client::ApplianceClient::Directory> &result)
{
    if (!result) {
        if (m_state != State::Loaded && m_state != State::Empty)
            setState(State::Failed, client::ApplianceClient::errorText(result.error()));
        Q_EMIT appliancesLoaded();
        return;
    }
    m_model->setRows(result->appliances);
    // New rows do not resize the columns by themselves: a larger size or a longer OS would be cut.
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(ApplianceModel::NameColumn, QHeaderView::Stretch);
    m_quota->setQuota(result->quota);
    m_quota->setVisible(result->quota.limitBytes > 0);
    const qsizetype own = std::count_if(
        result->appliances.cbegin(), result->appliances.cend(), [](const auto &a) { return a.owned; });
    const QLocale locale;
    m_count->setText(
        result->appliances.size() == 1
            ? tr("1 appliance, %1 your own").arg(locale.toString(own))
            : tr("%1 appliances, %2 your own").arg(locale.toString(result->appliances.size()), locale.toString(own)));
    setState(result->appliances.isEmpty() ? State::Empty : State::Loaded);
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    onSelectionChanged();
    Q_EMIT appliancesLoaded();
}

void AppliancesPage::onUploadChanged(const QString &key)
{
    const auto upload = m_uploads->upload(key);
    if (!upload)
        return;
    const int state = int(upload->state);
    const int before = m_uploadStates.value(key, -1);
    if (state == before)
        return;
    m_uploadStates.insert(key, state);
    // The quota moves when an upload is declared or ends; an appliance appears when one is done.
    using State = UploadManager::State;
    if (upload->state == State::Uploading || upload->isFinished())
        m_refreshDue->start();
}

std::optional<protocol::Appliance> AppliancesPage::selectedAppliance() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return m_model->rowAt(current.row());
}

void AppliancesPage::onSelectionChanged()
{
    m_detail->setAppliance(selectedAppliance());
}

void AppliancesPage::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Upload Images"));
    dialog->setObjectName(u"uploadFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Disk images (*.qcow2 *.img *.raw *.vmdk *.ova *.iso)"), tr("Any file (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, &AppliancesPage::uploadFiles);
    dialog->open();
}

void AppliancesPage::uploadFiles(const QStringList &paths)
{
    QStringList folders;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir())
            folders << QFileInfo(path).fileName();
        else
            m_pendingFiles << path;
    }
    showNotice(
        folders.isEmpty()
            ? QString()
            : tr("Folders cannot be uploaded (%1); drop the image files themselves.").arg(folders.join(u", "_s)));
    askNext();
}

void AppliancesPage::askNext()
{
    while (!m_dialog && !m_pendingFiles.isEmpty()) {
        auto *dialog = new UploadDialog(m_pendingFiles.takeFirst(), this);
        if (const auto answer = UploadDialog::takeNextAnswer()) {
            if (*answer)
                queue(*dialog);
            delete dialog;
            continue;
        }
        m_dialog = dialog;
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { queue(*dialog); });
        connect(dialog, &QDialog::finished, this, [this] { QTimer::singleShot(0, this, &AppliancesPage::askNext); });
        dialog->open();
    }
}

void AppliancesPage::queue(const UploadDialog &dialog)
{
    const auto added = m_uploads->add(dialog.filePath(), dialog.metadata(), dialog.format());
    if (!added)
        showNotice(u"%1: %2"_s.arg(QFileInfo(dialog.filePath()).fileName(), added.error().message));
}

void AppliancesPage::showNotice(const QString &text)
{
    setStatusText(m_notice, text, StatusTone::Problem);
}

QStringList AppliancesPage::localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

void AppliancesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (localFiles(event->mimeData()).isEmpty() || !m_uploadAction->isEnabled())
        return;
    event->acceptProposedAction();
    m_dropHint->setGeometry(rect().adjusted(16, 16, -16, -16));
    m_dropHint->raise();
    m_dropHint->show();
}

void AppliancesPage::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropHint->hide();
    QWidget::dragLeaveEvent(event);
}

void AppliancesPage::dropEvent(QDropEvent *event)
{
    m_dropHint->hide();
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty() || !m_uploadAction->isEnabled())
        return;
    event->acceptProposedAction();
    uploadFiles(paths);
}

void AppliancesPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_dropHint->isVisible())
        m_dropHint->setGeometry(rect().adjusted(16, 16, -16, -16));
}

void AppliancesPage::onMessageButton()
{
    switch (m_state) {
    case State::NotConnected:
    case State::ConnectionFailed: Q_EMIT connectRequested(); break;
    case State::Failed: refresh(); break;
    case State::Empty:
        if (m_uploadAction->isEnabled())
            chooseFiles();
        break;
    case State::Connecting:
    case State::Loading:
    case State::Loaded: break;
    }
}

void AppliancesPage::setState(State state, const QString &detail)
{
    switch (state) {
    case State::NotConnected:
        m_message->setMessage(LineIcon::Connect,
                              tr("Not connected"),
                              tr("Connect to a broker to see the appliances you can run and upload your own."),
                              tr("Connect…"));
        break;
    case State::Connecting: m_message->setMessage(LineIcon::Cloud, tr("Connecting to the broker…"), detail); break;
    case State::ConnectionFailed:
        m_message->setMessage(LineIcon::Warning, tr("Could not connect to the broker"), detail, tr("Connect…"));
        break;
    case State::Loading: m_message->setMessage(LineIcon::Appliances, tr("Loading the appliances…"), {}); break;
    case State::Failed:
        m_message->setMessage(LineIcon::Warning, tr("The appliances could not be loaded"), detail, tr("Try again"));
        break;
    case State::Empty:
        m_message->setMessage(LineIcon::Appliances,
                              tr("No appliances yet"),
                              m_uploadAction->isEnabled()
                                  ? tr("Upload a VM image (qcow2, raw, VMDK or OVA): choose “Upload an Image…” or "
                                       "drop the file on this page. An interrupted upload goes on where it stopped, "
                                       "even after the app was closed.")
                                  : tr("The broker has no public appliances yet, and this account cannot upload "
                                       "its own. Log in as a buyer to upload images."),
                              m_uploadAction->isEnabled() ? tr("Upload an Image…") : QString());
        break;
    case State::Loaded: break;
    }
    m_stack->setCurrentWidget(state == State::Loaded ? m_content : static_cast<QWidget *>(m_message));
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace sc::ui
