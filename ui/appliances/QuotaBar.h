#pragma once

#include "protocol/ApplianceDto.h"

#include <QWidget>

class QLabel;

namespace sc::ui {

// The organization's storage for private appliances as one bar: what its
// appliances use, what uploads in progress have reserved, what is free of
// the limit; the figures in words beside it.
class QuotaBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaBar)

public:
    explicit QuotaBar(QWidget *parent = nullptr);

    void setQuota(const protocol::StorageQuota &quota);
    protocol::StorageQuota quota() const { return m_quota; }
    // "12.4 GiB of 200 GiB used · 2 GiB reserved by uploads · 185.6 GiB free"
    QString text() const;

private:
    class Bar;
    Bar *m_bar;
    QLabel *m_text;
    protocol::StorageQuota m_quota;
};

} // namespace sc::ui
