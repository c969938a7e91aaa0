#include "ui/market/WatchDialog.h"

#include "ui/market/MarketColors.h"
#include "ui/market/MoneyFormat.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {
constexpr qint64 kDefaultPriceCents = 50;
constexpr int kMiBPerGiB = 1024;
} // namespace

WatchDialog::WatchDialog(client::BrokerClient &client, const CatalogIndex &catalog,
                         const client::MarketClient::OfferFilter &search, QWidget *parent)
    : QDialog(parent)
    , m_watches(client)
    , m_search(search)
    , m_name(new QLineEdit)
    , m_price(new QDoubleSpinBox)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"watchDialog"_s);
    setWindowTitle(tr("Watch this search"));

    const QString criteria = criteriaText(client::WatchClient::watchFilter(search, 0), catalog);
    auto *intro = new QLabel(tr("The broker tells you when an offer that matches this search appears at your price. "
                                "You see it here, also while you do something else in the app."));
    intro->setWordWrap(true);
    auto *criteriaLabel = new QLabel(criteria);
    criteriaLabel->setObjectName(u"watchCriteria"_s);
    criteriaLabel->setWordWrap(true);

    m_name->setObjectName(u"watchName"_s);
    m_name->setMaxLength(client::WatchClient::kMaxNameLength);
    m_name->setText(criteria.left(client::WatchClient::kMaxNameLength));
    m_name->selectAll();

    m_price->setObjectName(u"watchMaxPrice"_s);
    m_price->setDecimals(2);
    m_price->setRange(0.01, 100'000.0);
    m_price->setSingleStep(0.05);
    m_price->setPrefix(MoneyFormat::symbol({}));
    m_price->setSuffix(tr("/h", "price per hour"));
    m_price->setAlignment(Qt::AlignRight);
    m_price->setValue(MoneyFormat::unitsFromCents(search.maxPricePerHour.value_or(kDefaultPriceCents)));
    // "Notify me when an offer at no more than [€x/h] a slot appears", the field inside the sentence.
    auto *sentence = new QHBoxLayout;
    sentence->addWidget(new QLabel(tr("Notify me when an offer at no more than")));
    sentence->addWidget(m_price);
    sentence->addWidget(new QLabel(tr("a slot appears")));
    sentence->addStretch(1);

    m_error->setObjectName(u"watchError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1;"_s.arg(MarketColors::falling(palette()).name()));
    m_error->hide();

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Watch"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"watchCreateButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WatchDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WatchDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Search:"), criteriaLabel);
    form->addRow(tr("Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(sentence);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

void WatchDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void WatchDialog::setMaxPrice(qint64 cents)
{
    m_price->setValue(MoneyFormat::unitsFromCents(cents));
}

QString WatchDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void WatchDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void WatchDialog::accept()
{
    if (m_pending)
        return;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Give the watch a name, so you recognize its notifications."));
        m_name->setFocus();
        return;
    }
    m_pending = true;
    showError({});
    m_buttons->setEnabled(false);
    const qint64 cents = MoneyFormat::centsFromUnits(m_price->value());
    m_watches.createWatch(name,
                          client::WatchClient::watchFilter(m_search, cents),
                          this,
                          [this](const protocol::Expected<protocol::Watch> &watch) {
                              m_pending = false;
                              m_buttons->setEnabled(true);
                              if (!watch) {
                                  showError(explain(watch.error()));
                                  return;
                              }
                              Q_EMIT created(*watch);
                              QDialog::accept();
                          });
}

QString WatchDialog::explain(const protocol::ApiError &error)
{
    const QString field = error.details.value(u"field"_s).toString();
    switch (error.code) {
    case protocol::ErrorCode::Conflict:
        return tr("You already watch %1 searches, the most the broker keeps for one person. "
                  "Delete one you no longer need in the Watches tab, then try again.")
            .arg(client::WatchClient::kMaxWatches);
    case protocol::ErrorCode::ValidationFailed:
        if (field == u"name"_s)
            return tr("The name must have 1 to %1 characters.").arg(client::WatchClient::kMaxNameLength);
        if (field == u"filter.maxPricePerHour"_s)
            return tr("Enter the most you would pay per hour for a slot.");
        return tr("The broker cannot watch this search: %1").arg(error.message);
    case protocol::ErrorCode::NotFound: return tr("This broker cannot watch searches yet.");
    default: return tr("The watch could not be created: %1").arg(error.message);
    }
}

QString WatchDialog::criteriaText(const protocol::OfferFilter &filter, const CatalogIndex &catalog)
{
    const QLocale locale;
    QStringList parts;
    if (!filter.instanceType.isEmpty())
        parts << filter.instanceType;
    if (filter.minVcpus > 0)
        parts << tr("at least %1 vCPU").arg(locale.toString(filter.minVcpus));
    if (filter.minMemoryMiB > 0)
        parts << tr("at least %1 GiB RAM").arg(locale.toString(filter.minMemoryMiB / kMiBPerGiB));
    if (filter.minDiskGiB > 0)
        parts << tr("at least %1 GiB disk").arg(locale.toString(filter.minDiskGiB));
    if (!filter.countries.isEmpty()) {
        QStringList names;
        for (const QString &code : filter.countries) {
            const QLocale::Territory territory = QLocale::codeToTerritory(code);
            names << (territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory));
        }
        parts << names.join(u", "_s);
    }
    if (!filter.regions.isEmpty()) {
        QStringList names;
        for (const QString &region : filter.regions)
            names << catalog.regionName(region);
        parts << names.join(u", "_s);
    }
    if (filter.minRating > 0)
        parts << tr("★ %1 or better").arg(locale.toString(filter.minRating, 'f', 1));
    if (filter.minAvailableHours > 0)
        parts << tr("available for at least %1 h").arg(locale.toString(filter.minAvailableHours));
    return parts.isEmpty() ? tr("Any offer") : parts.join(u" · "_s);
}

} // namespace sc::ui
