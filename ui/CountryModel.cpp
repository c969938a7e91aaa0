#include "ui/CountryModel.h"

#include "ui/RegionModel.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace sc::ui {

CountryModel::CountryModel(QObject *parent)
    : QAbstractListModel(parent)
{
    for (int value = QLocale::AnyTerritory + 1; value <= QLocale::LastTerritory; ++value) {
        const auto territory = QLocale::Territory(value);
        const QString code = QLocale::territoryToCode(territory);
        // Regions such as "419" (Latin America) and "001" (World) are not countries.
        if (code.size() != 2 || !code.at(0).isLetter() || !code.at(1).isLetter())
            continue;
        // Some territories have several enum names (aliases) for one code.
        if (std::any_of(m_countries.cbegin(), m_countries.cend(), [&](const Country &c) { return c.code == code; }))
            continue;
        m_countries.append(Country{code, QLocale::territoryToString(territory)});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(m_countries.begin(), m_countries.end(), [&](const Country &a, const Country &b) {
        return collator.compare(a.name, b.name) < 0;
    });
}

int CountryModel::rowOf(const QString &code) const
{
    const QString wanted = code.toUpper();
    const auto found = std::find_if(
        m_countries.cbegin(), m_countries.cend(), [&](const Country &c) { return c.code == wanted; });
    return found == m_countries.cend() ? -1 : int(found - m_countries.cbegin());
}

int CountryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_countries.size());
}

QVariant CountryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Country &country = m_countries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return RegionModel::countryDisplayName(country.code);
    case Qt::ToolTipRole: return country.name;
    case CodeRole: return country.code;
    default: return {};
    }
}

} // namespace sc::ui
