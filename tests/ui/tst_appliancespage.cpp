// The Appliances page against the offline demo's real broker (the
// sparecloud-broker of this build tree) logged in as the demo buyer: files
// dropped on the page go through the upload dialog into the upload panel
// with their progress and become appliances in the table; what cannot be
// uploaded is said in words; an own appliance is renamed and deleted from
// the detail panel; the quota bar follows.
#include "client/BrokerClient.h"
#include "client/BrokerConnection.h"
#include "client/ConnectionProfile.h"
#include "client/UploadManager.h"
#include "ui/AppliancesPage.h"
#include "ui/appliances/ApplianceDetailPanel.h"
#include "ui/appliances/ApplianceModel.h"
#include "ui/appliances/QuotaBar.h"
#include "ui/appliances/UploadDialog.h"
#include "ui/appliances/UploadPanel.h"
#include "ui/appliances/UploadRow.h"
#include "ui/market/ConfirmationPrompt.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using sc::client::BrokerClient;
using sc::client::BrokerConnection;
using sc::client::ConnectionProfile;
using sc::client::UploadManager;
using sc::ui::ApplianceModel;
using sc::ui::AppliancesPage;
using sc::ui::UploadRow;

namespace {

constexpr int kBrokerTimeoutMs = 60'000;
constexpr int kUploadTimeoutMs = 60'000;
constexpr qint64 kMiB = 1024 * 1024;

QString makeImage(const QTemporaryDir &dir, const QString &name, qint64 bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QByteArray(512, '\0'));
    QByteArray block(kMiB, Qt::Uninitialized);
    for (qint64 written = 512; written < bytes;) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = std::min<qint64>(block.size(), bytes - written);
        file.write(block.constData(), n);
        written += n;
    }
    return path;
}

} // namespace

class tst_AppliancesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsTheDirectoryAndQuota();
    void droppedFileIsUploadedWithProgress();
    void whatCannotBeUploadedIsSaidInWords();
    void changedFileFailsInWords();
    void ownApplianceIsRenamedAndDeleted();

private:
    void drop(const QStringList &paths);
    int rowNamed(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<BrokerClient> m_client;
    std::unique_ptr<BrokerConnection> m_connection;
    std::unique_ptr<AppliancesPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_AppliancesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpareCloudTests"_s);
    QCoreApplication::setApplicationName(u"tst_appliancespage"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().clear();
    QVERIFY(m_dir.isValid());

    m_client = std::make_unique<BrokerClient>();
    m_connection = std::make_unique<BrokerConnection>(
        *m_client, m_dir.filePath(u"data"_s), QStringLiteral(SPARECLOUD_BROKER_EXE));
    m_page = std::make_unique<AppliancesPage>(*m_client, *m_connection, m_dir.filePath(u"uploads.json"_s));
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_page->state(), AppliancesPage::State::NotConnected);

    ConnectionProfile demo;
    demo.mode = ConnectionProfile::Mode::OfflineDemo;
    m_connection->connectTo(demo);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->state() == AppliancesPage::State::Loaded
                                 || m_page->state() == AppliancesPage::State::Empty
                                 || m_connection->state() == BrokerConnection::State::Failed,
                             kBrokerTimeoutMs);
    QVERIFY2(m_connection->state() == BrokerConnection::State::Connected,
             qPrintable(m_connection->lastError() + u"\n"_s + m_connection->brokerLog()));
    QVERIFY(m_page->uploadAction()->isEnabled()); // the demo's buyer
}

void tst_AppliancesPage::cleanupTestCase()
{
    m_tester.reset();
    m_page.reset();
    m_connection.reset();
    m_client.reset();
}

void tst_AppliancesPage::drop(const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint where = m_page->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_page.get(), &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(m_page->findChild<QWidget *>(u"dropHint"_s)->isVisible());
    QDropEvent dropped(QPointF(where), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_page.get(), &dropped);
    QVERIFY(dropped.isAccepted());
    QVERIFY(!m_page->findChild<QWidget *>(u"dropHint"_s)->isVisible());
}

int tst_AppliancesPage::rowNamed(const QString &name) const
{
    const QList<sc::protocol::Appliance> rows = m_page->model()->rows();
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).metadata.name == name)
            return row;
    }
    return -1;
}

void tst_AppliancesPage::showsTheDirectoryAndQuota()
{
    QVERIFY(m_page->quotaBar()->isVisible());
    QVERIFY(m_page->quotaBar()->quota().limitBytes > 0);
    QVERIFY2(m_page->quotaBar()->text().contains(u" used"_s), qPrintable(m_page->quotaBar()->text()));
    if (m_page->state() == AppliancesPage::State::Empty) {
        // Says what to do, and offers it.
        auto *message = m_page->findChild<QWidget *>(u"appliancesMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY(m_page->findChild<QPushButton *>()->isVisible());
    } else {
        QVERIFY(m_page->table()->isVisible());
        QVERIFY(m_page->model()->rowCount() > 0);
        QVERIFY(m_page->detail()->applianceId().has_value()); // the first one is selected
    }
    QVERIFY(!m_page->uploadPanel()->isVisible()); // nothing queued yet
}

void tst_AppliancesPage::droppedFileIsUploadedWithProgress()
{
    const QString path = makeImage(m_dir, u"analytics-worker.img"_s, 24 * kMiB);
    m_page->uploads().setChunkSize(kMiB); // many steps to see
    sc::ui::UploadDialog::setNextAnswer(true);
    drop({path});
    QTRY_COMPARE(m_page->uploadPanel()->rowCount(), 1);
    QVERIFY(m_page->uploadPanel()->isVisible());
    const QList<UploadManager::Upload> queued = m_page->uploads().uploads();
    QCOMPARE(queued.size(), 1);
    const QString key = queued.first().key;
    QCOMPARE(queued.first().metadata.name, u"analytics-worker"_s); // the file's name
    QCOMPARE(queued.first().format, u"raw"_s);                     // as recognised

    UploadRow *row = m_page->uploadPanel()->row(key);
    QVERIFY(row);
    QTRY_VERIFY_WITH_TIMEOUT(row->progressBar()->value() > 0, kUploadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->uploads().upload(key)->isFinished(), kUploadTimeoutMs);
    QVERIFY2(m_page->uploads().upload(key)->state == UploadManager::State::Done,
             qPrintable(m_page->uploads().upload(key)->error));
    QCOMPARE(row->stateText(), UploadRow::stateText(UploadManager::State::Done));
    QCOMPARE(row->progressBar()->value(), row->progressBar()->maximum());
    QVERIFY(!row->cancelButton()->isVisible());

    // The new appliance appears, the quota counts it.
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(u"analytics-worker"_s) >= 0, 10'000);
    QCOMPARE(m_page->state(), AppliancesPage::State::Loaded);
    QTRY_VERIFY(m_page->quotaBar()->quota().usedBytes >= 24 * kMiB);
    const sc::protocol::Appliance appliance = m_page->model()->rowAt(rowNamed(u"analytics-worker"_s));
    QVERIFY(appliance.owned);
    QCOMPARE(appliance.visibility, u"private"_s);
    QCOMPARE(m_page->model()->index(rowNamed(u"analytics-worker"_s), ApplianceModel::SizeColumn).data().toString(),
             u"24 MiB"_s);

    m_page->uploadPanel()->clearButton()->click();
    QTRY_COMPARE(m_page->uploadPanel()->rowCount(), 0);
    QVERIFY(!m_page->uploadPanel()->isVisible());
}

void tst_AppliancesPage::whatCannotBeUploadedIsSaidInWords()
{
    const QString tiny = m_dir.filePath(u"tiny.img"_s);
    QFile file(tiny);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(100, 'x'));
    file.close();
    sc::ui::UploadDialog::setNextAnswer(true);
    drop({tiny});
    QVERIFY2(m_page->noticeText().contains(u"too small to be a disk image"_s), qPrintable(m_page->noticeText()));
    QCOMPARE(m_page->uploadPanel()->rowCount(), 0);

    drop({m_dir.path()});
    QVERIFY2(m_page->noticeText().startsWith(u"Folders cannot be uploaded"_s), qPrintable(m_page->noticeText()));
}

void tst_AppliancesPage::changedFileFailsInWords()
{
    const QString path = makeImage(m_dir, u"changing.img"_s, 16 * kMiB);
    sc::ui::UploadDialog::setNextAnswer(true);
    drop({path});
    QTRY_COMPARE(m_page->uploadPanel()->rowCount(), 1);
    const QString key = m_page->uploads().uploads().first().key;
    UploadRow *row = m_page->uploadPanel()->row(key);
    QVERIFY(row->pauseButton()->isVisible());
    row->pauseButton()->click();
    QCOMPARE(m_page->uploads().upload(key)->state, UploadManager::State::Paused);
    QCOMPARE(row->pauseButton()->text(), u"Resume"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(QByteArray(512, 'z'));
    file.close();
    row->pauseButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->uploads().upload(key)->state, UploadManager::State::Failed, kUploadTimeoutMs);
    QCOMPARE(row->stateText(), u"Failed"_s);
    QCOMPARE(row->detailText(), UploadManager::fileChangedText());
    QVERIFY(!row->pauseButton()->isVisible());
    m_page->uploadPanel()->clearButton()->click();
    QTRY_COMPARE(m_page->uploadPanel()->rowCount(), 0);
}

void tst_AppliancesPage::ownApplianceIsRenamedAndDeleted()
{
    const int row = rowNamed(u"analytics-worker"_s);
    QVERIFY(row >= 0);
    const qint64 id = m_page->model()->rowAt(row).id;
    auto *proxy = m_page->table()->model();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        if (proxy->index(r, 0).data(ApplianceModel::IdRole).toLongLong() == id)
            m_page->table()->setCurrentIndex(proxy->index(r, 0));
    }
    auto *detail = m_page->detail();
    QCOMPARE(detail->applianceId(), std::optional<qint64>(id));
    QVERIFY(detail->saveButton()->isVisible());
    QVERIFY(!detail->saveButton()->isEnabled()); // nothing changed yet
    detail->nameEdit()->setText(u"bad/name"_s);
    QVERIFY(!detail->saveButton()->isEnabled());
    QVERIFY2(detail->statusText().contains(u"must not contain / or \\"_s), qPrintable(detail->statusText()));
    detail->nameEdit()->setText(u"Analytics worker v2"_s);
    QVERIFY(detail->saveButton()->isEnabled());
    detail->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(u"Analytics worker v2"_s) >= 0, 10'000);

    const qint64 usedBefore = m_page->quotaBar()->quota().usedBytes;
    sc::ui::ConfirmationPrompt::setNextAnswer(true);
    detail->deleteButton()->click();
    QVERIFY(sc::ui::ConfirmationPrompt::lastQuestion().contains(u"Analytics worker v2"_s));
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(u"Analytics worker v2"_s) < 0, 10'000);
    QTRY_VERIFY(m_page->quotaBar()->quota().usedBytes < usedBefore);
}

QTEST_MAIN(tst_AppliancesPage)
#include "tst_appliancespage.moc"
