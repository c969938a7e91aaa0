#pragma once

#include "client/ApplianceClient.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace sc::ui {

// One appliance in detail: format, visibility, sizes, checksum, when it was
// added, and its description. The organization's own appliances can be
// changed here (name, OS, minimum memory and disk, description, notes: "Save")
// and deleted ("Delete…", after a confirmation); public ones are read-only.
// The broker's refusals are shown in plain words under the form.
class ApplianceDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplianceDetailPanel)

public:
    explicit ApplianceDetailPanel(client::BrokerClient &client, QWidget *parent = nullptr);

    // std::nullopt: none selected. The same appliance again keeps unsaved edits.
    void setAppliance(const std::optional<protocol::Appliance> &appliance);
    std::optional<qint64> applianceId() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QString statusText() const;

    // Sends the edited metadata.
    void save();
    // Asks for confirmation, then deletes.
    void deleteAppliance();

Q_SIGNALS:
    void saved(const sc::protocol::Appliance &appliance);
    void deleted(qint64 applianceId);

private:
    void fill(const protocol::Appliance &appliance);
    void updateButtons();
    protocol::ApplianceMetadata edited() const;
    void showStatus(const QString &text, bool problem);

    client::ApplianceClient m_appliances;
    std::optional<protocol::Appliance> m_appliance;
    QLabel *m_title;
    QLabel *m_badges;
    QLabel *m_facts;
    QLabel *m_sha;
    QLineEdit *m_name;
    QLineEdit *m_os;
    QSpinBox *m_memory;
    QSpinBox *m_disk;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_notes;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_delete;
    QWidget *m_body;
    QLabel *m_empty;
    bool m_busy = false;
};

} // namespace sc::ui
