#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;

namespace sc::ui {

// "Standing rule…": accept any buy-back offer of at least an amount, or off.
class BuybackRuleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuybackRuleDialog)

public:
    BuybackRuleDialog(std::optional<qint64> minAmount, const QString &currency, QWidget *parent = nullptr);

    // None: the rule is off.
    std::optional<qint64> minAmount() const;
    void setMinAmount(std::optional<qint64> minAmount);

private:
    QCheckBox *m_enabled;
    QDoubleSpinBox *m_amount;
};

} // namespace sc::ui
