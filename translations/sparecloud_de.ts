<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter the broker&apos;s address, for example https://broker.example.com.</source>
        <translation>Geben Sie die Adresse des Brokers ein, zum Beispiel https://broker.example.com.</translation>
    </message>
    <message>
        <source>The broker&apos;s address must start with https://.</source>
        <translation>Die Adresse des Brokers muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain HTTP would send your login unencrypted. Use https://, or explicitly allow plain HTTP.</source>
        <translation>Über unverschlüsseltes HTTP würden Ihre Anmeldedaten im Klartext übertragen. Verwenden Sie https:// oder erlauben Sie unverschlüsseltes HTTP ausdrücklich.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop marketplace for spare cloud capacity.</source>
        <translation>Desktop-Marktplatz für freie Cloud-Kapazität.</translation>
    </message>
    <message>
        <source>Start the offline demo right away, without asking.</source>
        <translation>Die Offline-Demo sofort starten, ohne nachzufragen.</translation>
    </message>
    <message>
        <source>Connect to the broker at &lt;url&gt;.</source>
        <translation>Mit dem Broker unter &lt;url&gt; verbinden.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Run embedded brokers from this sparecloud-broker program.</source>
        <translation>Eingebettete Broker mit diesem sparecloud-broker-Programm ausführen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>--demo and --connect exclude each other.</source>
        <translation>--demo und --connect schließen einander aus.</translation>
    </message>
</context>
<context>
    <name>sc::client::BrokerClient</name>
    <message>
        <source>The broker did not answer in time.</source>
        <translation>Der Broker hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to the broker failed: %1</source>
        <translation>Die sichere Verbindung zum Broker ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot reach the broker: %1</source>
        <translation>Der Broker ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The broker sent an answer that is not JSON (HTTP %1).</source>
        <translation>Der Broker hat eine Antwort gesendet, die kein JSON ist (HTTP %1).</translation>
    </message>
    <message>
        <source>The broker answered HTTP %1 %2.</source>
        <translation>Der Broker hat mit HTTP %1 %2 geantwortet.</translation>
    </message>
    <message>
        <source>The broker sent an unexpected answer: %1</source>
        <translation>Der Broker hat eine unerwartete Antwort gesendet: %1</translation>
    </message>
</context>
<context>
    <name>sc::client::BrokerConnection</name>
    <message>
        <source>Offline demo</source>
        <translation>Offline-Demo</translation>
    </message>
    <message>
        <source>Offline demo (embedded broker on %1)</source>
        <translation>Offline-Demo (eingebetteter Broker auf %1)</translation>
    </message>
    <message>
        <source>Local broker</source>
        <translation>Lokaler Broker</translation>
    </message>
    <message>
        <source>Local broker (embedded on %1)</source>
        <translation>Lokaler Broker (eingebettet auf %1)</translation>
    </message>
</context>
<context>
    <name>sc::client::EmbeddedBroker</name>
    <message>
        <source>The broker did not start within %1 seconds.</source>
        <translation>Der Broker ist nicht innerhalb von %1 Sekunden gestartet.</translation>
    </message>
    <message>
        <source>The broker program (sparecloud-broker) was not found.</source>
        <translation>Das Broker-Programm (sparecloud-broker) wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Cannot create the broker&apos;s data folder %1.</source>
        <translation>Der Datenordner des Brokers %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The broker could not be started: %1</source>
        <translation>Der Broker konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The broker started but does not answer: %1</source>
        <translation>Der Broker wurde gestartet, antwortet aber nicht: %1</translation>
    </message>
    <message>
        <source>The broker crashed.</source>
        <translation>Der Broker ist abgestürzt.</translation>
    </message>
    <message>
        <source>The broker stopped unexpectedly (exit code %1).</source>
        <translation>Der Broker wurde unerwartet beendet (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>sc::ui::ConnectionDialog</name>
    <message>
        <source>&amp;Offline demo</source>
        <translation>&amp;Offline-Demo</translation>
    </message>
    <message>
        <source>&amp;Local broker</source>
        <translation>&amp;Lokaler Broker</translation>
    </message>
    <message>
        <source>&amp;Remote broker</source>
        <translation>&amp;Entfernter Broker</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (unencrypted, for test setups only)</source>
        <translation>Unverschlüsseltes &amp;HTTP erlauben (nur für Testumgebungen)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to a Broker</source>
        <translation>Mit einem Broker verbinden</translation>
    </message>
    <message>
        <source>Choose where SpareCloud gets its marketplace from.</source>
        <translation>Wählen Sie, woher SpareCloud seinen Marktplatz bezieht.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>The broker printed nothing.</source>
        <translation>Der Broker hat nichts ausgegeben.</translation>
    </message>
    <message>
        <source>A broker on this computer with demo sellers and simulated trading on a fast clock. Nothing leaves your computer.</source>
        <translation>Ein Broker auf diesem Computer mit Demo-Anbietern und simuliertem Handel im Zeitraffer. Nichts verlässt Ihren Computer.</translation>
    </message>
    <message>
        <source>A broker on this computer that keeps your own data between sessions.</source>
        <translation>Ein Broker auf diesem Computer, der Ihre eigenen Daten über Sitzungen hinweg aufbewahrt.</translation>
    </message>
    <message>
        <source>A marketplace run by an operator, reached over the network.</source>
        <translation>Ein Marktplatz eines Betreibers, erreichbar über das Netzwerk.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Output of the broker:</source>
        <translation>Ausgabe des Brokers:</translation>
    </message>
</context>
<context>
    <name>sc::ui::InstanceTypeModel</name>
    <message>
        <source>General purpose</source>
        <translation>Allzweck</translation>
    </message>
    <message>
        <source>Compute optimized</source>
        <translation>Rechenoptimiert</translation>
    </message>
    <message>
        <source>Memory optimized</source>
        <translation>Speicheroptimiert</translation>
    </message>
    <message>
        <source>Storage optimized</source>
        <translation>Massenspeicheroptimiert</translation>
    </message>
    <message>
        <source>GPU accelerated</source>
        <translation>GPU-beschleunigt</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>The type&apos;s stable identifier, used in orders and the API</source>
        <translation>Die feste Kennung des Typs, verwendet in Aufträgen und in der API</translation>
    </message>
    <message>
        <source>Virtual CPU cores</source>
        <translation>Virtuelle CPU-Kerne</translation>
    </message>
    <message>
        <source>Memory in gibibytes (1 GiB = 1024 MiB)</source>
        <translation>Arbeitsspeicher in Gibibyte (1 GiB = 1024 MiB)</translation>
    </message>
    <message>
        <source>Local disk in gibibytes</source>
        <translation>Lokaler Datenträger in Gibibyte</translation>
    </message>
    <message>
        <source>Attached GPUs</source>
        <translation>Zugeordnete GPUs</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM (GiB)</source>
        <translation>RAM (GiB)</translation>
    </message>
    <message>
        <source>Disk (GiB)</source>
        <translation>Disk (GiB)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
</context>
<context>
    <name>sc::ui::MainWindow</name>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Seller console</source>
        <translation>Verkäuferkonsole</translation>
    </message>
    <message>
        <source>The instances you lease: where they run, their state and time left.</source>
        <translation>Ihre gemieteten Instanzen: wo sie laufen, ihr Zustand und ihre Restlaufzeit.</translation>
    </message>
    <message>
        <source>See every leased instance with its region, state and remaining lease time</source>
        <translation>Jede gemietete Instanz mit Region, Zustand und verbleibender Mietzeit sehen</translation>
    </message>
    <message>
        <source>Start, stop and restart instances, and follow their CPU, memory and network use</source>
        <translation>Instanzen starten, stoppen und neu starten und ihre CPU-, Speicher- und Netzwerkauslastung verfolgen</translation>
    </message>
    <message>
        <source>Renew a lease before it ends, or resell its remaining time on the market</source>
        <translation>Eine Miete vor ihrem Ende verlängern oder ihre Restzeit auf dem Markt weiterverkaufen</translation>
    </message>
    <message>
        <source>The VM images your instances boot from.</source>
        <translation>Die VM-Images, von denen Ihre Instanzen starten.</translation>
    </message>
    <message>
        <source>Upload qcow2, raw, VMDK and OVA images; interrupted uploads resume where they stopped</source>
        <translation>qcow2-, Raw-, VMDK- und OVA-Images hochladen; unterbrochene Uploads werden an der Abbruchstelle fortgesetzt</translation>
    </message>
    <message>
        <source>Have every image&apos;s checksum and format verified before it is used</source>
        <translation>Prüfsumme und Format jedes Images vor der Verwendung überprüfen lassen</translation>
    </message>
    <message>
        <source>Choose the appliance a bid starts as soon as it is filled</source>
        <translation>Die Appliance wählen, die ein Gebot startet, sobald es ausgeführt ist</translation>
    </message>
    <message>
        <source>Your balance, invoices and what each lease has cost.</source>
        <translation>Ihr Guthaben, Ihre Rechnungen und die Kosten jeder Miete.</translation>
    </message>
    <message>
        <source>See your balance and every charge and credit in one journal</source>
        <translation>Guthaben sowie alle Belastungen und Gutschriften in einem Journal sehen</translation>
    </message>
    <message>
        <source>Download monthly invoices</source>
        <translation>Monatsrechnungen herunterladen</translation>
    </message>
    <message>
        <source>Set a budget for renewing leases automatically</source>
        <translation>Ein Budget für die automatische Verlängerung von Mieten festlegen</translation>
    </message>
    <message>
        <source>For providers: sell your cloud&apos;s spare capacity.</source>
        <translation>Für Anbieter: die freie Kapazität Ihrer Cloud verkaufen.</translation>
    </message>
    <message>
        <source>Register your cloud&apos;s endpoint and map its hardware to catalog instance types</source>
        <translation>Den Endpunkt Ihrer Cloud registrieren und ihre Hardware den Instanztypen des Katalogs zuordnen</translation>
    </message>
    <message>
        <source>Place asks with a price per hour, an availability window and a maximum lease length</source>
        <translation>Angebote mit Stundenpreis, Verfügbarkeitszeitraum und maximaler Mietdauer einstellen</translation>
    </message>
    <message>
        <source>Follow your trades, utilization and provider rating</source>
        <translation>Ihre Abschlüsse, Auslastung und Anbieterbewertung verfolgen</translation>
    </message>
    <message>
        <source>Read your settlement statements</source>
        <translation>Ihre Abrechnungsbelege einsehen</translation>
    </message>
    <message>
        <source>SpareCloud</source>
        <translation>SpareCloud</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SpareCloud</source>
        <translation>Ü&amp;ber SpareCloud</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting — %1</source>
        <translation>Verbindung wird hergestellt — %1</translation>
    </message>
    <message>
        <source>Connected — %1</source>
        <translation>Verbunden — %1</translation>
    </message>
    <message>
        <source>Connection failed — %1</source>
        <translation>Verbindung fehlgeschlagen — %1</translation>
    </message>
    <message>
        <source>Request failed: %1</source>
        <translation>Anfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>About SpareCloud</source>
        <translation>Über SpareCloud</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SpareCloud %1&lt;/h3&gt;&lt;p&gt;A marketplace for spare cloud capacity: buy time-limited instances from providers&apos; unused capacity by price, location and rating, and run your own appliances on them.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SpareCloud %1&lt;/h3&gt;&lt;p&gt;Ein Marktplatz für freie Cloud-Kapazität: Kaufen Sie zeitlich begrenzte Instanzen aus ungenutzter Kapazität von Anbietern nach Preis, Standort und Bewertung und betreiben Sie darauf Ihre eigenen Appliances.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sc::ui::MarketplacePage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the catalog from the broker again (%1)</source>
        <translation>Den Katalog erneut vom Broker laden (%1)</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Standard instance sizes and the regions where sellers offer spare capacity.</source>
        <translation>Standardgrößen für Instanzen und die Regionen, in denen Anbieter freie Kapazität anbieten.</translation>
    </message>
    <message>
        <source>Filter by type, name, family, city or country…</source>
        <translation>Nach Typ, Name, Familie, Stadt oder Land filtern …</translation>
    </message>
    <message>
        <source>Instance types</source>
        <translation>Instanztypen</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connect to a broker to see the instance types and regions on offer. The offline demo needs no account and no network.</source>
        <translation>Verbinden Sie sich mit einem Broker, um die angebotenen Instanztypen und Regionen zu sehen. Die Offline-Demo braucht weder Konto noch Netzwerk.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <source>Connecting to the broker…</source>
        <translation>Verbindung zum Broker wird hergestellt …</translation>
    </message>
    <message>
        <source>Could not connect to the broker</source>
        <translation>Keine Verbindung zum Broker möglich</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>Katalog wird geladen …</translation>
    </message>
    <message>
        <source>The catalog could not be loaded</source>
        <translation>Der Katalog konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The catalog is empty</source>
        <translation>Der Katalog ist leer</translation>
    </message>
    <message>
        <source>This broker does not offer any instance types or regions yet. They appear here as soon as a seller lists capacity.</source>
        <translation>Dieser Broker bietet noch keine Instanztypen oder Regionen an. Sie erscheinen hier, sobald ein Anbieter Kapazität einstellt.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Instance types: %1 · Regions: %2 · Updated %3</source>
        <translation>Instanztypen: %1 · Regionen: %2 · Aktualisiert um %3</translation>
    </message>
    <message>
        <source>Instance types: %1 of %2 · Regions: %3 of %4 · Updated %5</source>
        <translation>Instanztypen: %1 von %2 · Regionen: %3 von %4 · Aktualisiert um %5</translation>
    </message>
</context>
<context>
    <name>sc::ui::PlaceholderPage</name>
    <message>
        <source>Coming soon</source>
        <translation>Demnächst verfügbar</translation>
    </message>
    <message>
        <source>This part of the portal is being built. When it is ready, it will let you:</source>
        <translation>Dieser Teil des Portals wird gerade gebaut. Wenn er fertig ist, können Sie hier:</translation>
    </message>
</context>
<context>
    <name>sc::ui::RegionModel</name>
    <message>
        <source>%1° %2</source>
        <comment>coordinate: value, compass direction</comment>
        <translation>%1° %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>country name (ISO code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>N</source>
        <comment>compass: north</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <comment>compass: south</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <comment>compass: east</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>W</source>
        <comment>compass: west</comment>
        <translation>W</translation>
    </message>
    <message>
        <source>The region&apos;s stable identifier, used in orders and the API</source>
        <translation>Die feste Kennung der Region, verwendet in Aufträgen und in der API</translation>
    </message>
    <message>
        <source>Approximate location of the region&apos;s data centers (WGS 84)</source>
        <translation>Ungefähre Lage der Rechenzentren der Region (WGS 84)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Länge</translation>
    </message>
</context>
</TS>
