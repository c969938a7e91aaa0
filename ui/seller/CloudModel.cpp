#include "ui/seller/CloudModel.h"

#include "ui/instances/BadgeDelegate.h"

#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;
using sc::client::SellerCloudClient;

namespace sc::ui {

CloudModel::CloudModel(QObject *parent)
    : KeyedTableModel(parent)
    , m_answeredAt(QDateTime::currentDateTimeUtc())
    , m_now(m_answeredAt)
{
}

void CloudModel::setProviders(const QList<SellerCloudClient::Provider> &providers, const QDateTime &answeredAt)
{
    m_answeredAt = answeredAt.toUTC();
    m_now = m_answeredAt;
    setRows(providers);
    if (rowCount() > 0) // the same rows, staleness counted from a new answer
        Q_EMIT dataChanged(
            index(0, LastHeardColumn), index(rowCount() - 1, LastHeardColumn), {Qt::DisplayRole, SortRole});
}

void CloudModel::setNow(const QDateTime &now)
{
    m_now = now.toUTC();
    if (rowCount() > 0)
        Q_EMIT dataChanged(
            index(0, LastHeardColumn), index(rowCount() - 1, LastHeardColumn), {Qt::DisplayRole, SortRole});
}

std::optional<qint64> CloudModel::stalenessSeconds(const SellerCloudClient::Provider &provider) const
{
    if (!provider.connected)
        return std::nullopt;
    const qint64 since = std::max<qint64>(0, m_answeredAt.secsTo(m_now));
    if (provider.health.stalenessSeconds)
        return *provider.health.stalenessSeconds + since;
    if (provider.health.lastSuccessAt.isValid())
        return std::max<qint64>(0, provider.health.lastSuccessAt.secsTo(m_now));
    return std::nullopt;
}

qint64 CloudModel::freeSlots(const SellerCloudClient::Provider &provider)
{
    qint64 free = 0;
    for (const auto &profile : provider.profiles)
        free += profile.freeSlots;
    return free;
}

qint64 CloudModel::totalSlots(const SellerCloudClient::Provider &provider)
{
    qint64 total = 0;
    for (const auto &profile : provider.profiles)
        total += profile.totalSlots;
    return total;
}

int CloudModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CloudModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SellerCloudClient::Provider &provider = rowAt(index.row());
    const QLocale locale;
    switch (role) {
    case IdRole: return provider.id;
    case BadgeDelegate::BadgeColorRole:
        if (index.column() == HealthColumn)
            return healthColor(provider, QPalette());
        return {};
    case Qt::TextAlignmentRole: {
        const bool number = index.column() == FailuresColumn || index.column() == SlotsColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    case Qt::ToolTipRole:
        if (index.column() == HealthColumn && !provider.health.lastError.isEmpty())
            return provider.health.lastError;
        if (index.column() == NameColumn && provider.connected)
            return provider.endpoint;
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case LastHeardColumn: return stalenessSeconds(provider).value_or(std::numeric_limits<qint64>::max());
        case FailuresColumn: return provider.health.consecutiveFailures;
        case SlotsColumn: return freeSlots(provider);
        default: break;
        }
        role = Qt::DisplayRole;
        break;
    default: break;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn: return provider.name;
    case HealthColumn: return healthText(provider);
    case LastHeardColumn: return provider.connected ? lastHeardText(stalenessSeconds(provider)) : tr("—");
    case FailuresColumn: return provider.connected ? locale.toString(provider.health.consecutiveFailures) : tr("—");
    case SlotsColumn:
        return provider.connected
                   ? tr("%1 of %2").arg(locale.toString(freeSlots(provider)), locale.toString(totalSlots(provider)))
                   : tr("—");
    case ColumnCount: break;
    }
    return {};
}

QVariant CloudModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case LastHeardColumn: return tr("When the cloud last answered the broker's checks");
        case FailuresColumn: return tr("Checks in a row the cloud did not answer");
        default: return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Provider");
    case HealthColumn: return tr("Health");
    case LastHeardColumn: return tr("Last heard");
    case FailuresColumn: return tr("Failures");
    case SlotsColumn: return tr("Free slots");
    case ColumnCount: break;
    }
    return {};
}

QString CloudModel::healthText(const SellerCloudClient::Provider &provider)
{
    if (!provider.connected)
        return tr("By hand");
    if (provider.health.state == u"up")
        return tr("Up");
    if (provider.health.state == u"down")
        return tr("Down");
    return tr("Not checked yet");
}

QColor CloudModel::healthColor(const SellerCloudClient::Provider &provider, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (provider.connected && provider.health.state == u"up")
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    if (provider.connected && provider.health.state == u"down")
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x61, 0x61, 0x61);
}

QString CloudModel::lastHeardText(std::optional<qint64> seconds)
{
    if (!seconds)
        return tr("never heard from");
    const QLocale locale;
    if (*seconds < 60)
        return tr("%1 s ago").arg(locale.toString(*seconds));
    if (*seconds < 3'600)
        return tr("%1 min ago").arg(locale.toString(*seconds / 60));
    if (*seconds < 86'400)
        return tr("%1 h ago").arg(locale.toString(*seconds / 3'600));
    return tr("%1 d ago").arg(locale.toString(*seconds / 86'400));
}

} // namespace sc::ui
