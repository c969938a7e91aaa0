#pragma once

#include "client/UploadManager.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QToolButton;

namespace sc::ui {

// One file in the upload panel: its name and file, a progress bar (the
// checksum while hashing, then the bytes the broker confirmed), speed and
// time left, what went wrong in words, and Pause/Resume and Cancel.
class UploadRow final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadRow)

public:
    explicit UploadRow(const QString &key, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    void setUpload(const client::UploadManager::Upload &upload);

    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *pauseButton() const { return m_pause; }
    QToolButton *cancelButton() const { return m_cancel; }
    QString stateText() const;
    QString detailText() const;

    // "Uploading", "Checking the file", ...
    static QString stateText(client::UploadManager::State state);
    // "310 MiB of 2 GiB · 85 MB/s · 20 s left"
    static QString progressText(const client::UploadManager::Upload &upload);
    // "1 h 05 min", "3 min 12 s", "40 s"
    static QString durationText(qint64 seconds);

Q_SIGNALS:
    void pauseRequested(const QString &key);
    void resumeRequested(const QString &key);
    void cancelRequested(const QString &key);

private:
    QString m_key;
    QLabel *m_name;
    QLabel *m_file;
    QLabel *m_state;
    QProgressBar *m_progress;
    QLabel *m_detail;
    QToolButton *m_pause;
    QToolButton *m_cancel;
    bool m_paused = false;
};

} // namespace sc::ui
