#pragma once

#include <QAbstractListModel>
#include <QList>

namespace sc::ui {

// Every country Qt knows by its two-letter ISO 3166 code, sorted by name,
// shown as "Germany (DE)"; CodeRole holds the code the broker wants.
class CountryModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryModel)

public:
    enum Role { CodeRole = Qt::UserRole + 1 };

    explicit CountryModel(QObject *parent = nullptr);

    // The row of a code ("de" or "DE"), -1 when unknown.
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Country
    {
        QString code;
        QString name;
    };
    QList<Country> m_countries;
};

} // namespace sc::ui
