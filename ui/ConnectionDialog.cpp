#include "ui/ConnectionDialog.h"

#include "client/BrokerClient.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::BrokerConnection;
using sc::client::ConnectionProfile;

namespace sc::ui {

namespace {

// ConnectionProfile::save writes its own keys; the group marks that a profile was chosen.
const QString kSettingsGroup = u"lastConnection"_s;
constexpr int kOptionIndent = 26;
constexpr int kDialogWidth = 560;

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(kOptionIndent, 0, 0, 4);
    return label;
}

QColor problemColor(const QPalette &palette)
{
    // Dark red on light themes, light red on dark ones.
    return palette.color(QPalette::Window).lightness() > 128 ? QColor(0xb9, 0x1c, 0x1c) : QColor(0xf8, 0x71, 0x71);
}

} // namespace

ConnectionDialog::ConnectionDialog(BrokerConnection &connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_modes(new QButtonGroup(this))
    , m_demo(new QRadioButton(tr("&Offline demo"), this))
    , m_local(new QRadioButton(tr("&Local broker"), this))
    , m_remote(new QRadioButton(tr("&Remote broker"), this))
    , m_url(new QLineEdit(this))
    , m_allowHttp(new QCheckBox(tr("Allow plain &HTTP (unencrypted, for test setups only)"), this))
    , m_problem(new QLabel(this))
    , m_status(new QLabel(this))
    , m_detailsLabel(new QLabel(tr("Output of the broker:"), this))
    , m_details(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_connectButton(m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole))
    , m_trustPanel(new QFrame(this))
    , m_certificate(new QLabel(m_trustPanel))
    , m_fingerprint(new QLabel(m_trustPanel))
    , m_trustButton(new QPushButton(tr("&Trust This Certificate and Connect"), m_trustPanel))
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connect to a Broker"));
    setMinimumWidth(kDialogWidth);

    auto *intro = new QLabel(tr("Choose where SpareCloud gets its marketplace from."), this);
    intro->setWordWrap(true);

    m_demo->setObjectName(u"demoMode"_s);
    m_local->setObjectName(u"localMode"_s);
    m_remote->setObjectName(u"remoteMode"_s);
    m_modes->addButton(m_demo, int(ConnectionProfile::Mode::OfflineDemo));
    m_modes->addButton(m_local, int(ConnectionProfile::Mode::LocalEmbedded));
    m_modes->addButton(m_remote, int(ConnectionProfile::Mode::Remote));

    m_url->setObjectName(u"brokerUrl"_s);
    m_url->setPlaceholderText(u"https://broker.example.com"_s);
    m_url->setClearButtonEnabled(true);
    m_allowHttp->setObjectName(u"allowPlainHttp"_s);

    auto *remoteForm = new QFormLayout;
    remoteForm->setContentsMargins(kOptionIndent, 0, 0, 0);
    remoteForm->addRow(tr("&Address:"), m_url);
    remoteForm->addRow(QString(), m_allowHttp);

    m_problem->setObjectName(u"profileProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setContentsMargins(kOptionIndent, 0, 0, 0);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, problemColor(palette()));
    m_problem->setPalette(problemPalette);

    m_status->setObjectName(u"connectionDialogStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_detailsLabel->hide();
    m_details->setObjectName(u"brokerLog"_s);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("The broker printed nothing."));
    m_details->setMinimumHeight(140);
    m_details->hide();

    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setDefault(true);

    // The "Trust this certificate?" step, shown when a remote broker's certificate does not verify.
    m_trustPanel->setObjectName(u"trustCertificatePanel"_s);
    m_trustPanel->setFrameShape(QFrame::StyledPanel);
    m_trustPanel->hide();
    auto *trustQuestion = new QLabel(tr("<b>Trust this certificate?</b>"), m_trustPanel);
    auto *trustAdvice = new QLabel(
        tr("Nobody SpareCloud knows vouches for this broker's certificate, for example because it signed "
           "it itself. Compare the fingerprint below with the one the broker's operator gives you, on "
           "another channel. Trust it only if they are the same: otherwise someone may be listening in."),
        m_trustPanel);
    trustAdvice->setWordWrap(true);
    m_certificate->setObjectName(u"certificateSubject"_s);
    m_certificate->setWordWrap(true);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setObjectName(u"certificateFingerprint"_s);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trustButton->setObjectName(u"trustCertificateButton"_s);
    m_trustButton->setAutoDefault(false);
    auto *trustLayout = new QVBoxLayout(m_trustPanel);
    trustLayout->setContentsMargins(12, 10, 12, 10);
    trustLayout->setSpacing(6);
    trustLayout->addWidget(trustQuestion);
    trustLayout->addWidget(trustAdvice);
    trustLayout->addWidget(m_certificate);
    trustLayout->addWidget(new QLabel(tr("SHA-256 fingerprint:"), m_trustPanel));
    trustLayout->addWidget(m_fingerprint);
    trustLayout->addWidget(m_trustButton, 0, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(6);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_demo);
    layout->addWidget(explanation(tr("A broker on this computer with demo sellers and simulated trading on a "
                                     "fast clock. Nothing leaves your computer."),
                                  this));
    layout->addWidget(m_local);
    layout->addWidget(explanation(tr("A broker on this computer that keeps your own data between sessions."), this));
    layout->addWidget(m_remote);
    layout->addWidget(explanation(tr("A marketplace run by an operator, reached over the network."), this));
    layout->addLayout(remoteForm);
    layout->addWidget(m_problem);
    layout->addSpacing(8);
    layout->addWidget(m_status);
    layout->addWidget(m_trustPanel);
    layout->addSpacing(4);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_details, 1);
    layout->addSpacing(8);
    layout->addWidget(m_buttons);

    connect(m_modes, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateForm();
    });
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionDialog::updateForm);
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        // A certificate trusted for one address says nothing about another.
        m_trustedCertificate.clear();
        m_trustPanel->hide();
    });
    connect(m_trustButton, &QPushButton::clicked, this, &ConnectionDialog::trustOfferedCertificate);
    connect(m_allowHttp, &QCheckBox::toggled, this, &ConnectionDialog::updateForm);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::startConnecting);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(&m_connection, &BrokerConnection::stateChanged, this, &ConnectionDialog::onConnectionStateChanged);

    setProfile(m_connection.profile());
    // Opened after a failed connection: say why straight away.
    if (m_connection.state() == BrokerConnection::State::Failed)
        showFailure(m_connection.lastError(), m_connection.brokerLog());
}

void ConnectionDialog::setProfile(const ConnectionProfile &profile)
{
    m_modes->button(int(profile.mode))->setChecked(true);
    m_url->setText(profile.remoteUrl.toString());
    m_allowHttp->setChecked(profile.allowInsecureHttp);
    m_trustedCertificate = profile.trustedCertificateSha256;
    updateForm();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile profile;
    profile.mode = ConnectionProfile::Mode(m_modes->checkedId());
    if (profile.mode == ConnectionProfile::Mode::Remote) {
        const QString address = m_url->text().trimmed();
        // A bare host name means HTTPS, never a silent downgrade to HTTP.
        if (!address.isEmpty())
            profile.remoteUrl = QUrl(address.contains(u"://"_s) ? address : u"https://"_s + address);
        profile.allowInsecureHttp = m_allowHttp->isChecked();
        profile.trustedCertificateSha256 = m_trustedCertificate;
    }
    return profile;
}

std::optional<ConnectionProfile> ConnectionDialog::savedProfile(QSettings &settings)
{
    if (!settings.childGroups().contains(kSettingsGroup))
        return std::nullopt;
    settings.beginGroup(kSettingsGroup);
    ConnectionProfile profile = ConnectionProfile::load(settings);
    settings.endGroup();
    return profile;
}

void ConnectionDialog::saveProfile(QSettings &settings, const ConnectionProfile &profile)
{
    settings.beginGroup(kSettingsGroup);
    profile.save(settings);
    settings.endGroup();
}

void ConnectionDialog::updateForm()
{
    const bool remote = m_remote->isChecked();
    const bool editable = !m_connecting;
    m_demo->setEnabled(editable);
    m_local->setEnabled(editable);
    m_remote->setEnabled(editable);
    m_url->setEnabled(editable && remote);
    m_allowHttp->setEnabled(editable && remote);

    const QString problem = profile().validationError();
    // No complaint about an address nobody has typed yet; Connect stays off all the same.
    m_problem->setText(problem);
    m_problem->setVisible(remote && !problem.isEmpty() && !m_url->text().trimmed().isEmpty());
    m_connectButton->setEnabled(editable && problem.isEmpty());
}

void ConnectionDialog::startConnecting()
{
    const ConnectionProfile chosen = profile();
    if (!chosen.validationError().isEmpty())
        return;
    m_connecting = true;
    m_trustPanel->hide();
    m_detailsLabel->hide();
    m_details->hide();
    m_details->clear();
    m_status->setPalette(palette());
    m_status->setText(tr("Connecting…"));
    m_status->show();
    updateForm();
    m_connection.connectTo(chosen);
}

void ConnectionDialog::onConnectionStateChanged(BrokerConnection::State state)
{
    if (!m_connecting)
        return;
    switch (state) {
    case BrokerConnection::State::Connecting:
        m_status->setText(tr("Connecting to %1…").arg(m_connection.description()));
        break;
    case BrokerConnection::State::Connected: {
        m_connecting = false;
        QSettings settings;
        saveProfile(settings, m_connection.profile());
        accept();
        break;
    }
    case BrokerConnection::State::Failed:
        m_connecting = false;
        showFailure(m_connection.lastError(), m_connection.brokerLog());
        updateForm();
        m_connectButton->setFocus();
        break;
    case BrokerConnection::State::Disconnected: break; // connectTo() passes through here on its way to Connecting
    }
}

void ConnectionDialog::showFailure(const QString &message, const QString &log)
{
    if (offerTrust())
        return;
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, problemColor(palette()));
    m_status->setPalette(statusPalette);
    m_status->setText(tr("Could not connect: %1").arg(message));
    m_status->show();
    m_details->setPlainText(log);
    // The last lines say what went wrong: show them, from the start of the line.
    m_details->moveCursor(QTextCursor::End);
    m_details->moveCursor(QTextCursor::StartOfBlock);
    m_detailsLabel->setVisible(!log.isEmpty());
    m_details->setVisible(!log.isEmpty());
    // Grow to make room for the output rather than squeezing the form.
    layout()->activate();
    resize(size().expandedTo(sizeHint()));
}

bool ConnectionDialog::offerTrust()
{
    const auto failure = m_connection.lastFailure();
    if (!failure || failure->code != protocol::ErrorCode::TlsError || !m_remote->isChecked())
        return false;
    const QByteArray fingerprint = client::BrokerClient::normalizeFingerprint(
        failure->details.value(u"fingerprint"_s).toString().toLatin1());
    if (fingerprint.isEmpty())
        return false;
    m_offeredCertificate = fingerprint;
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, problemColor(palette()));
    m_status->setPalette(statusPalette);
    m_status->setText(tr("The broker's certificate cannot be verified."));
    m_status->show();
    const QString subject = failure->details.value(u"subject"_s).toString();
    const QString issuer = failure->details.value(u"issuer"_s).toString();
    const QDateTime expires = QDateTime::fromString(failure->details.value(u"expires"_s).toString(), Qt::ISODate);
    QStringList lines;
    if (!subject.isEmpty())
        lines << tr("Issued to: %1").arg(subject);
    if (!issuer.isEmpty())
        lines << tr("Issued by: %1").arg(issuer);
    if (expires.isValid())
        lines << tr("Valid until: %1").arg(QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat));
    m_certificate->setText(lines.join(u'\n'));
    m_certificate->setVisible(!lines.isEmpty());
    m_fingerprint->setText(formatFingerprint(fingerprint));
    m_detailsLabel->hide();
    m_details->hide();
    m_trustPanel->show();
    layout()->activate();
    resize(size().expandedTo(sizeHint()));
    return true;
}

void ConnectionDialog::trustOfferedCertificate()
{
    if (m_offeredCertificate.isEmpty())
        return;
    m_trustedCertificate = m_offeredCertificate;
    startConnecting();
}

QString ConnectionDialog::formatFingerprint(QByteArrayView hex)
{
    constexpr int kPairsPerLine = 16;
    QString text;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2) {
        if (i > 0)
            text += (i / 2) % kPairsPerLine == 0 ? u"\n"_s : u":"_s;
        text += QString::fromLatin1(hex.sliced(i, 2)).toUpper();
    }
    return text;
}

void ConnectionDialog::done(int result)
{
    // Closing the dialog while it connects abandons that attempt.
    if (result == QDialog::Rejected && m_connecting) {
        m_connecting = false;
        m_connection.disconnectFromBroker();
    }
    QDialog::done(result);
}

} // namespace sc::ui
