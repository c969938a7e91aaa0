#include "ui/instances/InstanceDetailPanel.h"

#include "ui/instances/InstanceModel.h"
#include "ui/instances/LeaseDialogs.h"
#include "ui/instances/SellRemainingTimeDialog.h"
#include "ui/instances/UtilizationChart.h"
#include "ui/market/ConfirmationPrompt.h"
#include "ui/market/MarketColors.h"
#include "ui/market/MoneyFormat.h"
#include "ui/market/TableStyle.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::InstanceClient;

namespace sc::ui {

namespace {

constexpr int kUtilizationIntervalMs = 10'000;

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : InstanceDetailPanel::tr("—");
}

} // namespace

InstanceDetailPanel::InstanceDetailPanel(client::BrokerClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_instances(client)
    , m_resale(client)
    , m_now(QDateTime::currentDateTimeUtc())
    , m_title(TableStyle::sectionTitle({}))
    , m_state(new QLabel)
    , m_reason(new QLabel)
    , m_provider(new QLabel)
    , m_price(new QLabel)
    , m_lease(new QLabel)
    , m_timeLeft(new QLabel)
    , m_address(new QLabel)
    , m_running(new QLabel)
    , m_lastSeen(new QLabel)
    , m_terminate(new QPushButton(tr("Terminate…")))
    , m_renew(new QPushButton(tr("Renew…")))
    , m_autoRenew(new QPushButton(tr("Auto-renew…")))
    , m_review(new QPushButton(tr("Review…")))
    , m_sell(new QPushButton(tr("Sell remaining time…")))
    , m_withdrawSale(new QPushButton(tr("Withdraw from sale")))
    , m_chart(new UtilizationChart)
    , m_status(new QLabel)
    , m_utilizationTimer(new QTimer(this))
    , m_facts(new QWidget)
    , m_placeholder(new QLabel(tr("Select an instance to see its details and its use.")))
{
    setObjectName(u"instanceDetail"_s);
    m_title->setObjectName(u"instanceTitle"_s);
    m_title->setWordWrap(true);
    m_state->setObjectName(u"instanceState"_s);
    m_reason->setObjectName(u"instanceStateReason"_s);
    m_reason->setWordWrap(true);
    m_reason->setForegroundRole(QPalette::PlaceholderText);
    m_timeLeft->setObjectName(u"instanceTimeLeft"_s);
    m_address->setObjectName(u"instanceAddress"_s);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lease->setWordWrap(true);
    m_terminate->setObjectName(u"terminateButton"_s);
    m_terminate->setToolTip(tr("End the lease now: billing stops and the instance is stopped."));
    m_terminate->setEnabled(false);
    connect(m_terminate, &QPushButton::clicked, this, &InstanceDetailPanel::terminateInstance);
    m_renew->setObjectName(u"renewLeaseButton"_s);
    m_renew->setToolTip(tr("Extend the lease at its locked price."));
    m_renew->hide();
    connect(m_renew, &QPushButton::clicked, this, &InstanceDetailPanel::renewLease);
    m_autoRenew->setObjectName(u"autoRenewButton"_s);
    m_autoRenew->setToolTip(tr("Let the broker renew the lease before it ends, within a budget."));
    m_autoRenew->hide();
    connect(m_autoRenew, &QPushButton::clicked, this, &InstanceDetailPanel::setUpAutoRenew);
    m_review->setObjectName(u"reviewLeaseButton"_s);
    m_review->setToolTip(tr("Rate the provider of this ended lease."));
    m_review->hide();
    connect(m_review, &QPushButton::clicked, this, &InstanceDetailPanel::reviewLease);
    m_sell->setObjectName(u"sellRemainingTimeButton"_s);
    m_sell->setToolTip(tr("Offer the time left on this lease to other buyers at your price."));
    m_sell->hide();
    connect(m_sell, &QPushButton::clicked, this, &InstanceDetailPanel::sellRemainingTime);
    m_withdrawSale->setObjectName(u"withdrawSaleButton"_s);
    m_withdrawSale->setToolTip(tr("Take the offer of this lease's time left off the market."));
    m_withdrawSale->hide();
    connect(m_withdrawSale, &QPushButton::clicked, this, &InstanceDetailPanel::withdrawFromSale);
    m_status->setObjectName(u"instanceStatus"_s);
    m_status->setWordWrap(true);
    m_placeholder->setObjectName(u"instancePlaceholder"_s);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    // The title on its own line, the lease's actions under it: four buttons
    // beside the title squeezed it onto three lines.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_renew);
    actions->addWidget(m_autoRenew);
    actions->addWidget(m_review);
    actions->addWidget(m_sell);
    actions->addWidget(m_withdrawSale);
    actions->addStretch(1);
    actions->addWidget(m_terminate);
    auto *titleRow = new QVBoxLayout;
    titleRow->setSpacing(6);
    titleRow->addWidget(m_title);
    titleRow->addLayout(actions);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(4);
    auto *stateCell = new QVBoxLayout;
    stateCell->setSpacing(0);
    stateCell->addWidget(m_state);
    stateCell->addWidget(m_reason);
    form->addRow(tr("State:"), stateCell);
    form->addRow(tr("Time left:"), m_timeLeft);
    form->addRow(tr("Lease:"), m_lease);
    form->addRow(tr("Price:"), m_price);
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Running since:"), m_running);
    form->addRow(tr("Last seen:"), m_lastSeen);

    auto *factsLayout = new QVBoxLayout(m_facts);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    factsLayout->addLayout(titleRow);
    factsLayout->addLayout(form);
    factsLayout->addSpacing(6);
    factsLayout->addWidget(TableStyle::sectionTitle(tr("Use over the last hour")));
    factsLayout->addWidget(m_chart, 1);
    factsLayout->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_facts, 1);
    m_facts->hide();

    m_utilizationTimer->setObjectName(u"utilizationTimer"_s);
    m_utilizationTimer->setInterval(kUtilizationIntervalMs);
    connect(m_utilizationTimer, &QTimer::timeout, this, &InstanceDetailPanel::refreshUtilization);
}

void InstanceDetailPanel::setCatalog(const CatalogIndex &catalog)
{
    m_catalog = catalog;
    updateFacts();
}

std::optional<qint64> InstanceDetailPanel::instanceId() const
{
    return m_instance ? std::optional<qint64>(m_instance->id) : std::nullopt;
}

void InstanceDetailPanel::setInstance(const std::optional<InstanceClient::Instance> &instance)
{
    const bool same = instance && m_instance && instance->id == m_instance->id;
    const bool wasRunning = same && m_instance->state == u"running";
    m_instance = instance;
    if (!same) {
        ++m_serial; // answers about the previous instance are dropped
        m_terminating = false;
        m_withdrawing = false;
        setStatus({});
    }
    m_placeholder->setVisible(!m_instance);
    m_facts->setVisible(m_instance.has_value());
    updateFacts();
    if (!m_instance) {
        m_chart->showMessage(tr("Select a running instance to see its use."));
    } else if (m_instance->state == u"running") {
        if (!wasRunning)
            refreshUtilization();
    } else {
        m_chart->showMessage(InstanceClient::isLive(m_instance->state)
                                 ? tr("The instance is not running yet: nothing to measure.")
                                 : tr("The instance is not running: nothing to measure."));
    }
    updateUtilizationTimer();
}

void InstanceDetailPanel::setNow(const QDateTime &now)
{
    m_now = now.toUTC();
    if (m_instance && InstanceClient::isLive(m_instance->state))
        m_timeLeft->setText(InstanceModel::timeLeftText(m_now.secsTo(m_instance->leaseEndsAt)));
}

void InstanceDetailPanel::setUtilizationInterval(int milliseconds)
{
    m_utilizationTimer->setInterval(milliseconds);
}

QString InstanceDetailPanel::statusText() const
{
    return m_status->text();
}

void InstanceDetailPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(error ? u"color: %1;"_s.arg(MarketColors::falling(palette()).name()) : QString());
}

void InstanceDetailPanel::updateFacts()
{
    if (!m_instance)
        return;
    const InstanceClient::Instance &instance = *m_instance;
    const QLocale locale;
    m_title->setText(m_catalog.instrumentLabel(instance.instanceType, instance.region));
    m_title->setToolTip(
        tr("%1 · %2").arg(m_catalog.sizeLabel(instance.instanceType), m_catalog.location(instance.region)));
    m_state->setText(InstanceModel::stateAndSaleText(instance));
    QFont bold = m_state->font();
    bold.setWeight(QFont::DemiBold);
    m_state->setFont(bold);
    m_state->setStyleSheet(u"color: %1;"_s.arg(InstanceModel::stateColor(instance.state, palette()).name()));
    m_reason->setText(InstanceModel::reasonText(instance.stateReason));
    m_reason->setVisible(!instance.stateReason.isEmpty());
    m_provider->setText(InstanceModel::providerText(instance));
    m_price->setText(
        tr("%1, locked for the lease").arg(MoneyFormat::perHour(instance.pricePerHour, instance.currency)));
    QString status;
    if (instance.leaseStatus == u"pending")
        status = tr("not started yet");
    else if (instance.leaseStatus == u"active")
        status = tr("active");
    else if (instance.leaseStatus == u"ended")
        status = tr("ended");
    else if (instance.leaseStatus == u"cancelled")
        status = tr("cancelled");
    else
        status = instance.leaseStatus;
    m_lease->setText(tr("%1 – %2 (%3)").arg(when(instance.leaseStartsAt), when(instance.leaseEndsAt), status));
    m_timeLeft->setText(
        InstanceClient::isLive(instance.state)
            ? InstanceModel::timeLeftText(m_now.secsTo(instance.leaseEndsAt))
            : tr("Ended %1").arg(when(instance.endedAt.isValid() ? instance.endedAt : instance.updatedAt)));
    m_address->setText(instance.address.isEmpty() ? tr("Not assigned yet") : instance.address);
    m_running->setText(when(instance.runningAt));
    m_lastSeen->setText(when(instance.lastSeenAt));
    m_terminate->setEnabled(InstanceClient::isLive(instance.state) && !m_terminating);
    m_renew->setVisible(canRenew(instance));
    m_autoRenew->setVisible(canRenew(instance));
    m_review->setVisible(canReview(instance));
    m_sell->setVisible(canSell(instance));
    m_withdrawSale->setVisible(instance.onSale && !instance.resold);
    m_withdrawSale->setEnabled(!m_withdrawing);
}

bool InstanceDetailPanel::canRenew(const InstanceClient::Instance &instance)
{
    return instance.leaseStatus == u"pending" || instance.leaseStatus == u"active";
}

bool InstanceDetailPanel::canReview(const InstanceClient::Instance &instance)
{
    return instance.leaseStatus == u"ended" && (instance.state == u"terminated" || instance.state == u"lost");
}

bool InstanceDetailPanel::canSell(const InstanceClient::Instance &instance)
{
    return instance.state == u"running" && instance.leaseStatus == u"active" && !instance.onSale && !instance.resold;
}

QString InstanceDetailPanel::instanceLabel() const
{
    return m_instance ? m_catalog.instrumentLabel(m_instance->instanceType, m_instance->region) : QString();
}

void InstanceDetailPanel::renewLease()
{
    if (!m_instance || !canRenew(*m_instance))
        return;
    auto *dialog = new RenewLeaseDialog(m_client, *m_instance, instanceLabel(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 instanceId = m_instance->id;
    connect(dialog, &RenewLeaseDialog::renewed, this, [this, instanceId](const InstanceClient::LeaseRenewal &renewal) {
        if (m_instance && m_instance->id == instanceId && renewal.endsAt.isValid()) {
            m_instance->leaseEndsAt = renewal.endsAt;
            updateFacts();
            setStatus(tr("The lease was renewed; it now ends %1.").arg(when(renewal.endsAt)));
        }
        Q_EMIT leaseChanged(instanceId);
    });
    dialog->open();
}

void InstanceDetailPanel::setUpAutoRenew()
{
    if (!m_instance || !canRenew(*m_instance))
        return;
    auto *dialog = new AutoRenewDialog(m_client, *m_instance, instanceLabel(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 instanceId = m_instance->id;
    const QString currency = m_instance->currency;
    connect(dialog,
            &AutoRenewDialog::changed,
            this,
            [this, instanceId, currency](const InstanceClient::LeaseRenewal &renewal) {
                if (m_instance && m_instance->id == instanceId)
                    setStatus(renewal.autoRenewHours > 0
                                  ? tr("The lease renews itself by %n hour(s) at a time, up to %1 in all.",
                                       nullptr,
                                       renewal.autoRenewHours)
                                        .arg(MoneyFormat::amount(renewal.autoRenewBudget, currency))
                                  : tr("The lease is no longer renewed automatically."));
                Q_EMIT leaseChanged(instanceId);
            });
    dialog->open();
}

void InstanceDetailPanel::reviewLease()
{
    if (!m_instance || !canReview(*m_instance))
        return;
    auto *dialog = new ReviewDialog(m_client, m_instance->leaseId, instanceLabel(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 instanceId = m_instance->id;
    connect(dialog, &ReviewDialog::reviewed, this, [this, instanceId] {
        if (m_instance && m_instance->id == instanceId)
            setStatus(tr("Thank you: your review was sent."));
        Q_EMIT leaseChanged(instanceId);
    });
    dialog->open();
}

void InstanceDetailPanel::sellRemainingTime()
{
    if (!m_instance || !canSell(*m_instance))
        return;
    auto *dialog = new SellRemainingTimeDialog(m_client, m_instance->leaseId, instanceLabel(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 instanceId = m_instance->id;
    connect(
        dialog, &SellRemainingTimeDialog::offered, this, [this, instanceId](const client::ResaleClient::State &state) {
            if (m_instance && m_instance->id == instanceId) {
                if (state.tradesAtOnce > 0) {
                    m_instance->resold = true;
                    setStatus(tr("The time left on this lease was sold at once."));
                } else {
                    m_instance->onSale = true;
                    const qint64 price = state.ask ? state.ask->pricePerHour : 0;
                    setStatus(tr("The time left is on sale at %1 until %2.")
                                  .arg(MoneyFormat::perHour(price, state.currency), when(state.leavesBookAt)));
                }
                updateFacts();
            }
            Q_EMIT leaseChanged(instanceId);
        });
    dialog->open();
    dialog->load();
}

void InstanceDetailPanel::withdrawFromSale()
{
    if (!m_instance || !m_instance->onSale || m_withdrawing)
        return;
    m_withdrawing = true;
    m_withdrawSale->setEnabled(false);
    setStatus(tr("Withdrawing the offer…"));
    const quint64 serial = m_serial;
    const qint64 instanceId = m_instance->id;
    m_resale.withdraw(
        m_instance->leaseId,
        this,
        [this, serial, instanceId](const protocol::Expected<client::ResaleClient::Done> &done) {
            if (serial == m_serial) {
                m_withdrawing = false;
                if (done) {
                    m_instance->onSale = false;
                    setStatus(tr("The offer was withdrawn: the time left stays yours."));
                } else {
                    setStatus(
                        tr("The offer could not be withdrawn: %1").arg(client::ResaleClient::errorText(done.error())),
                        true);
                }
                updateFacts();
            }
            // Withdrawn, or not open any more (sold, expired): the instances may have changed.
            Q_EMIT leaseChanged(instanceId);
        });
}

void InstanceDetailPanel::updateUtilizationTimer()
{
    const bool wanted = m_instance && m_instance->state == u"running" && isVisible();
    if (wanted && !m_utilizationTimer->isActive())
        m_utilizationTimer->start();
    else if (!wanted)
        m_utilizationTimer->stop();
}

void InstanceDetailPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_instance && m_instance->state == u"running")
        refreshUtilization();
    updateUtilizationTimer();
}

void InstanceDetailPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateUtilizationTimer();
}

void InstanceDetailPanel::refreshUtilization()
{
    if (!m_instance || m_instance->state != u"running")
        return;
    const quint64 serial = m_serial;
    m_instances.fetchUtilization(
        m_instance->id,
        this,
        [this, serial](const protocol::Expected<QList<InstanceClient::UtilizationSample>> &samples) {
            if (serial != m_serial)
                return;
            if (samples) {
                m_chart->setSamples(*samples);
                return;
            }
            const protocol::ApiError &error = samples.error();
            if (error.code == protocol::ErrorCode::Conflict)
                m_chart->showMessage(tr("The instance is not running: nothing to measure."));
            else if (error.code == protocol::ErrorCode::BadGateway || error.code == protocol::ErrorCode::Unavailable)
                m_chart->showMessage(tr("The provider did not answer. Trying again in %1 s.")
                                         .arg(QLocale().toString(m_utilizationTimer->interval() / 1'000)));
            else
                m_chart->showMessage(tr("The use could not be loaded: %1").arg(error.message));
        });
}

void InstanceDetailPanel::terminateInstance()
{
    if (!m_instance || !InstanceClient::isLive(m_instance->state))
        return;
    const InstanceClient::Instance instance = *m_instance;
    const QString what = m_catalog.instrumentLabel(instance.instanceType, instance.region);
    if (!ConfirmationPrompt::ask(this,
                                 tr("Terminate instance"),
                                 tr("Terminate %1 now?\n\nThe lease ends now and billing stops now. The instance is "
                                    "stopped and whatever runs on it is gone. This cannot be undone.")
                                     .arg(what),
                                 tr("Terminate")))
        return;
    m_terminating = true;
    m_terminate->setEnabled(false);
    setStatus(tr("Terminating…"));
    const quint64 serial = m_serial;
    m_instances.terminate(
        instance.id, this, [this, serial, instance, what](const protocol::Expected<InstanceClient::Done> &done) {
            if (serial == m_serial) {
                m_terminating = false;
                updateFacts();
            }
            if (!done) {
                const bool notRunning = done.error().code == protocol::ErrorCode::Conflict;
                if (serial == m_serial)
                    setStatus(notRunning ? tr("%1 is already stopping or has ended.").arg(what)
                                         : tr("%1 could not be terminated: %2").arg(what, done.error().message),
                              !notRunning);
                if (notRunning)
                    Q_EMIT terminated(instance.id);
                return;
            }
            if (serial == m_serial)
                setStatus(tr("The lease of %1 has ended and billing stopped.").arg(what));
            Q_EMIT terminated(instance.id);
        });
}

} // namespace sc::ui
