#include "ui/instances/SellRemainingTimeDialog.h"

#include "ui/instances/InstanceModel.h"
#include "ui/market/MarketColors.h"
#include "ui/market/MoneyFormat.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;
using sc::client::ResaleClient;

namespace sc::ui {

namespace {

enum StepColumn { BelowColumn, StepPriceColumn };

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QLabel *wrappedLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

void setUpPriceBox(QDoubleSpinBox *box, const QString &currency)
{
    box->setDecimals(2);
    box->setRange(MoneyFormat::unitsFromCents(ResaleClient::kMinPrice),
                  MoneyFormat::unitsFromCents(ResaleClient::kMaxPrice));
    box->setSingleStep(0.01);
    box->setPrefix(MoneyFormat::symbol(currency));
    box->setSuffix(SellRemainingTimeDialog::tr("/h"));
}

} // namespace

SellRemainingTimeDialog::SellRemainingTimeDialog(client::BrokerClient &client, qint64 leaseId, const QString &what,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_resale(client)
    , m_leaseId(leaseId)
    , m_what(what)
    , m_time(wrappedLabel(u"resaleTime"_s))
    , m_locked(wrappedLabel(u"resaleLocked"_s))
    , m_price(new QDoubleSpinBox)
    , m_suggestion(wrappedLabel(u"resaleSuggestion"_s))
    , m_steps(new QTableWidget(0, 2))
    , m_addStep(new QPushButton(tr("Add step")))
    , m_removeStep(new QPushButton(tr("Remove step")))
    , m_outcome(wrappedLabel(u"resaleOutcome"_s))
    , m_warning(wrappedLabel(u"resaleWarning"_s))
    , m_reason(wrappedLabel(u"resaleReason"_s))
    , m_error(wrappedLabel(u"resaleError"_s))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"sellRemainingTimeDialog"_s);
    setWindowTitle(tr("Sell remaining time"));
    auto *intro = new QLabel(tr("Offer the time left on %1 to other buyers. A buyer who takes it pays your price per "
                                "hour from then on and you stop paying for it; the instance becomes theirs.")
                                 .arg(what));
    intro->setWordWrap(true);

    const QString falling = u"color: %1;"_s.arg(MarketColors::falling(palette()).name());
    m_warning->setStyleSheet(falling);
    m_warning->hide();
    m_reason->setStyleSheet(falling);
    m_reason->hide();
    m_error->setStyleSheet(falling);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_suggestion->setForegroundRole(QPalette::PlaceholderText);

    m_price->setObjectName(u"resalePrice"_s);
    setUpPriceBox(m_price, {});
    connect(m_price, &QDoubleSpinBox::valueChanged, this, [this] {
        updateOutcome();
        showError({});
    });

    m_steps->setObjectName(u"resaleSchedule"_s);
    m_steps->setHorizontalHeaderLabels({tr("Below (hours left)"), tr("Price per hour")});
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_steps->verticalHeader()->hide();
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setMaximumHeight(150);
    m_addStep->setObjectName(u"resaleAddStep"_s);
    m_addStep->setToolTip(tr("Lower the price when the time left falls below some hours"));
    m_removeStep->setObjectName(u"resaleRemoveStep"_s);
    connect(m_addStep, &QPushButton::clicked, this, [this] {
        const int below = std::max(1, maxBelowHours() - stepCount());
        addStep(below, price());
    });
    connect(m_removeStep, &QPushButton::clicked, this, [this] {
        const int row = m_steps->currentRow();
        removeStep(row >= 0 ? row : stepCount() - 1);
    });
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_addStep);
    stepButtons->addWidget(m_removeStep);
    stepButtons->addStretch(1);
    auto *scheduleBox = new QVBoxLayout;
    auto *scheduleHint = new QLabel(tr("Optional: when the time left falls below some hours, the price steps down."));
    scheduleHint->setWordWrap(true);
    scheduleHint->setForegroundRole(QPalette::PlaceholderText);
    scheduleBox->addWidget(scheduleHint);
    scheduleBox->addWidget(m_steps);
    scheduleBox->addLayout(stepButtons);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Offer"));
    ok->setObjectName(u"resaleOfferButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SellRemainingTimeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SellRemainingTimeDialog::reject);

    auto *priceCell = new QVBoxLayout;
    priceCell->setSpacing(2);
    priceCell->addWidget(m_price);
    priceCell->addWidget(m_suggestion);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Time left:"), m_time);
    form->addRow(tr("You pay now:"), m_locked);
    form->addRow(tr("&Price:"), priceCell);
    form->addRow(tr("Step-down:"), scheduleBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reason);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    updateEnabled();
}

QString SellRemainingTimeDialog::money(qint64 cents) const
{
    return MoneyFormat::amount(cents, m_state ? m_state->currency : QString());
}

QString SellRemainingTimeDialog::perHour(qint64 cents) const
{
    return MoneyFormat::perHour(cents, m_state ? m_state->currency : QString());
}

void SellRemainingTimeDialog::load()
{
    m_loading = true;
    m_time->setText(tr("Loading…"));
    updateEnabled();
    m_resale.fetchState(m_leaseId, this, [this](const protocol::Expected<State> &state) {
        m_loading = false;
        if (!state) {
            m_time->clear();
            showError(tr("What the lease can be sold for could not be loaded: %1")
                          .arg(ResaleClient::errorText(state.error())));
            updateEnabled();
            return;
        }
        setResaleState(*state);
    });
}

void SellRemainingTimeDialog::setResaleState(const State &state)
{
    m_loading = false;
    m_state = state;
    const QSignalBlocker blocker(m_price);
    setUpPriceBox(m_price, state.currency);
    m_price->setValue(MoneyFormat::unitsFromCents(
        state.suggestedPricePerHour > 0 ? state.suggestedPricePerHour : std::max<qint64>(1, state.lockedPricePerHour)));
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        if (auto *box = qobject_cast<QDoubleSpinBox *>(m_steps->cellWidget(row, StepPriceColumn)))
            setUpPriceBox(box, state.currency);
        if (auto *box = qobject_cast<QSpinBox *>(m_steps->cellWidget(row, BelowColumn)))
            box->setMaximum(std::max(1, maxBelowHours()));
    }

    const qint64 seconds = qint64(std::llround(state.remainingHours * 3600));
    QString time = tr("%1 (the lease ends %2).").arg(InstanceModel::timeLeftText(seconds), when(state.leaseEndsAt));
    if (state.leavesBookAt.isValid())
        time += u' '
                + tr("Your offer leaves the market at %1, an hour before the lease ends; unsold time stays yours.")
                      .arg(when(state.leavesBookAt));
    m_time->setText(time);
    m_locked->setText(tr("%1, the price locked for your lease").arg(perHour(state.lockedPricePerHour)));
    m_suggestion->setText(suggestionText(state));
    m_suggestion->setVisible(state.suggestedPricePerHour > 0);

    const QString reason = state.eligible ? QString() : ResaleClient::reasonText(state.reason);
    m_reason->setText(reason.isEmpty() && !state.eligible ? tr("This lease cannot be offered for resale now.")
                                                          : reason);
    m_reason->setVisible(!state.eligible);
    showError({});
    updateOutcome();
    updateEnabled();
}

QString SellRemainingTimeDialog::suggestionText(const State &state)
{
    const QString price = MoneyFormat::perHour(state.suggestedPricePerHour, state.currency);
    if (state.suggestionBasis == u"recent_trades" && state.recentTrades == 1)
        return tr("Suggested: %1, the price of the one recent trade.").arg(price);
    if (state.suggestionBasis == u"recent_trades")
        return tr("Suggested: %1, the median of %2 recent trades.").arg(price, QLocale().toString(state.recentTrades));
    if (state.suggestionBasis == u"best_ask")
        return tr("Suggested: %1, the best ask on the market now.").arg(price);
    if (state.suggestionBasis == u"locked_price")
        return tr("Suggested: %1, your own price (nothing recent to go by).").arg(price);
    return tr("Suggested: %1.").arg(price);
}

void SellRemainingTimeDialog::setPrice(qint64 centsPerHour)
{
    m_price->setValue(MoneyFormat::unitsFromCents(centsPerHour));
}

qint64 SellRemainingTimeDialog::price() const
{
    return MoneyFormat::centsFromUnits(m_price->value());
}

int SellRemainingTimeDialog::maxBelowHours() const
{
    // belowHours is a whole number under the hours left.
    if (!m_state)
        return 0;
    return int(std::ceil(m_state->remainingHours)) - 1;
}

int SellRemainingTimeDialog::addStep(int belowHours, qint64 centsPerHour)
{
    if (stepCount() >= ResaleClient::kMaxSteps)
        return -1;
    addStepRow(belowHours, centsPerHour);
    updateOutcome();
    updateEnabled();
    showError({});
    return stepCount() - 1;
}

void SellRemainingTimeDialog::addStepRow(int belowHours, qint64 centsPerHour)
{
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    auto *hours = new QSpinBox;
    hours->setObjectName(u"stepBelowHours"_s);
    hours->setRange(1, std::max(1, maxBelowHours()));
    hours->setValue(belowHours);
    hours->setSuffix(tr(" h"));
    hours->setFrame(false);
    auto *stepPrice = new QDoubleSpinBox;
    stepPrice->setObjectName(u"stepPrice"_s);
    setUpPriceBox(stepPrice, m_state ? m_state->currency : QString());
    stepPrice->setValue(MoneyFormat::unitsFromCents(centsPerHour));
    stepPrice->setFrame(false);
    const auto changed = [this] {
        updateOutcome();
        showError({});
    };
    connect(hours, &QSpinBox::valueChanged, this, changed);
    connect(stepPrice, &QDoubleSpinBox::valueChanged, this, changed);
    m_steps->setCellWidget(row, BelowColumn, hours);
    m_steps->setCellWidget(row, StepPriceColumn, stepPrice);
}

void SellRemainingTimeDialog::removeStep(int row)
{
    if (row < 0 || row >= m_steps->rowCount())
        return;
    m_steps->removeRow(row);
    updateOutcome();
    updateEnabled();
    showError({});
}

int SellRemainingTimeDialog::stepCount() const
{
    return m_steps->rowCount();
}

ResaleClient::Schedule SellRemainingTimeDialog::schedule() const
{
    ResaleClient::Schedule schedule;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const auto *hours = qobject_cast<QSpinBox *>(m_steps->cellWidget(row, BelowColumn));
        const auto *stepPrice = qobject_cast<QDoubleSpinBox *>(m_steps->cellWidget(row, StepPriceColumn));
        if (hours && stepPrice)
            schedule.append({hours->value(), MoneyFormat::centsFromUnits(stepPrice->value())});
    }
    return schedule;
}

QJsonObject SellRemainingTimeDialog::requestBody() const
{
    return ResaleClient::offerBody(price(), schedule());
}

void SellRemainingTimeDialog::updateOutcome()
{
    if (!m_state) {
        m_outcome->clear();
        m_warning->hide();
        return;
    }
    const State &state = *m_state;
    const qint64 offered = price();
    const qint64 locked = state.lockedPricePerHour;
    const qint64 net = ResaleClient::netPerHour(offered, locked, state.resaleFeeBasisPoints);
    if (offered > locked) {
        m_outcome->setText(tr("Sold at %1 you gain %2 (%3 above the %4 you pay, less the broker's %5 fee on the gain).")
                               .arg(perHour(offered),
                                    perHour(net),
                                    perHour(offered - locked),
                                    perHour(locked),
                                    QLocale().toString(state.resaleFeeBasisPoints / 100.0) + u" %"_s));
    } else if (offered == locked) {
        m_outcome->setText(
            tr("Sold at %1 you get back exactly what you pay: no gain and no cost.").arg(perHour(offered)));
    } else {
        m_outcome->setText(tr("Sold at %1, you still pay %2 of each hour the buyer uses: the difference to your %3.")
                               .arg(perHour(offered), perHour(-net), perHour(locked)));
    }
    m_outcome->setStyleSheet(net > 0 ? u"color: %1;"_s.arg(MarketColors::rising(palette()).name()) : QString());

    const ResaleClient::Schedule steps = schedule();
    const qint64 held = ResaleClient::worstCaseHold(offered, steps, locked, state.remainingHours);
    QString warning;
    if (offered < locked)
        warning = tr("Your price is below what you pay: you pay the difference; %1 plus VAT is held now from your "
                     "balance until the time is sold or the offer ends.")
                      .arg(money(held));
    else if (held > 0)
        warning = tr("A step of your schedule is below what you pay: if it sells then, you pay the difference; "
                     "%1 plus VAT is held now from your balance until the time is sold or the offer ends.")
                      .arg(money(held));
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void SellRemainingTimeDialog::updateEnabled()
{
    const bool eligible = m_state && m_state->eligible && !m_loading;
    const bool editable = eligible && !m_pending;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(editable);
    m_price->setEnabled(editable);
    m_steps->setEnabled(editable);
    m_addStep->setEnabled(editable && maxBelowHours() >= 1 && stepCount() < ResaleClient::kMaxSteps);
    m_removeStep->setEnabled(editable && stepCount() > 0);
}

void SellRemainingTimeDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString SellRemainingTimeDialog::explain(const protocol::ApiError &error) const
{
    if (error.details.value(u"reason"_s).toString() == u"insufficient_funds" && error.details.contains(u"needed"_s))
        return tr("Your balance cannot cover what is held for a price below what you pay: %1 is needed, %2 is "
                  "available. Top up or choose a higher price.")
            .arg(money(error.details.value(u"needed"_s).toInteger()),
                 money(error.details.value(u"available"_s).toInteger()));
    return ResaleClient::errorText(error);
}

QString SellRemainingTimeDialog::timeText() const
{
    return m_time->text();
}

QString SellRemainingTimeDialog::lockedText() const
{
    return m_locked->text();
}

QString SellRemainingTimeDialog::suggestionText() const
{
    return m_suggestion->isVisibleTo(this) ? m_suggestion->text() : QString();
}

QString SellRemainingTimeDialog::outcomeText() const
{
    return m_outcome->text();
}

QString SellRemainingTimeDialog::warningText() const
{
    return m_warning->isVisibleTo(this) ? m_warning->text() : QString();
}

QString SellRemainingTimeDialog::reasonText() const
{
    return m_reason->isVisibleTo(this) ? m_reason->text() : QString();
}

QString SellRemainingTimeDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QPushButton *SellRemainingTimeDialog::offerButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SellRemainingTimeDialog::accept()
{
    if (m_pending || !m_state || !m_state->eligible)
        return;
    const ResaleClient::Schedule steps = schedule();
    QSet<int> seen;
    for (const ResaleClient::Step &step : steps) {
        if (step.belowHours > maxBelowHours()) {
            showError(tr("A step must start below the time left: at most %n hour(s).", nullptr, maxBelowHours()));
            return;
        }
        if (seen.contains(step.belowHours)) {
            showError(tr("Two steps start below %n hour(s): keep one.", nullptr, step.belowHours));
            return;
        }
        seen.insert(step.belowHours);
    }
    m_pending = true;
    showError({});
    updateEnabled();
    // One key per press of Offer: a retry of this request is answered once, another press is another offer.
    m_resale.offer(m_leaseId,
                   price(),
                   steps,
                   client::BrokerClient::newIdempotencyKey(),
                   this,
                   [this](const protocol::Expected<State> &state) {
                       m_pending = false;
                       updateEnabled();
                       if (!state) {
                           showError(explain(state.error()));
                           return;
                       }
                       Q_EMIT offered(*state);
                       QDialog::accept();
                   });
}

} // namespace sc::ui
