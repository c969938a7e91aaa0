// The desktop app: wiring only. Widgets live in ui/, the broker connection in app/client/.
#include "client/BrokerClient.h"
#include "client/BrokerConnection.h"
#include "client/ConnectionProfile.h"
#include "client/KeychainCredentialStore.h"
#include "client/MemoryCredentialStore.h"
#include "ui/ConnectionDialog.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using sc::client::ConnectionProfile;

namespace {

// The language from the "ui/language" setting (e.g. "de"), else the system's.
QLocale uiLocale()
{
    const QString language = QSettings().value(u"ui/language"_s).toString();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void installTranslations(QApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    // Embedded by qt_add_translations under the default prefix /i18n.
    if (appTranslator->load(locale, u"sparecloud"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(appTranslator);
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "sparecloud: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"SpareCloud"_s);
    QApplication::setOrganizationDomain(u"sparecloud.io"_s);
    QApplication::setApplicationName(u"sparecloud"_s);
    QApplication::setApplicationDisplayName(u"SpareCloud"_s);
    QApplication::setApplicationVersion(QStringLiteral(SPARECLOUD_VERSION));
    QApplication::setDesktopFileName(u"io.sparecloud.SpareCloud"_s);
    QApplication::setWindowIcon(sc::ui::MainWindow::applicationIcon());

    const QLocale locale = uiLocale();
    QLocale::setDefault(locale);
    installTranslations(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop marketplace for spare cloud capacity."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate("main", "Start the offline demo right away, without asking."));
    const QCommandLineOption connectOption(u"connect"_s,
                                           QCoreApplication::translate("main", "Connect to the broker at <url>."),
                                           QCoreApplication::translate("main", "url"));
    const QCommandLineOption brokerOption(
        u"broker"_s,
        QCoreApplication::translate("main", "Run embedded brokers from this sparecloud-broker program."),
        QCoreApplication::translate("main", "path"));
    parser.addOptions({demoOption, connectOption, brokerOption});
    parser.process(app);

    std::optional<ConnectionProfile> requested;
    if (parser.isSet(demoOption) && parser.isSet(connectOption))
        return usageError(QCoreApplication::translate("main", "--demo and --connect exclude each other."));
    if (parser.isSet(demoOption)) {
        requested = ConnectionProfile{};
        requested->mode = ConnectionProfile::Mode::OfflineDemo;
    } else if (parser.isSet(connectOption)) {
        const QString address = parser.value(connectOption).trimmed();
        requested = ConnectionProfile{};
        requested->mode = ConnectionProfile::Mode::Remote;
        requested->remoteUrl = QUrl(address.contains(u"://"_s) ? address : u"https://"_s + address);
        if (const QString problem = requested->validationError(); !problem.isEmpty())
            return usageError(problem);
    }
    QString brokerExecutable;
    if (parser.isSet(brokerOption))
        brokerExecutable = QFileInfo(parser.value(brokerOption)).absoluteFilePath();

    // Remembered logins live in the desktop keyring; the demo has nothing worth keeping there.
    std::unique_ptr<sc::client::CredentialStore> credentials;
    if (parser.isSet(demoOption))
        credentials = std::make_unique<sc::client::MemoryCredentialStore>();
    else
        credentials = std::make_unique<sc::client::KeychainCredentialStore>(u"SpareCloud"_s);

    sc::client::BrokerClient client;
    sc::client::BrokerConnection connection(
        client, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), brokerExecutable);
    sc::ui::MainWindow window(client, connection, *credentials);
    window.show();

    QSettings settings;
    if (requested) {
        connection.connectTo(*requested);
    } else if (const auto saved = sc::ui::ConnectionDialog::savedProfile(settings)) {
        connection.connectTo(*saved);
    } else {
        // First start: ask, with the offline demo preselected.
        QTimer::singleShot(0, &window, &sc::ui::MainWindow::openConnectionDialog);
    }
    return QApplication::exec();
}
