#include "ui/seller/ConnectCloudDialog.h"

#include "ui/market/MarketColors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sc::ui {

ConnectCloudDialog::ConnectCloudDialog(client::BrokerClient &client, QWidget *parent)
    : QDialog(parent)
    , m_clouds(client)
    , m_name(new QLineEdit)
    , m_endpoint(new QLineEdit)
    , m_credential(new QLineEdit)
    , m_progress(new QLabel)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"connectCloudDialog"_s);
    setWindowTitle(tr("Connect a cloud"));

    auto *intro = new QLabel(tr("The broker connects to your cloud's provider API to import its regions and hardware "
                                "profiles and to start your buyers' instances. It checks the address and the "
                                "credential before it saves anything. Buyers never see the name or the address: "
                                "they see only a pseudonym and your rating."));
    intro->setWordWrap(true);

    m_name->setObjectName(u"cloudName"_s);
    m_name->setMaxLength(client::SellerCloudClient::kMaxNameLength);
    m_name->setPlaceholderText(tr("For you only, e.g. “Frankfurt rack 2”"));
    m_endpoint->setObjectName(u"cloudEndpoint"_s);
    m_endpoint->setMaxLength(client::SellerCloudClient::kMaxEndpointLength);
    m_endpoint->setPlaceholderText(tr("https://cloud.example.com/provider-api"));
    m_credential->setObjectName(u"cloudCredential"_s);
    m_credential->setMaxLength(client::SellerCloudClient::kMaxCredentialLength);
    m_credential->setEchoMode(QLineEdit::Password);
    m_credential->setPlaceholderText(tr("The API credential your cloud issued for the broker"));
    for (QLineEdit *edit : {m_name, m_endpoint, m_credential}) {
        connect(edit, &QLineEdit::textEdited, this, [edit] { edit->setStyleSheet({}); });
    }

    m_progress->setObjectName(u"cloudProgress"_s);
    m_progress->setWordWrap(true);
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    m_progress->hide();
    m_error->setObjectName(u"cloudError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: %1;"_s.arg(MarketColors::falling(palette()).name()));
    m_error->hide();

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Connect"));
    ok->setObjectName(u"connectCloudButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectCloudDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectCloudDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Endpoint URL:"), m_endpoint);
    form->addRow(tr("C&redential:"), m_credential);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(600);
    resize(600, layout->totalHeightForWidth(600));
}

void ConnectCloudDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void ConnectCloudDialog::setEndpoint(const QString &endpoint)
{
    m_endpoint->setText(endpoint);
}

void ConnectCloudDialog::setCredential(const QString &credential)
{
    m_credential->setText(credential);
}

QString ConnectCloudDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ConnectCloudDialog::markField(const QString &field)
{
    QLineEdit *edit = field == u"name"         ? m_name
                      : field == u"endpoint"   ? m_endpoint
                      : field == u"credential" ? m_credential
                                               : nullptr;
    for (QLineEdit *each : {m_name, m_endpoint, m_credential})
        each->setStyleSheet({});
    if (!edit)
        return;
    edit->setStyleSheet(u"QLineEdit { border: 1px solid %1; }"_s.arg(MarketColors::falling(palette()).name()));
    edit->setFocus();
    edit->selectAll();
}

void ConnectCloudDialog::showError(const QString &text, const QString &field)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    markField(text.isEmpty() ? QString() : field);
    QTimer::singleShot(0, this, &ConnectCloudDialog::fitToContents);
}

void ConnectCloudDialog::fitToContents()
{
    // Wrapped labels need the height they take at this width, not at their widest.
    const int wanted = layout()->totalHeightForWidth(width());
    if (wanted > height())
        resize(width(), wanted);
}

void ConnectCloudDialog::accept()
{
    if (m_pending)
        return;
    const QString name = m_name->text().trimmed();
    const QString endpointText = m_endpoint->text().trimmed();
    const QUrl endpoint = QUrl::fromUserInput(endpointText);
    if (name.isEmpty()) {
        showError(tr("Give the provider a name, so you recognize it in your console."), u"name"_s);
        return;
    }
    if (endpointText.isEmpty() || !endpoint.isValid() || endpoint.host().isEmpty()
        || (endpoint.scheme() != u"https" && endpoint.scheme() != u"http")) {
        showError(tr("Enter the address of your cloud's provider API, starting with https://."), u"endpoint"_s);
        return;
    }
    if (m_credential->text().isEmpty()) {
        showError(tr("Enter the credential your cloud issued for the broker."), u"credential"_s);
        return;
    }
    if (m_credential->text().size() < client::SellerCloudClient::kMinCredentialLength
        || m_credential->text().contains(u' ')) {
        showError(credentialRule(), u"credential"_s);
        return;
    }
    m_pending = true;
    showError({});
    m_buttons->setEnabled(false);
    for (QLineEdit *edit : {m_name, m_endpoint, m_credential})
        edit->setReadOnly(true);
    m_progress->setText(tr("Checking your cloud at %1… The broker asks it for its health and its capacity; "
                           "this can take a few seconds.")
                            .arg(endpoint.host()));
    m_progress->show();
    QTimer::singleShot(0, this, &ConnectCloudDialog::fitToContents);
    m_clouds.connectCloud(name,
                          endpoint,
                          m_credential->text(),
                          this,
                          [this](const protocol::Expected<client::SellerCloudClient::Provider> &provider) {
                              m_pending = false;
                              m_buttons->setEnabled(true);
                              m_progress->hide();
                              for (QLineEdit *edit : {m_name, m_endpoint, m_credential})
                                  edit->setReadOnly(false);
                              if (!provider) {
                                  QString field;
                                  const QString text = explain(provider.error(), &field);
                                  showError(text, field);
                                  return;
                              }
                              m_credential->clear(); // not kept longer than needed
                              Q_EMIT connected(*provider);
                              QDialog::accept();
                          });
}

QString ConnectCloudDialog::credentialRule()
{
    return tr("A credential has %1 to %2 characters and no spaces. Copy it exactly as your cloud issued it.")
        .arg(client::SellerCloudClient::kMinCredentialLength)
        .arg(client::SellerCloudClient::kMaxCredentialLength);
}

QString ConnectCloudDialog::explain(const protocol::ApiError &error, QString *field)
{
    const QString reason = error.details.value(u"reason"_s).toString();
    QString at = error.details.value(u"field"_s).toString();
    QString text;
    if (reason == u"credential_refused") {
        text = tr("Your cloud refused the credential. Check that it is the credential your cloud issued for the "
                  "broker and that it has not been revoked or expired.");
        if (at.isEmpty())
            at = u"credential"_s;
    } else if (reason == u"cloud_unreachable") {
        text = tr("The broker could not reach your cloud at this address. Check the URL, and that your cloud "
                  "is running and accepts connections from the broker.");
        if (at.isEmpty())
            at = u"endpoint"_s;
    } else if (reason == u"cloud_unhealthy") {
        text = tr("Your cloud answered, but reports that it is not healthy. Fix what its health check "
                  "reports, then try again.");
        if (at.isEmpty())
            at = u"endpoint"_s;
    } else if (reason == u"no_capacity") {
        text = tr("Your cloud reports no capacity the broker could sell: no region with a hardware profile "
                  "that has slots. Add capacity to your cloud, then try again.");
    } else if (error.code == protocol::ErrorCode::ValidationFailed) {
        if (at == u"endpoint")
            text = tr("The broker does not accept this address: %1 Use https:// (plain http:// only for a cloud "
                      "on this computer).")
                       .arg(error.message);
        else if (at == u"name")
            text = tr("The name must have 1 to %1 characters.").arg(client::SellerCloudClient::kMaxNameLength);
        else if (at == u"credential")
            text = credentialRule();
        else
            text = tr("The broker refused the cloud: %1").arg(error.message);
    } else if (error.code == protocol::ErrorCode::Conflict) {
        text = tr("The broker refused the cloud: %1").arg(error.message);
    } else if (error.code == protocol::ErrorCode::Forbidden) {
        text = tr("Only a seller whose organization is approved can connect a cloud.");
    } else {
        text = tr("The cloud could not be connected: %1").arg(error.message);
    }
    if (field)
        *field = at;
    return text;
}

} // namespace sc::ui
