#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace sc::client {
class UploadManager;
}

namespace sc::ui {

class UploadRow;

// The upload manager's queue under the appliances: one UploadRow per file,
// newest last, with how many are still on their way and "Clear finished".
// Hidden while the queue is empty.
class UploadPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadPanel)

public:
    explicit UploadPanel(client::UploadManager &uploads, QWidget *parent = nullptr);

    UploadRow *row(const QString &key) const { return m_rows.value(key); }
    int rowCount() const { return int(m_rows.size()); }
    QPushButton *clearButton() const { return m_clear; }

private:
    void addRow(const QString &key);
    void removeRow(const QString &key);
    void updateRow(const QString &key);
    void updateSummary();

    client::UploadManager &m_uploads;
    QHash<QString, UploadRow *> m_rows;
    QLabel *m_summary;
    QPushButton *m_clear;
    QVBoxLayout *m_list;
};

} // namespace sc::ui
