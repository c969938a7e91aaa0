#include "ui/market/MoneyFormat.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {

constexpr qint64 kCentsPerUnit = 100;

// Two decimals from integers: no floating point between the broker and the screen.
QString number(qint64 cents)
{
    const QLocale locale;
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const QString fraction = u"%1"_s.arg(magnitude % kCentsPerUnit, 2, 10, QLatin1Char('0'));
    return locale.toString(magnitude / kCentsPerUnit) + locale.decimalPoint() + fraction;
}

} // namespace

QString MoneyFormat::symbol(const QString &currency)
{
    if (currency == u"EUR" || currency.isEmpty())
        return u"€"_s;
    if (currency == u"USD")
        return u"$"_s;
    if (currency == u"GBP")
        return u"£"_s;
    return currency + u' ';
}

QString MoneyFormat::amount(qint64 cents, const QString &currency)
{
    return (cents < 0 ? u"−"_s : QString()) + symbol(currency) + number(cents);
}

QString MoneyFormat::perHour(qint64 cents, const QString &currency)
{
    return tr("%1/h", "price per hour").arg(amount(cents, currency));
}

QString MoneyFormat::signedPerHour(qint64 cents, const QString &currency)
{
    const QString sign = cents > 0 ? u"+"_s : cents < 0 ? u"−"_s : u"±"_s;
    return tr("%1/h", "price per hour").arg(sign + symbol(currency) + number(cents));
}

qint64 MoneyFormat::centsFromUnits(double units)
{
    return std::llround(units * double(kCentsPerUnit));
}

double MoneyFormat::unitsFromCents(qint64 cents)
{
    return double(cents) / double(kCentsPerUnit);
}

} // namespace sc::ui
