#pragma once

#include <QCoreApplication>
#include <QString>

namespace sc::ui {

// Money for people: integer minor units in, "€0.42/h" or "€12.60" out, with
// the locale's decimal separator. The one place the UI turns cents into text
// and spin-box values into cents (rounded once, here).
class MoneyFormat
{
    Q_DECLARE_TR_FUNCTIONS(MoneyFormat)

public:
    // "€" for EUR, "$" for USD, "£" for GBP, else the code and a space.
    static QString symbol(const QString &currency);
    // "€12.60"; negative amounts "−€0.05".
    static QString amount(qint64 cents, const QString &currency);
    // "€0.42/h"
    static QString perHour(qint64 cents, const QString &currency);
    // "+€0.02/h", "−€0.03/h", "±€0.00/h"
    static QString signedPerHour(qint64 cents, const QString &currency);
    // For spin boxes that show currency units with two decimals.
    static qint64 centsFromUnits(double units);
    static double unitsFromCents(qint64 cents);
};

} // namespace sc::ui
