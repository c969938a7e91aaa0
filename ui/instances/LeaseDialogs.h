#pragma once

#include "client/InstanceClient.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace sc::ui {

// "Renew…": extends a lease by some hours at its locked price. Shows what
// the hours cost and the new end; when the broker refuses (no renewal
// allowed, the limit reached, the lease ended) the dialog stays open with
// the reason in plain words. On success it emits renewed() and closes.
class RenewLeaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenewLeaseDialog)

public:
    RenewLeaseDialog(client::BrokerClient &client, const client::InstanceClient::Instance &instance,
                     const QString &what, QWidget *parent = nullptr);

    void setHours(int hours);
    QString costText() const;
    QString errorText() const;
    bool isPending() const { return m_pending; }
    void accept() override;

    // The broker's refusal of a renewal (renew or auto-renew) in plain words.
    static QString explain(const protocol::ApiError &error);

Q_SIGNALS:
    void renewed(const sc::client::InstanceClient::LeaseRenewal &renewal);

private:
    void updateCost();
    void showError(const QString &text);

    client::InstanceClient m_instances;
    client::InstanceClient::Instance m_instance;
    QSpinBox *m_hours;
    QLabel *m_cost;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_pending = false;
};

// "Auto-renew…": renews the lease some hours at a time, 15 minutes before
// each end, while the renewals cost at most a budget in all; or turns that
// off. The broker's refusal stays in the dialog in plain words.
class AutoRenewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoRenewDialog)

public:
    AutoRenewDialog(client::BrokerClient &client, const client::InstanceClient::Instance &instance, const QString &what,
                    QWidget *parent = nullptr);

    void setEnabledRenewal(bool on);
    void setHours(int hours);
    void setBudget(double euros);
    QString errorText() const;
    bool isPending() const { return m_pending; }
    void accept() override;

Q_SIGNALS:
    void changed(const sc::client::InstanceClient::LeaseRenewal &renewal);

private:
    void updateFields();
    void showError(const QString &text);

    client::InstanceClient m_instances;
    client::InstanceClient::Instance m_instance;
    QCheckBox *m_on;
    QSpinBox *m_hours;
    QDoubleSpinBox *m_budget;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_pending = false;
};

// "Review…": 1 to 5 stars and an optional comment for the provider of an
// ended lease, once per lease.
class ReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDialog)

public:
    ReviewDialog(client::BrokerClient &client, qint64 leaseId, const QString &what, QWidget *parent = nullptr);

    void setStars(int stars);
    void setComment(const QString &comment);
    QString errorText() const;
    bool isPending() const { return m_pending; }
    void accept() override;

    static QString explain(const protocol::ApiError &error);

Q_SIGNALS:
    void reviewed(qint64 leaseId);

private:
    void showError(const QString &text);

    client::InstanceClient m_instances;
    qint64 m_leaseId;
    QSpinBox *m_stars;
    QPlainTextEdit *m_comment;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_pending = false;
};

} // namespace sc::ui
