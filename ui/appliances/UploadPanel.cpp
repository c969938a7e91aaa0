#include "ui/appliances/UploadPanel.h"

#include "client/UploadManager.h"
#include "ui/appliances/UploadRow.h"
#include "ui/market/TableStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::UploadManager;

namespace sc::ui {

namespace {
constexpr int kMaxListHeight = 260;
} // namespace

UploadPanel::UploadPanel(UploadManager &uploads, QWidget *parent)
    : QWidget(parent)
    , m_uploads(uploads)
    , m_summary(new QLabel)
    , m_clear(new QPushButton(tr("Clear Finished")))
    , m_list(new QVBoxLayout)
{
    setObjectName(u"uploadPanel"_s);
    m_summary->setObjectName(u"uploadSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_clear->setObjectName(u"clearUploads"_s);
    m_clear->setToolTip(tr("Remove the uploads that are done, failed or cancelled from this list"));
    connect(m_clear, &QPushButton::clicked, &m_uploads, &UploadManager::clearFinished);

    auto *header = new QHBoxLayout;
    header->addWidget(TableStyle::sectionTitle(tr("Uploads")));
    header->addWidget(m_summary, 1);
    header->addWidget(m_clear);

    auto *content = new QWidget;
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(6);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(m_list);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"uploadList"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMaximumHeight(kMaxListHeight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(scroll);

    connect(&m_uploads, &UploadManager::uploadAdded, this, &UploadPanel::addRow);
    connect(&m_uploads, &UploadManager::uploadRemoved, this, &UploadPanel::removeRow);
    connect(&m_uploads, &UploadManager::uploadChanged, this, &UploadPanel::updateRow);
    const QList<UploadManager::Upload> existing = m_uploads.uploads();
    for (const UploadManager::Upload &upload : existing)
        addRow(upload.key);
    updateSummary();
}

void UploadPanel::addRow(const QString &key)
{
    if (m_rows.contains(key))
        return;
    auto *row = new UploadRow(key);
    connect(row, &UploadRow::pauseRequested, &m_uploads, &UploadManager::pause);
    connect(row, &UploadRow::resumeRequested, &m_uploads, &UploadManager::resume);
    connect(row, &UploadRow::cancelRequested, &m_uploads, &UploadManager::cancel);
    m_rows.insert(key, row);
    m_list->addWidget(row);
    updateRow(key);
}

void UploadPanel::removeRow(const QString &key)
{
    if (UploadRow *row = m_rows.take(key))
        row->deleteLater();
    updateSummary();
}

void UploadPanel::updateRow(const QString &key)
{
    UploadRow *row = m_rows.value(key);
    const auto upload = m_uploads.upload(key);
    if (row && upload)
        row->setUpload(*upload);
    updateSummary();
}

void UploadPanel::updateSummary()
{
    const int active = m_uploads.activeCount();
    const int finished = int(m_rows.size()) - active;
    m_summary->setText(active == 0   ? tr("Nothing on its way")
                       : active == 1 ? tr("1 file on its way")
                                     : tr("%1 files on their way").arg(active));
    m_clear->setEnabled(finished > 0);
    setVisible(!m_rows.isEmpty());
}

} // namespace sc::ui
