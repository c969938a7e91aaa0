#include "ui/appliances/UploadRow.h"

#include "ui/StatusText.h"
#include "ui/appliances/ApplianceModel.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using State = sc::client::UploadManager::State;

namespace sc::ui {

namespace {
constexpr int kProgressRange = 1000;
} // namespace

UploadRow::UploadRow(const QString &key, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
    , m_name(new QLabel)
    , m_file(new QLabel)
    , m_state(new QLabel)
    , m_progress(new QProgressBar)
    , m_detail(new QLabel)
    , m_pause(new QToolButton)
    , m_cancel(new QToolButton)
{
    setObjectName(u"uploadRow"_s);
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_name->font();
    bold.setWeight(QFont::DemiBold);
    m_name->setFont(bold);
    m_file->setForegroundRole(QPalette::PlaceholderText);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(u"uploadState"_s);
    m_progress->setObjectName(u"uploadProgress"_s);
    m_progress->setRange(0, kProgressRange);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(8);
    m_detail->setObjectName(u"uploadDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_pause->setObjectName(u"uploadPause"_s);
    m_pause->setAutoRaise(true);
    m_cancel->setObjectName(u"uploadCancel"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this upload and drop what the broker received of it"));
    m_cancel->setAutoRaise(true);
    connect(m_pause, &QToolButton::clicked, this, [this] {
        if (m_paused)
            Q_EMIT resumeRequested(m_key);
        else
            Q_EMIT pauseRequested(m_key);
    });
    connect(m_cancel, &QToolButton::clicked, this, [this] { Q_EMIT cancelRequested(m_key); });

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(4);
    auto *title = new QHBoxLayout;
    title->setSpacing(8);
    title->addWidget(m_name);
    title->addWidget(m_file, 1);
    title->addWidget(m_state);
    layout->addLayout(title, 0, 0);
    layout->addWidget(m_progress, 1, 0);
    layout->addWidget(m_detail, 2, 0);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons, 0, 1, 3, 1, Qt::AlignVCenter);
    layout->setColumnStretch(0, 1);
}

QString UploadRow::stateText(State state)
{
    switch (state) {
    case State::Queued: return tr("Waiting");
    case State::Hashing: return tr("Checking the file");
    case State::Uploading: return tr("Uploading");
    case State::Paused: return tr("Paused");
    case State::Verifying: return tr("Being verified by the broker");
    case State::Done: return tr("Ready");
    case State::Failed: return tr("Failed");
    case State::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString UploadRow::durationText(qint64 seconds)
{
    if (seconds >= 3600)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
    if (seconds >= 60)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return tr("%1 s").arg(std::max<qint64>(seconds, 1));
}

QString UploadRow::progressText(const client::UploadManager::Upload &upload)
{
    const QLocale locale;
    QStringList parts;
    const auto speedAndTime = [&] {
        if (upload.bytesPerSecond > 0)
            parts << tr("%1/s").arg(locale.formattedDataSize(qint64(upload.bytesPerSecond), 1));
        if (upload.secondsLeft >= 0)
            parts << tr("%1 left").arg(durationText(upload.secondsLeft));
    };
    switch (upload.state) {
    case State::Hashing:
        parts << tr("Computing its checksum: %1 of %2")
                     .arg(ApplianceModel::sizeText(upload.hashedBytes), ApplianceModel::sizeText(upload.sizeBytes));
        speedAndTime();
        break;
    case State::Uploading:
        parts << tr("%1 of %2")
                     .arg(ApplianceModel::sizeText(upload.bytesDone), ApplianceModel::sizeText(upload.sizeBytes));
        speedAndTime();
        break;
    case State::Queued:
        parts << (upload.sha256.isEmpty() ? tr("Waiting for the file before it to be checked")
                                          : tr("Checked; waiting for the upload before it"));
        break;
    case State::Paused:
        parts << tr("%1 of %2 sent")
                     .arg(ApplianceModel::sizeText(upload.bytesDone), ApplianceModel::sizeText(upload.sizeBytes));
        break;
    case State::Verifying:
        parts << tr("Every byte is in; the broker checks the checksum and the %1 format")
                     .arg(ApplianceModel::formatText(upload.format));
        break;
    case State::Done: parts << tr("%1, now in your appliances").arg(ApplianceModel::sizeText(upload.sizeBytes)); break;
    case State::Failed:
    case State::Cancelled: break;
    }
    return parts.join(u" · "_s);
}

void UploadRow::setUpload(const client::UploadManager::Upload &upload)
{
    m_name->setText(upload.metadata.name);
    m_file->setText(QFileInfo(upload.filePath).fileName());
    m_file->setToolTip(upload.filePath);
    m_state->setText(stateText(upload.state));
    const bool problem = upload.state == State::Failed || !upload.error.isEmpty();
    m_state->setStyleSheet(problem ? u"color: %1;"_s.arg(statusColor(palette(), StatusTone::Problem).name())
                           : upload.state == State::Done
                               ? u"color: %1;"_s.arg(statusColor(palette(), StatusTone::Success).name())
                               : QString());

    qint64 done = upload.state == State::Hashing ? upload.hashedBytes : upload.bytesDone;
    if (upload.state == State::Done)
        done = upload.sizeBytes;
    m_progress->setValue(upload.sizeBytes > 0 ? int(double(done) / double(upload.sizeBytes) * kProgressRange) : 0);
    m_progress->setVisible(!upload.isFinished() || upload.state == State::Done);
    if (upload.state == State::Verifying)
        m_progress->setRange(0, 0); // busy: the broker works
    else
        m_progress->setRange(0, kProgressRange);

    QString detail;
    StatusTone tone = StatusTone::Neutral;
    if (!upload.error.isEmpty()) {
        detail = upload.error;
        tone = StatusTone::Problem;
    } else {
        detail = progressText(upload);
        if (!upload.notice.isEmpty())
            detail += u"\n"_s + upload.notice;
    }
    m_detail->setForegroundRole(tone == StatusTone::Problem ? QPalette::WindowText : QPalette::PlaceholderText);
    setStatusText(m_detail, detail, tone);

    m_paused = upload.state == State::Paused;
    m_pause->setText(m_paused ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(m_paused ? tr("Go on from where the broker stopped receiving")
                                 : tr("Stop for now; resuming goes on from where it stopped"));
    m_pause->setVisible(upload.canPause() || upload.canResume());
    m_cancel->setVisible(upload.canCancel());
}

QString UploadRow::stateText() const
{
    return m_state->text();
}

QString UploadRow::detailText() const
{
    return m_detail->text();
}

} // namespace sc::ui
