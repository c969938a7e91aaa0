<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountRules</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Das Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>Das Passwort darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The password must not be your email address.</source>
        <translation>Das Passwort darf nicht Ihre E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <source>Enter a valid email address, for example dana@example.com.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel dana@example.com.</translation>
    </message>
</context>
<context>
    <name>ApplianceClient</name>
    <message>
        <source>Not enough storage: your organization has only %1 free for appliances. Delete appliances you no longer need, or ask the broker&apos;s operator for more.</source>
        <translation>Nicht genug Speicherplatz: Ihre Organisation hat nur noch %1 für Appliances frei. Löschen Sie Appliances, die Sie nicht mehr brauchen, oder bitten Sie den Betreiber des Brokers um mehr.</translation>
    </message>
    <message>
        <source>Not enough storage left for this image. Delete appliances you no longer need, or ask the broker&apos;s operator for more.</source>
        <translation>Für dieses Image ist nicht genug Speicherplatz übrig. Löschen Sie Appliances, die Sie nicht mehr brauchen, oder bitten Sie den Betreiber des Brokers um mehr.</translation>
    </message>
    <message>
        <source>Parts of the file arrived damaged several times in a row. Check the network and try again.</source>
        <translation>Teile der Datei sind mehrmals hintereinander beschädigt angekommen. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The broker received other bytes than the file&apos;s checksum describes; the file probably changed while it was being uploaded. Add it again.</source>
        <translation>Der Broker hat andere Bytes erhalten, als die Prüfsumme der Datei beschreibt; die Datei hat sich wahrscheinlich während des Hochladens geändert. Fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <source>The image is not in the format it was declared as. Add it again and choose the right format (or let it be recognised).</source>
        <translation>Das Image hat nicht das angegebene Format. Fügen Sie es erneut hinzu und wählen Sie das richtige Format (oder lassen Sie es erkennen).</translation>
    </message>
    <message>
        <source>The image is incomplete: it ends before its own header says it should.</source>
        <translation>Das Image ist unvollständig: Es endet früher, als sein eigener Header angibt.</translation>
    </message>
    <message>
        <source>The broker could not read the file as a disk image. Only qcow2, raw, VMDK and OVA images can be uploaded.</source>
        <translation>Der Broker konnte die Datei nicht als Disk-Image lesen. Nur qcow2-, Raw-, VMDK- und OVA-Images können hochgeladen werden.</translation>
    </message>
    <message>
        <source>The broker could not store the image. Try again later.</source>
        <translation>Der Broker konnte das Image nicht speichern. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>An open bid or a lease that has not started yet uses this appliance. Delete it once they no longer need it.</source>
        <translation>Ein offenes Gebot oder eine noch nicht begonnene Miete verwendet diese Appliance. Löschen Sie sie, sobald sie nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>The broker cannot be reached. Check the connection; uploads go on from where they stopped.</source>
        <translation>Der Broker ist nicht erreichbar. Prüfen Sie die Verbindung; Uploads werden dort fortgesetzt, wo sie aufgehört haben.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again, then resume the upload.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an und setzen Sie dann den Upload fort.</translation>
    </message>
    <message>
        <source>This account may not upload appliances. Log in as a buyer to upload images.</source>
        <translation>Dieses Konto darf keine Appliances hochladen. Melden Sie sich als Käufer an, um Images hochzuladen.</translation>
    </message>
    <message>
        <source>The broker no longer knows this upload: unfinished uploads expire after a day without progress.</source>
        <translation>Der Broker kennt diesen Upload nicht mehr: Unvollständige Uploads verfallen nach einem Tag ohne Fortschritt.</translation>
    </message>
    <message>
        <source>The broker refused the upload: %1</source>
        <translation>Der Broker hat den Upload abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>BillingClient</name>
    <message>
        <source>The card&apos;s bank declined the payment. Try another card, or ask the bank why.</source>
        <translation>Die Bank der Karte hat die Zahlung abgelehnt. Versuchen Sie es mit einer anderen Karte oder fragen Sie bei der Bank nach dem Grund.</translation>
    </message>
    <message>
        <source>The card does not have enough funds for this amount. Try a smaller amount or another card.</source>
        <translation>Die Karte ist für diesen Betrag nicht ausreichend gedeckt. Versuchen Sie einen kleineren Betrag oder eine andere Karte.</translation>
    </message>
    <message>
        <source>The card has expired. Use a card that is still valid.</source>
        <translation>Die Karte ist abgelaufen. Verwenden Sie eine Karte, die noch gültig ist.</translation>
    </message>
    <message>
        <source>The code did not match what the card&apos;s bank sent, so the payment was stopped. Start again to get a new code.</source>
        <translation>Der Code stimmte nicht mit dem überein, den die Bank der Karte gesendet hat, daher wurde die Zahlung abgebrochen. Beginnen Sie erneut, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>This card cannot be used here. Try a card of another kind or from another bank.</source>
        <translation>Diese Karte kann hier nicht verwendet werden. Versuchen Sie es mit einer Karte anderer Art oder von einer anderen Bank.</translation>
    </message>
    <message>
        <source>The payment did not go through.</source>
        <translation>Die Zahlung ist nicht durchgegangen.</translation>
    </message>
    <message>
        <source>The payment did not go through (%1).</source>
        <translation>Die Zahlung ist nicht durchgegangen (%1).</translation>
    </message>
    <message>
        <source>There is nothing to invoice yet: all your usage and payments are on earlier invoices.</source>
        <translation>Es gibt noch nichts abzurechnen: Ihre gesamte Nutzung und alle Zahlungen stehen bereits auf früheren Rechnungen.</translation>
    </message>
    <message>
        <source>What you have earned is below the minimum payout. It is paid out with a later statement.</source>
        <translation>Ihre Einnahmen liegen unter der Mindestauszahlung. Sie werden mit einer späteren Monatsabrechnung ausgezahlt.</translation>
    </message>
    <message>
        <source>The broker cannot be reached. Check the connection and try again.</source>
        <translation>Der Broker ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This account may not do this: %1</source>
        <translation>Dieses Konto darf das nicht: %1</translation>
    </message>
    <message>
        <source>The broker does not know this document.</source>
        <translation>Der Broker kennt dieses Dokument nicht.</translation>
    </message>
    <message>
        <source>This broker does not handle billing yet.</source>
        <translation>Dieser Broker unterstützt noch keine Abrechnung.</translation>
    </message>
</context>
<context>
    <name>BrokerClient</name>
    <message>
        <source>The broker sent an unexpected answer: %1</source>
        <translation>Der Broker hat eine unerwartete Antwort gesendet: %1</translation>
    </message>
</context>
<context>
    <name>BuybackClient</name>
    <message>
        <source>Waiting for the buyer</source>
        <translation>Wartet auf den Käufer</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>What you have earned and not been paid yet is less than this amount, so it cannot be offered.</source>
        <translation>Ihre noch nicht ausgezahlten Einnahmen sind geringer als dieser Betrag, daher kann er nicht angeboten werden.</translation>
    </message>
    <message>
        <source>The broker cannot be reached. Check the connection and try again.</source>
        <translation>Der Broker ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The broker does not know this lease or offer any more.</source>
        <translation>Der Broker kennt diese Miete oder dieses Angebot nicht mehr.</translation>
    </message>
    <message>
        <source>This cannot be done now: %1</source>
        <translation>Das ist jetzt nicht möglich: %1</translation>
    </message>
    <message>
        <source>This broker does not handle buy-backs yet.</source>
        <translation>Dieser Broker unterstützt noch keine Rückkäufe.</translation>
    </message>
</context>
<context>
    <name>CatalogIndex</name>
    <message>
        <source>%1, %2</source>
        <comment>city, country</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>instance type in region</comment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 vCPU · %2 GiB · %3 GPU</source>
        <translation>%1 vCPU · %2 GiB · %3 GPU</translation>
    </message>
    <message>
        <source>%1 vCPU · %2 GiB</source>
        <translation>%1 vCPU · %2 GiB</translation>
    </message>
</context>
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
    <message>
        <source>The trusted certificate fingerprint must be a SHA-256 fingerprint (64 hex digits).</source>
        <translation>Der Fingerabdruck des vertrauenswürdigen Zertifikats muss ein SHA-256-Fingerabdruck sein (64 Hexadezimalziffern).</translation>
    </message>
</context>
<context>
    <name>FileExport</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MoneyFormat</name>
    <message>
        <source>%1/h</source>
        <comment>price per hour</comment>
        <translation>%1/h</translation>
    </message>
</context>
<context>
    <name>NoMatchExplanation</name>
    <message>
        <source>%1 (★ %2)</source>
        <translation>%1 (★ %2)</translation>
    </message>
    <message>
        <source>There are no open offers on the market right now.</source>
        <translation>Im Moment gibt es keine offenen Angebote am Markt.</translation>
    </message>
    <message>
        <source>No open offer meets all of your conditions.</source>
        <translation>Kein offenes Angebot erfüllt alle Ihre Bedingungen.</translation>
    </message>
    <message>
        <source>Nearly matching:</source>
        <translation>Knapp verfehlt:</translation>
    </message>
    <message>
        <source>Offers that cost more than your %1 maximum: %2</source>
        <translation>Angebote teurer als Ihr Höchstpreis von %1: %2</translation>
    </message>
    <message>
        <source>Offers from providers rated below %1: %2</source>
        <translation>Angebote von Anbietern mit einer Bewertung unter %1: %2</translation>
    </message>
    <message>
        <source>Offers not available for the %1 hours you need: %2</source>
        <translation>Angebote, die nicht die benötigten %1 Stunden verfügbar sind: %2</translation>
    </message>
    <message>
        <source>Offers of other instance types than %1: %2</source>
        <translation>Angebote anderer Instanztypen als %1: %2</translation>
    </message>
    <message>
        <source>Offers with fewer than %1 vCPUs: %2</source>
        <translation>Angebote mit weniger als %1 vCPUs: %2</translation>
    </message>
    <message>
        <source>Offers with less than %1 GiB of RAM: %2</source>
        <translation>Angebote mit weniger als %1 GiB RAM: %2</translation>
    </message>
    <message>
        <source>Offers with less than %1 GiB of disk: %2</source>
        <translation>Angebote mit weniger als %1 GiB Festplatte: %2</translation>
    </message>
    <message>
        <source>Offers outside %1: %2</source>
        <translation>Angebote außerhalb von %1: %2</translation>
    </message>
    <message>
        <source>Offers in other regions than %1: %2</source>
        <translation>Angebote in anderen Regionen als %1: %2</translation>
    </message>
    <message>
        <source>Offers too far away: %1</source>
        <translation>Zu weit entfernte Angebote: %1</translation>
    </message>
    <message>
        <source>Offers excluded by “%1”: %2</source>
        <translation>Durch „%1“ ausgeschlossene Angebote: %2</translation>
    </message>
    <message>
        <source>costs %1 more than your maximum</source>
        <translation>kostet %1 mehr als Ihr Höchstpreis</translation>
    </message>
    <message>
        <source>is rated %1</source>
        <translation>ist mit %1 bewertet</translation>
    </message>
    <message>
        <source>is a %1</source>
        <translation>ist ein %1</translation>
    </message>
    <message>
        <source>has %1 vCPUs</source>
        <translation>hat %1 vCPUs</translation>
    </message>
    <message>
        <source>has %1 GiB of RAM</source>
        <translation>hat %1 GiB RAM</translation>
    </message>
    <message>
        <source>has %1 GiB of disk</source>
        <translation>hat %1 GiB Festplatte</translation>
    </message>
    <message>
        <source>is in %1</source>
        <translation>liegt in %1</translation>
    </message>
    <message>
        <source>is available until %1</source>
        <translation>ist bis %1 verfügbar</translation>
    </message>
    <message>
        <source>%1: %2 at %3 — %4</source>
        <translation>%1: %2 zu %3 – %4</translation>
    </message>
</context>
<context>
    <name>ResaleClient</name>
    <message>
        <source>The lease is not active, so its time cannot be sold.</source>
        <translation>Die Miete ist nicht aktiv, daher kann ihre Zeit nicht verkauft werden.</translation>
    </message>
    <message>
        <source>The seller of this capacity does not allow its leases to be resold.</source>
        <translation>Der Verkäufer dieser Kapazität erlaubt keinen Weiterverkauf seiner Mieten.</translation>
    </message>
    <message>
        <source>Too little time is left on the lease to sell it.</source>
        <translation>Auf der Miete ist zu wenig Zeit übrig, um sie zu verkaufen.</translation>
    </message>
    <message>
        <source>The time left on this lease is already on sale.</source>
        <translation>Die Restzeit dieser Miete wird bereits zum Verkauf angeboten.</translation>
    </message>
    <message>
        <source>The time left on this lease has already been sold.</source>
        <translation>Die Restzeit dieser Miete wurde bereits verkauft.</translation>
    </message>
    <message>
        <source>Your balance cannot cover what would be held for a price below what you pay.</source>
        <translation>Ihr Guthaben reicht nicht für den Betrag, der bei einem Preis unter Ihrem eigenen reserviert würde.</translation>
    </message>
    <message>
        <source>The broker cannot be reached. Check the connection and try again.</source>
        <translation>Der Broker ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The broker does not know this lease.</source>
        <translation>Der Broker kennt diese Miete nicht.</translation>
    </message>
    <message>
        <source>This cannot be done now: %1</source>
        <translation>Das ist jetzt nicht möglich: %1</translation>
    </message>
    <message>
        <source>The broker did not accept these values: %1</source>
        <translation>Der Broker hat diese Werte nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The broker did not accept %1: %2</source>
        <translation>Der Broker hat %1 nicht angenommen: %2</translation>
    </message>
    <message>
        <source>This broker does not handle lease resale yet.</source>
        <translation>Dieser Broker unterstützt noch keinen Weiterverkauf von Mieten.</translation>
    </message>
</context>
<context>
    <name>UploadManager</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
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
    <message>
        <source>The broker&apos;s certificate cannot be trusted: %1 Its SHA-256 fingerprint is %2. Trust it only if the broker&apos;s operator confirms this fingerprint.</source>
        <translation>Dem Zertifikat des Brokers kann nicht vertraut werden: %1 Sein SHA-256-Fingerabdruck ist %2. Vertrauen Sie ihm nur, wenn der Betreiber des Brokers diesen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>The broker&apos;s answer is too large.</source>
        <translation>Die Antwort des Brokers ist zu groß.</translation>
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
    <name>sc::client::ChunkedUpload</name>
    <message>
        <source>The broker refused the image.</source>
        <translation>Der Broker hat das Image abgelehnt.</translation>
    </message>
    <message>
        <source>%1 The upload is paused; resume it when the broker is back.</source>
        <translation>%1 Der Upload ist angehalten; setzen Sie ihn fort, sobald der Broker wieder da ist.</translation>
    </message>
    <message>
        <source>The broker did not answer (%1); trying again in %2 s.</source>
        <translation>Der Broker hat nicht geantwortet (%1); neuer Versuch in %2 s.</translation>
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
    <name>sc::client::MemoryCredentialStore</name>
    <message>
        <source>Nothing is stored for %1.</source>
        <translation>Für %1 ist nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>sc::client::UploadManager</name>
    <message>
        <source>The file changed on disk since you picked it (its size or modification time is not the same), so its bytes no longer match what was checked. Add it again to upload what it holds now.</source>
        <translation>Die Datei hat sich auf dem Datenträger geändert, seit Sie sie ausgewählt haben (Größe oder Änderungszeit sind anders), daher passen ihre Bytes nicht mehr zur Prüfung. Fügen Sie sie erneut hinzu, um ihren jetzigen Inhalt hochzuladen.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is too small to be a disk image (less than 512 bytes).</source>
        <translation>Die Datei ist zu klein für ein Disk-Image (weniger als 512 Bytes).</translation>
    </message>
    <message>
        <source>The file is larger than the %1 an appliance may have.</source>
        <translation>Die Datei ist größer als die %1, die eine Appliance haben darf.</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>Der Name %1.</translation>
    </message>
    <message>
        <source>%1 is not a format the broker takes (qcow2, raw, VMDK, OVA).</source>
        <translation>%1 ist kein Format, das der Broker annimmt (qcow2, Raw, VMDK, OVA).</translation>
    </message>
    <message>
        <source>Log in to a broker to upload appliances.</source>
        <translation>Melden Sie sich bei einem Broker an, um Appliances hochzuladen.</translation>
    </message>
</context>
<context>
    <name>sc::ui::AccountButton</name>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Nobody is logged in to this broker.</source>
        <translation>Bei diesem Broker ist niemand angemeldet.</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>account button: display name · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;
%3 of %4</source>
        <translation>%1 &lt;%2&gt;
%3 bei %4</translation>
    </message>
</context>
<context>
    <name>sc::ui::ApplianceDetailPanel</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Select an appliance to see it in detail.</source>
        <translation>Wählen Sie eine Appliance aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Anything else: how to log in, what to change after the first boot</source>
        <translation>Alles Weitere: wie man sich anmeldet, was nach dem ersten Start zu ändern ist</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>&amp;Betriebssystem:</translation>
    </message>
    <message>
        <source>Minimum &amp;memory:</source>
        <translation>Mindest-&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Minimum dis&amp;k:</source>
        <translation>Mindest-&amp;Festplatte:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1-Datei</translation>
    </message>
    <message>
        <source>a %1 disk for the guest</source>
        <translation>eine %1-Festplatte für den Gast</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt am %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>What it runs, how to log in</source>
        <translation>Was sie ausführt, wie man sich anmeldet</translation>
    </message>
    <message>
        <source>A public appliance, curated by the broker&apos;s operators: every buyer can run it, nobody but the operators can change it.</source>
        <translation>Eine öffentliche Appliance, kuratiert von den Betreibern des Brokers: Jeder Käufer kann sie ausführen, niemand außer den Betreibern kann sie ändern.</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>Der Name %1.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Delete Appliance</source>
        <translation>Appliance löschen</translation>
    </message>
    <message>
        <source>Delete “%1” (%2)? Bids can no longer start it, and its storage is freed. This cannot be undone; to have it again, upload the image again.</source>
        <translation>„%1“ (%2) löschen? Gebote können sie nicht mehr starten, und ihr Speicherplatz wird frei. Das kann nicht rückgängig gemacht werden; um sie wieder zu haben, laden Sie das Image erneut hoch.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
</context>
<context>
    <name>sc::ui::ApplianceModel</name>
    <message>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>It needs at least %1 of memory and %2 of disk</source>
        <translation>Sie braucht mindestens %1 Arbeitsspeicher und %2 Festplatte</translation>
    </message>
    <message>
        <source>%1 file; the guest sees a %2 disk</source>
        <translation>%1-Datei; der Gast sieht eine %2-Festplatte</translation>
    </message>
    <message>
        <source>Curated by the broker&apos;s operators; every buyer can run it.</source>
        <translation>Kuratiert von den Betreibern des Brokers; jeder Käufer kann sie ausführen.</translation>
    </message>
    <message>
        <source>Your organization&apos;s own image; only you can run it.</source>
        <translation>Das eigene Image Ihrer Organisation; nur Sie können es ausführen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>sc::ui::AppliancesPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Hochladen …</translation>
    </message>
    <message>
        <source>Load the appliances and your storage from the broker again</source>
        <translation>Die Appliances und Ihren Speicherplatz erneut vom Broker laden</translation>
    </message>
    <message>
        <source>Upload a VM image (qcow2, raw, VMDK or OVA); you can also drop files on this page</source>
        <translation>Ein VM-Image hochladen (qcow2, Raw, VMDK oder OVA); Sie können Dateien auch auf diese Seite ziehen</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <source>The VM images your instances boot from: the operators&apos; public ones and your organization&apos;s own.</source>
        <translation>Die VM-Images, von denen Ihre Instanzen starten: die öffentlichen der Betreiber und die eigenen Ihrer Organisation.</translation>
    </message>
    <message>
        <source>Drop the image files to upload them</source>
        <translation>Legen Sie die Image-Dateien ab, um sie hochzuladen</translation>
    </message>
    <message>
        <source>Sellers do not upload appliances; log in as a buyer to upload images.</source>
        <translation>Verkäufer laden keine Appliances hoch; melden Sie sich als Käufer an, um Images hochzuladen.</translation>
    </message>
    <message>
        <source>1 appliance, %1 your own</source>
        <translation>1 Appliance, davon %1 eigene</translation>
    </message>
    <message>
        <source>%1 appliances, %2 your own</source>
        <translation>%1 Appliances, davon %2 eigene</translation>
    </message>
    <message>
        <source>Upload Images</source>
        <translation>Images hochladen</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw *.vmdk *.ova *.iso)</source>
        <translation>Disk-Images (*.qcow2 *.img *.raw *.vmdk *.ova *.iso)</translation>
    </message>
    <message>
        <source>Any file (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folders cannot be uploaded (%1); drop the image files themselves.</source>
        <translation>Ordner können nicht hochgeladen werden (%1); ziehen Sie die Image-Dateien selbst hierher.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connect to a broker to see the appliances you can run and upload your own.</source>
        <translation>Verbinden Sie sich mit einem Broker, um die Appliances zu sehen, die Sie ausführen können, und eigene hochzuladen.</translation>
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
        <source>Loading the appliances…</source>
        <translation>Die Appliances werden geladen …</translation>
    </message>
    <message>
        <source>The appliances could not be loaded</source>
        <translation>Die Appliances konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No appliances yet</source>
        <translation>Noch keine Appliances</translation>
    </message>
    <message>
        <source>Upload a VM image (qcow2, raw, VMDK or OVA): choose “Upload an Image…” or drop the file on this page. An interrupted upload goes on where it stopped, even after the app was closed.</source>
        <translation>Laden Sie ein VM-Image hoch (qcow2, Raw, VMDK oder OVA): Wählen Sie „Ein Image hochladen …“ oder ziehen Sie die Datei auf diese Seite. Ein unterbrochener Upload wird dort fortgesetzt, wo er aufgehört hat, auch nachdem die App geschlossen wurde.</translation>
    </message>
    <message>
        <source>The broker has no public appliances yet, and this account cannot upload its own. Log in as a buyer to upload images.</source>
        <translation>Der Broker hat noch keine öffentlichen Appliances, und dieses Konto kann keine eigenen hochladen. Melden Sie sich als Käufer an, um Images hochzuladen.</translation>
    </message>
    <message>
        <source>Upload an Image…</source>
        <translation>Ein Image hochladen …</translation>
    </message>
</context>
<context>
    <name>sc::ui::AskModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Price (per h)</source>
        <translation>Preis (pro h)</translation>
    </message>
    <message>
        <source>Open (slots)</source>
        <translation>Offen (Slots)</translation>
    </message>
    <message>
        <source>Lease (h)</source>
        <translation>Miete (h)</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Verfügbar bis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>sc::ui::AutoRenewDialog</name>
    <message>
        <source>Renew this lease &amp;automatically</source>
        <translation>Diese Miete &amp;automatisch verlängern</translation>
    </message>
    <message>
        <source>Automatic renewal</source>
        <translation>Automatische Verlängerung</translation>
    </message>
    <message>
        <source>The broker renews the lease of %1 at its locked price of %2, 15 minutes before each end, as long as the renewals cost no more than your budget in all.</source>
        <translation>Der Broker verlängert die Miete von %1 zum festen Preis von %2 jeweils 15 Minuten vor ihrem Ende, solange die Verlängerungen insgesamt nicht mehr als Ihr Budget kosten.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Hours at a time:</source>
        <translation>&amp;Stunden pro Verlängerung:</translation>
    </message>
    <message>
        <source>&amp;Budget in all:</source>
        <translation>&amp;Budget insgesamt:</translation>
    </message>
    <message>
        <source>The lease ends as it stands; it is not renewed automatically.</source>
        <translation>Die Miete endet wie vorgesehen; sie wird nicht automatisch verlängert.</translation>
    </message>
    <message numerus="yes">
        <source>Each renewal adds %n hour(s) for %1.</source>
        <translation>
            <numerusform>Jede Verlängerung fügt %n Stunde für %1 hinzu.</numerusform>
            <numerusform>Jede Verlängerung fügt %n Stunden für %1 hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The budget does not cover even one renewal of %n hour(s). Raise the budget or choose fewer hours.</source>
        <translation>
            <numerusform>Das Budget reicht nicht einmal für eine Verlängerung um %n Stunde. Erhöhen Sie das Budget oder wählen Sie weniger Stunden.</numerusform>
            <numerusform>Das Budget reicht nicht einmal für eine Verlängerung um %n Stunden. Erhöhen Sie das Budget oder wählen Sie weniger Stunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::ui::BalanceSummary</name>
    <message>
        <source>Owed</source>
        <translation>Geschuldet</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <source>Choose below which amounts of credit you are warned</source>
        <translation>Wählen Sie, unterhalb welcher Guthabenbeträge Sie gewarnt werden</translation>
    </message>
    <message>
        <source>Available credit</source>
        <translation>Verfügbares Guthaben</translation>
    </message>
    <message>
        <source>Held for bids and running leases</source>
        <translation>Reserviert für Gebote und laufende Mieten</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Ausgegeben in diesem Monat</translation>
    </message>
    <message>
        <source>Usage includes %1 VAT (%2).</source>
        <translation>Die Nutzung enthält %1 MwSt. (%2).</translation>
    </message>
    <message>
        <source>No low-balance alerts.</source>
        <translation>Keine Warnungen bei niedrigem Guthaben.</translation>
    </message>
    <message>
        <source>Alerts below %1.</source>
        <translation>Warnungen unter %1.</translation>
    </message>
</context>
<context>
    <name>sc::ui::BidModel</name>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Buy now</source>
        <translation>Sofort kaufen</translation>
    </message>
    <message>
        <source>All or nothing</source>
        <translation>Alles oder nichts</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Gebot</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Max price (per h)</source>
        <translation>Höchstpreis (pro h)</translation>
    </message>
    <message>
        <source>Filled (slots)</source>
        <translation>Ausgeführt (Slots)</translation>
    </message>
    <message>
        <source>Duration (h)</source>
        <translation>Dauer (h)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Erteilt</translation>
    </message>
</context>
<context>
    <name>sc::ui::BillingPage</name>
    <message numerus="yes">
        <source>%1 (in %n min)</source>
        <translation>
            <numerusform>%1 (in %n Min.)</numerusform>
            <numerusform>%1 (in %n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Older</source>
        <translation>Ältere zeigen</translation>
    </message>
    <message>
        <source>Add Credit…</source>
        <translation>Guthaben aufladen …</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load your balance, transactions and invoices from the broker again</source>
        <translation>Ihr Guthaben, Ihre Buchungen und Rechnungen erneut vom Broker laden</translation>
    </message>
    <message>
        <source>Add prepaid credit with a card</source>
        <translation>Prepaid-Guthaben per Karte aufladen</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Your prepaid credit, what your instances cost, and your invoices.</source>
        <translation>Ihr Prepaid-Guthaben, was Ihre Instanzen kosten, und Ihre Rechnungen.</translation>
    </message>
    <message>
        <source>Spent per day over the last %1 days</source>
        <translation>Ausgaben pro Tag in den letzten %1 Tagen</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Load the next %1 older transactions</source>
        <translation>Die nächsten %1 älteren Buchungen laden</translation>
    </message>
    <message>
        <source>Your credit (%1) does not cover the next hour of your running instances. Unless you add credit, their leases end at %2.</source>
        <translation>Ihr Guthaben (%1) deckt die nächste Stunde Ihrer laufenden Instanzen nicht. Wenn Sie kein Guthaben aufladen, enden ihre Mieten um %2.</translation>
    </message>
    <message>
        <source>Your credit (%1) does not cover the next hour of your running instances. Unless you add credit, their leases end soon.</source>
        <translation>Ihr Guthaben (%1) deckt die nächste Stunde Ihrer laufenden Instanzen nicht. Wenn Sie kein Guthaben aufladen, enden ihre Mieten bald.</translation>
    </message>
    <message>
        <source>Your credit is low: %1, below your alert at %2. Add credit so your instances keep running and your bids can match.</source>
        <translation>Ihr Guthaben ist niedrig: %1, unter Ihrer Warnschwelle von %2. Laden Sie Guthaben auf, damit Ihre Instanzen weiterlaufen und Ihre Gebote zum Zug kommen können.</translation>
    </message>
    <message>
        <source>Your credit is low: %1. Add credit so your instances keep running and your bids can match.</source>
        <translation>Ihr Guthaben ist niedrig: %1. Laden Sie Guthaben auf, damit Ihre Instanzen weiterlaufen und Ihre Gebote zum Zug kommen können.</translation>
    </message>
    <message>
        <source>The spending could not be loaded:
%1</source>
        <translation>Die Ausgaben konnten nicht geladen werden:
%1</translation>
    </message>
    <message>
        <source>The transactions could not be loaded: %1</source>
        <translation>Die Buchungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No transactions yet. Adding credit, bids that hold money and the hourly usage of your instances show here.</source>
        <translation>Noch keine Buchungen. Aufgeladenes Guthaben, Gebote, die Geld reservieren, und die stündliche Nutzung Ihrer Instanzen erscheinen hier.</translation>
    </message>
    <message>
        <source>Newest first. Held amounts are reserved for open bids and the next hour of running leases, and come back when they are released.</source>
        <translation>Neueste zuerst. Reservierte Beträge sind für offene Gebote und die nächste Stunde laufender Mieten vorgesehen und kommen zurück, wenn sie freigegeben werden.</translation>
    </message>
    <message>
        <source>The older transactions could not be loaded: %1</source>
        <translation>Die älteren Buchungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connect to a broker to see your credit, what your instances cost and your invoices.</source>
        <translation>Verbinden Sie sich mit einem Broker, um Ihr Guthaben, die Kosten Ihrer Instanzen und Ihre Rechnungen zu sehen.</translation>
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
        <source>For buyers</source>
        <translation>Für Käufer</translation>
    </message>
    <message>
        <source>Credit, spending and invoices belong to buyers. Sellers find their earnings, statements and payouts in the Seller console.</source>
        <translation>Guthaben, Ausgaben und Rechnungen gehören zu Käufern. Verkäufer finden ihre Einnahmen, Monatsabrechnungen und Auszahlungen in der Verkäuferkonsole.</translation>
    </message>
    <message>
        <source>Loading your balance…</source>
        <translation>Ihr Guthaben wird geladen …</translation>
    </message>
    <message>
        <source>Your balance could not be loaded</source>
        <translation>Ihr Guthaben konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>sc::ui::BuybackOfferDialog</name>
    <message>
        <source>Offer a buy-back for lease %1</source>
        <translation>Rückkauf für Miete %1 anbieten</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Anbieten</translation>
    </message>
    <message>
        <source>Offer the buyer of %1 an amount to end the lease after a notice. The amount is held from what you have earned until the buyer decides; it is paid to the buyer if they accept and comes back to you if they refuse or do not answer within a day.</source>
        <translation>Bieten Sie dem Käufer von %1 einen Betrag an, damit die Miete nach einer Frist endet. Der Betrag wird von Ihren Einnahmen reserviert, bis der Käufer entscheidet; er wird an den Käufer gezahlt, wenn er annimmt, und kommt an Sie zurück, wenn er ablehnt oder nicht innerhalb eines Tages antwortet.</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>Payable to you now: %1.</source>
        <translation>Jetzt an Sie auszahlbar: %1.</translation>
    </message>
    <message>
        <source>Loading what is payable to you now…</source>
        <translation>Der jetzt an Sie auszahlbare Betrag wird geladen …</translation>
    </message>
    <message>
        <source>What is payable to you now could not be loaded: %1</source>
        <translation>Der jetzt an Sie auszahlbare Betrag konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Wait until what is payable to you is known: the offer is held from it.</source>
        <translation>Warten Sie, bis der an Sie auszahlbare Betrag bekannt ist: Das Angebot wird davon reserviert.</translation>
    </message>
    <message>
        <source>You can offer at most %1, what is payable to you now: the amount is held from it until the buyer decides.</source>
        <translation>Sie können höchstens %1 anbieten, den jetzt an Sie auszahlbaren Betrag: Der Betrag wird davon reserviert, bis der Käufer entscheidet.</translation>
    </message>
</context>
<context>
    <name>sc::ui::BuybackOffersPanel</name>
    <message>
        <source>Standing rule…</source>
        <translation>Feste Regel …</translation>
    </message>
    <message>
        <source>Accept any buy-back offer of at least an amount, without asking</source>
        <translation>Jedes Rückkaufangebot ab einem bestimmten Betrag ohne Nachfrage annehmen</translation>
    </message>
    <message>
        <source>Buy-back offers</source>
        <translation>Rückkaufangebote</translation>
    </message>
    <message>
        <source>A provider</source>
        <translation>Ein Anbieter</translation>
    </message>
    <message>
        <source>Provider %1</source>
        <translation>Anbieter %1</translation>
    </message>
    <message>
        <source>1 hour&apos;s notice</source>
        <translation>1 Stunde Frist</translation>
    </message>
    <message>
        <source>%1 hours&apos; notice</source>
        <translation>%1 Stunden Frist</translation>
    </message>
    <message>
        <source>%1 offers %2 to end lease %3 after %4.</source>
        <translation>%1 bietet %2, um Miete %3 nach %4 zu beenden.</translation>
    </message>
    <message>
        <source>The offer expires at %1.</source>
        <translation>Das Angebot läuft um %1 ab.</translation>
    </message>
    <message>
        <source>Accept %1 for lease %2? The lease will end at %3, its instance is stopped then and renewals stop. The amount is credited to your balance.</source>
        <translation>%1 für Miete %2 annehmen? Die Miete endet um %3, ihre Instanz wird dann angehalten und Verlängerungen enden. Der Betrag wird Ihrem Guthaben gutgeschrieben.</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Annehmen …</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>No open offers. A provider may offer to buy back a lease it needs back; you decide here.</source>
        <translation>Keine offenen Angebote. Ein Anbieter kann anbieten, eine Miete zurückzukaufen, die er zurückbraucht; Sie entscheiden hier.</translation>
    </message>
    <message>
        <source>1 open offer for your leases.</source>
        <translation>1 offenes Angebot für Ihre Mieten.</translation>
    </message>
    <message>
        <source>%1 open offers for your leases.</source>
        <translation>%1 offene Angebote für Ihre Mieten.</translation>
    </message>
    <message>
        <source>Accept the buy-back</source>
        <translation>Rückkauf annehmen</translation>
    </message>
    <message>
        <source>Accepting the offer for lease %1…</source>
        <translation>Angebot für Miete %1 wird angenommen …</translation>
    </message>
    <message>
        <source>Refusing the offer for lease %1…</source>
        <translation>Angebot für Miete %1 wird abgelehnt …</translation>
    </message>
    <message>
        <source>Offers of at least %1 are now accepted for you.</source>
        <translation>Angebote ab %1 werden jetzt für Sie angenommen.</translation>
    </message>
    <message>
        <source>No standing rule: you decide each offer yourself.</source>
        <translation>Keine feste Regel: Sie entscheiden jedes Angebot selbst.</translation>
    </message>
</context>
<context>
    <name>sc::ui::BuybackRuleDialog</name>
    <message>
        <source>Accept any buy-back offer of at least</source>
        <translation>Jedes Rückkaufangebot annehmen ab</translation>
    </message>
    <message>
        <source>Standing rule for buy-backs</source>
        <translation>Feste Regel für Rückkäufe</translation>
    </message>
    <message>
        <source>When a provider offers to buy back one of your leases for at least this amount, the offer is accepted for you: the lease ends after the provider&apos;s notice and the amount is credited to your balance. Off: you decide each offer yourself.</source>
        <translation>Wenn ein Anbieter anbietet, eine Ihrer Mieten für mindestens diesen Betrag zurückzukaufen, wird das Angebot für Sie angenommen: Die Miete endet nach der Frist des Anbieters, und der Betrag wird Ihrem Guthaben gutgeschrieben. Aus: Sie entscheiden jedes Angebot selbst.</translation>
    </message>
</context>
<context>
    <name>sc::ui::CapacityChart</name>
    <message>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Select a connected cloud to see its capacity.</source>
        <translation>Wählen Sie eine verbundene Cloud aus, um ihre Kapazität zu sehen.</translation>
    </message>
    <message>
        <source>No capacity readings in this period yet.
The broker reads the cloud&apos;s capacity every few minutes.</source>
        <translation>In diesem Zeitraum gibt es noch keine Kapazitätsmessungen.
Der Broker liest die Kapazität der Cloud alle paar Minuten aus.</translation>
    </message>
</context>
<context>
    <name>sc::ui::CatalogPanel</name>
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
        <source>Catalog</source>
        <translation>Katalog</translation>
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
    <name>sc::ui::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change Password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>After the change, your other computers and sessions are logged out; this one stays logged in.</source>
        <translation>Nach der Änderung werden Ihre anderen Computer und Sitzungen abgemeldet; diese bleibt angemeldet.</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Ihr Passwort wird geändert …</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The broker did not accept the new password: at least %1 characters, and not your email address.</source>
        <translation>Der Broker hat das neue Passwort nicht angenommen: mindestens %1 Zeichen und nicht Ihre E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>sc::ui::CloudDetailPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Refresh cloud</source>
        <translation>Cloud aktualisieren</translation>
    </message>
    <message>
        <source>No cloud is connected to this provider: you list its capacity by hand, and the broker does not start instances on it.</source>
        <translation>Mit diesem Anbieter ist keine Cloud verbunden: Sie bieten seine Kapazität von Hand an, und der Broker startet dort keine Instanzen.</translation>
    </message>
    <message>
        <source>Have the broker check the cloud now and import its regions and profiles again</source>
        <translation>Den Broker die Cloud jetzt prüfen und ihre Regionen und Profile erneut importieren lassen</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Software:</source>
        <translation>Software:</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Last heard from:</source>
        <translation>Zuletzt erreicht:</translation>
    </message>
    <message>
        <source>Failures in a row:</source>
        <translation>Fehler in Folge:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>Next check:</source>
        <translation>Nächste Prüfung:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regionen:</translation>
    </message>
    <message>
        <source>Hardware profiles and slots</source>
        <translation>Hardwareprofile und Slots</translation>
    </message>
    <message>
        <source>Buyers see it as %1 · ★ %2</source>
        <translation>Käufer sehen ihn als %1 · ★ %2</translation>
    </message>
    <message>
        <source>%1, verified %2</source>
        <translation>%1, geprüft %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (nicht im Katalog)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>%1 could not be refreshed. %2</source>
        <translation>%1 konnte nicht aktualisiert werden. %2</translation>
    </message>
    <message>
        <source>%1 checked: %2 profiles imported.</source>
        <translation>%1 geprüft: %2 Profile importiert.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Last 48 hours</source>
        <translation>Letzte 48 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>5-minute readings for the last 48 hours, hourly means before that</source>
        <translation>5-Minuten-Messwerte für die letzten 48 Stunden, davor Stundenmittel</translation>
    </message>
    <message>
        <source>Slots used and free</source>
        <translation>Belegte und freie Slots</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Zählt als</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>No cloud is connected to this provider, so the broker reads no capacity from it.</source>
        <translation>Mit diesem Anbieter ist keine Cloud verbunden, daher liest der Broker keine Kapazität von ihm aus.</translation>
    </message>
    <message>
        <source>No capacity history: this provider is sold by hand.</source>
        <translation>Kein Kapazitätsverlauf: Dieser Anbieter wird von Hand verkauft.</translation>
    </message>
    <message>
        <source>Loading the capacity history…</source>
        <translation>Der Kapazitätsverlauf wird geladen …</translation>
    </message>
    <message>
        <source>The capacity history could not be loaded.</source>
        <translation>Der Kapazitätsverlauf konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The cloud reports no slots at the moment.</source>
        <translation>Die Cloud meldet derzeit keine Slots.</translation>
    </message>
    <message>
        <source>Capacity utilization: %1 of %2 slots in use (%3), %4 free.</source>
        <translation>Kapazitätsauslastung: %1 von %2 Slots belegt (%3), %4 frei.</translation>
    </message>
    <message>
        <source>%1 on average over this period.</source>
        <translation>%1 im Durchschnitt über diesen Zeitraum.</translation>
    </message>
    <message>
        <source>1 of the used slots runs a lease sold here.</source>
        <translation>1 der belegten Slots führt eine hier verkaufte Miete aus.</translation>
    </message>
    <message>
        <source>%1 of the used slots run leases sold here.</source>
        <translation>%1 der belegten Slots führen hier verkaufte Mieten aus.</translation>
    </message>
    <message>
        <source>Slots, not CPU: the cloud reports how many slots of each profile are in use.</source>
        <translation>Slots, nicht CPU: Die Cloud meldet, wie viele Slots jedes Profils belegt sind.</translation>
    </message>
    <message>
        <source>Rated ★ %1: not rated from observations yet.</source>
        <translation>Bewertet mit ★ %1: noch nicht aus Beobachtungen bewertet.</translation>
    </message>
    <message>
        <source>New provider, neutral prior: the broker rates every provider every 10 minutes from the uptime, provisioning and instance states it observes and from buyers&apos; reviews. Until there is evidence the rating is the neutral 3.0.</source>
        <translation>Neuer Anbieter, neutraler Ausgangswert: Der Broker bewertet jeden Anbieter alle 10 Minuten anhand der beobachteten Verfügbarkeit, Bereitstellung und Instanzzustände sowie der Bewertungen von Käufern. Solange es keine Belege gibt, ist die Bewertung der neutrale Wert 3,0.</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Noch keine Belege</translation>
    </message>
    <message>
        <source>%1 (prior)</source>
        <translation>%1 (Ausgangswert)</translation>
    </message>
    <message>
        <source>Uptime, 30 days</source>
        <translation>Verfügbarkeit, 30 Tage</translation>
    </message>
    <message>
        <source>%1 (1 day %2, 7 days %3)</source>
        <translation>%1 (1 Tag %2, 7 Tage %3)</translation>
    </message>
    <message>
        <source>1 − time in outages / time connected</source>
        <translation>1 − Ausfallzeit / verbundene Zeit</translation>
    </message>
    <message>
        <source>Provisioning success</source>
        <translation>Erfolgreiche Bereitstellung</translation>
    </message>
    <message>
        <source>%1 of %2 instances</source>
        <translation>%1 von %2 Instanzen</translation>
    </message>
    <message>
        <source>Instances that reached running / those that reached running or failed, over 30 days</source>
        <translation>Instanzen, die „läuft“ erreicht haben / Instanzen, die „läuft“ oder „fehlgeschlagen“ erreicht haben, über 30 Tage</translation>
    </message>
    <message>
        <source>State conformance</source>
        <translation>Zustandstreue</translation>
    </message>
    <message>
        <source>1 − instances lost / instances that ran, over 30 days</source>
        <translation>1 − verlorene Instanzen / gelaufene Instanzen, über 30 Tage</translation>
    </message>
    <message>
        <source>Buyer reviews</source>
        <translation>Käuferbewertungen</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <source>★ %1 from %2 reviews</source>
        <translation>★ %1 aus %2 Bewertungen</translation>
    </message>
    <message>
        <source>(mean stars − 1) / 4</source>
        <translation>(mittlere Sterne − 1) / 4</translation>
    </message>
    <message>
        <source>Median time to running</source>
        <translation>Mittlere Zeit bis „läuft“</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Shown for information; not weighed</source>
        <translation>Zur Information angezeigt; nicht gewichtet</translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>5 × (%1 × %2 + evidence × score) / (%1 + evidence)</source>
        <translation>5 × (%1 × %2 + Belege × Wert) / (%1 + Belege)</translation>
    </message>
    <message>
        <source>Rated ★ %1 from a composite score of %2 and evidence of %3 (instances, reviews and days connected).</source>
        <translation>Bewertet mit ★ %1 aus einem Gesamtwert von %2 und Belegen von %3 (Instanzen, Bewertungen und verbundene Tage).</translation>
    </message>
    <message>
        <source>Formula version %1, rated %2.</source>
        <translation>Formelversion %1, bewertet %2.</translation>
    </message>
    <message>
        <source>New provider, neutral prior: the evidence so far (%1: instances, reviews and days connected) weighs less than the prior&apos;s %2, so the rating still leans on the neutral %3 (★ 3.0) and moves toward the composite score as evidence grows. A component without evidence counts as the prior. </source>
        <translation>Neuer Anbieter, neutraler Ausgangswert: Die bisherigen Belege (%1: Instanzen, Bewertungen und verbundene Tage) wiegen weniger als die %2 des Ausgangswerts, daher stützt sich die Bewertung noch auf den neutralen Wert %3 (★ 3,0) und nähert sich mit wachsenden Belegen dem Gesamtwert. Eine Komponente ohne Belege zählt als Ausgangswert. </translation>
    </message>
</context>
<context>
    <name>sc::ui::CloudModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Freie Slots</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>never heard from</source>
        <translation>noch nie erreicht</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>vor %1 d</translation>
    </message>
    <message>
        <source>When the cloud last answered the broker&apos;s checks</source>
        <translation>Wann die Cloud zuletzt auf die Prüfungen des Brokers geantwortet hat</translation>
    </message>
    <message>
        <source>Checks in a row the cloud did not answer</source>
        <translation>Prüfungen in Folge, auf die die Cloud nicht geantwortet hat</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Zuletzt erreicht</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
</context>
<context>
    <name>sc::ui::ConnectCloudDialog</name>
    <message>
        <source>Connect a cloud</source>
        <translation>Cloud verbinden</translation>
    </message>
    <message>
        <source>The broker connects to your cloud&apos;s provider API to import its regions and hardware profiles and to start your buyers&apos; instances. It checks the address and the credential before it saves anything. Buyers never see the name or the address: they see only a pseudonym and your rating.</source>
        <translation>Der Broker verbindet sich mit der Anbieter-API Ihrer Cloud, um ihre Regionen und Hardwareprofile zu importieren und die Instanzen Ihrer Käufer zu starten. Er prüft Adresse und Zugangsschlüssel, bevor er etwas speichert. Käufer sehen weder Namen noch Adresse, sondern nur ein Pseudonym und Ihre Bewertung.</translation>
    </message>
    <message>
        <source>For you only, e.g. “Frankfurt rack 2”</source>
        <translation>Nur für Sie, z. B. „Frankfurt Rack 2“</translation>
    </message>
    <message>
        <source>https://cloud.example.com/provider-api</source>
        <translation>https://cloud.example.com/provider-api</translation>
    </message>
    <message>
        <source>The API credential your cloud issued for the broker</source>
        <translation>Der API-Zugangsschlüssel, den Ihre Cloud für den Broker ausgestellt hat</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpunkt-URL:</translation>
    </message>
    <message>
        <source>C&amp;redential:</source>
        <translation>&amp;Zugangsschlüssel:</translation>
    </message>
    <message>
        <source>Give the provider a name, so you recognize it in your console.</source>
        <translation>Geben Sie dem Anbieter einen Namen, damit Sie ihn in Ihrer Konsole wiedererkennen.</translation>
    </message>
    <message>
        <source>Enter the address of your cloud&apos;s provider API, starting with https://.</source>
        <translation>Geben Sie die Adresse der Anbieter-API Ihrer Cloud ein, beginnend mit https://.</translation>
    </message>
    <message>
        <source>Enter the credential your cloud issued for the broker.</source>
        <translation>Geben Sie den Zugangsschlüssel ein, den Ihre Cloud für den Broker ausgestellt hat.</translation>
    </message>
    <message>
        <source>Checking your cloud at %1… The broker asks it for its health and its capacity; this can take a few seconds.</source>
        <translation>Ihre Cloud unter %1 wird geprüft … Der Broker fragt sie nach ihrem Zustand und ihrer Kapazität; das kann einige Sekunden dauern.</translation>
    </message>
    <message>
        <source>A credential has %1 to %2 characters and no spaces. Copy it exactly as your cloud issued it.</source>
        <translation>Ein Zugangsschlüssel hat %1 bis %2 Zeichen und keine Leerzeichen. Kopieren Sie ihn genau so, wie Ihre Cloud ihn ausgestellt hat.</translation>
    </message>
    <message>
        <source>Your cloud refused the credential. Check that it is the credential your cloud issued for the broker and that it has not been revoked or expired.</source>
        <translation>Ihre Cloud hat den Zugangsschlüssel abgelehnt. Prüfen Sie, ob es der Schlüssel ist, den Ihre Cloud für den Broker ausgestellt hat, und ob er nicht widerrufen oder abgelaufen ist.</translation>
    </message>
    <message>
        <source>The broker could not reach your cloud at this address. Check the URL, and that your cloud is running and accepts connections from the broker.</source>
        <translation>Der Broker konnte Ihre Cloud unter dieser Adresse nicht erreichen. Prüfen Sie die URL und ob Ihre Cloud läuft und Verbindungen vom Broker annimmt.</translation>
    </message>
    <message>
        <source>Your cloud answered, but reports that it is not healthy. Fix what its health check reports, then try again.</source>
        <translation>Ihre Cloud hat geantwortet, meldet aber, dass sie nicht in Ordnung ist. Beheben Sie, was ihre Zustandsprüfung meldet, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your cloud reports no capacity the broker could sell: no region with a hardware profile that has slots. Add capacity to your cloud, then try again.</source>
        <translation>Ihre Cloud meldet keine Kapazität, die der Broker verkaufen könnte: keine Region mit einem Hardwareprofil mit Slots. Fügen Sie Ihrer Cloud Kapazität hinzu und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The broker does not accept this address: %1 Use https:// (plain http:// only for a cloud on this computer).</source>
        <translation>Der Broker akzeptiert diese Adresse nicht: %1 Verwenden Sie https:// (einfaches http:// nur für eine Cloud auf diesem Computer).</translation>
    </message>
    <message>
        <source>The name must have 1 to %1 characters.</source>
        <translation>Der Name muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The broker refused the cloud: %1</source>
        <translation>Der Broker hat die Cloud abgelehnt: %1</translation>
    </message>
    <message>
        <source>Only a seller whose organization is approved can connect a cloud.</source>
        <translation>Nur Verkäufer, deren Organisation freigegeben ist, können eine Cloud verbinden.</translation>
    </message>
    <message>
        <source>The cloud could not be connected: %1</source>
        <translation>Die Cloud konnte nicht verbunden werden: %1</translation>
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
    <message>
        <source>&amp;Trust This Certificate and Connect</source>
        <translation>Diesem Zertifikat &amp;vertrauen und verbinden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trust this certificate?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diesem Zertifikat vertrauen?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nobody SpareCloud knows vouches for this broker&apos;s certificate, for example because it signed it itself. Compare the fingerprint below with the one the broker&apos;s operator gives you, on another channel. Trust it only if they are the same: otherwise someone may be listening in.</source>
        <translation>Niemand, den SpareCloud kennt, bürgt für das Zertifikat dieses Brokers, etwa weil er es selbst signiert hat. Vergleichen Sie den Fingerabdruck unten mit dem, den Ihnen der Betreiber des Brokers auf einem anderen Weg mitteilt. Vertrauen Sie ihm nur, wenn beide gleich sind: sonst hört womöglich jemand mit.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate cannot be verified.</source>
        <translation>Das Zertifikat des Brokers lässt sich nicht überprüfen.</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>Ausgestellt für: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::DepthChart</name>
    <message>
        <source>Depth</source>
        <translation>Markttiefe</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Gebote</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Price (%1 per h)</source>
        <translation>Preis (%1 pro h)</translation>
    </message>
    <message>
        <source>Slots (cumulative)</source>
        <translation>Slots (kumuliert)</translation>
    </message>
    <message>
        <source>No instrument selected</source>
        <translation>Kein Instrument ausgewählt</translation>
    </message>
    <message>
        <source>The order book is empty</source>
        <translation>Das Orderbuch ist leer</translation>
    </message>
    <message>
        <source>Slots wanted: %1, best bid %2</source>
        <translation>Gesuchte Slots: %1, bestes Gebot %2</translation>
    </message>
    <message>
        <source>Slots offered: %1, best ask %2</source>
        <translation>Angebotene Slots: %1, bestes Angebot %2</translation>
    </message>
    <message>
        <source>Spread %1</source>
        <translation>Spanne %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::DocumentDialog</name>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren …</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Das PDF konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
</context>
<context>
    <name>sc::ui::EarningsPanel</name>
    <message>
        <source>Request Payout</source>
        <translation>Auszahlung anfordern</translation>
    </message>
    <message>
        <source>Payable now</source>
        <translation>Jetzt auszahlbar</translation>
    </message>
    <message>
        <source>Minimum payout</source>
        <translation>Mindestauszahlung</translation>
    </message>
    <message>
        <source>Paid out so far</source>
        <translation>Bisher ausgezahlt</translation>
    </message>
    <message>
        <source>Sold this month (gross)</source>
        <translation>Verkauft in diesem Monat (brutto)</translation>
    </message>
    <message>
        <source>Commission this month</source>
        <translation>Provision in diesem Monat</translation>
    </message>
    <message>
        <source>Commission on the next sale</source>
        <translation>Provision auf den nächsten Verkauf</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <source>Monthly statements</source>
        <translation>Monatsabrechnungen</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>danach %1</translation>
    </message>
    <message>
        <source>%1 up to %2 of sales a month</source>
        <translation>%1 bis %2 Umsatz pro Monat</translation>
    </message>
    <message>
        <source>%1 up to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>The broker keeps %1 of each sale.</source>
        <translation>Der Broker behält %1 jedes Verkaufs ein.</translation>
    </message>
    <message>
        <source>The broker keeps %1. The rate goes down as your sales in the month grow; it starts again on the 1st.</source>
        <translation>Der Broker behält %1 ein. Der Satz sinkt, je mehr Sie im Monat verkaufen; am 1. beginnt er von vorn.</translation>
    </message>
    <message>
        <source>The statements could not be loaded: %1</source>
        <translation>Die Monatsabrechnungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No statements yet. Each month&apos;s statement is issued on the 1st of the next month: what your clouds sold, the commission and what you earned.</source>
        <translation>Noch keine Monatsabrechnungen. Die Abrechnung jedes Monats wird am 1. des Folgemonats erstellt: was Ihre Clouds verkauft haben, die Provision und was Sie verdient haben.</translation>
    </message>
    <message>
        <source>The payouts could not be loaded: %1</source>
        <translation>Die Auszahlungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No payouts yet.</source>
        <translation>Noch keine Auszahlungen.</translation>
    </message>
    <message>
        <source>Your earnings could not be loaded: %1</source>
        <translation>Ihre Einnahmen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Nothing is payable right now.</source>
        <translation>Im Moment ist nichts auszahlbar.</translation>
    </message>
    <message>
        <source>Payouts start at %1; %2 more to go. What you earn is kept until then.</source>
        <translation>Auszahlungen beginnen ab %1; es fehlen noch %2. Was Sie verdienen, wird bis dahin aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 can be paid out to your bank account now.</source>
        <translation>%1 kann jetzt auf Ihr Bankkonto ausgezahlt werden.</translation>
    </message>
    <message>
        <source>Requesting the payout…</source>
        <translation>Auszahlung wird angefordert …</translation>
    </message>
    <message>
        <source>%1 is on its way to your bank account (reference %2).</source>
        <translation>%1 ist auf dem Weg zu Ihrem Bankkonto (Referenz %2).</translation>
    </message>
    <message>
        <source>The statement could not be opened: %1</source>
        <translation>Die Monatsabrechnung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Monatsabrechnung %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::InstanceDetailPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Beenden …</translation>
    </message>
    <message>
        <source>Select an instance to see its details and its use.</source>
        <translation>Wählen Sie eine Instanz aus, um ihre Details und ihre Auslastung zu sehen.</translation>
    </message>
    <message>
        <source>End the lease now: billing stops and the instance is stopped.</source>
        <translation>Die Miete jetzt beenden: Die Abrechnung endet und die Instanz wird gestoppt.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Restzeit:</translation>
    </message>
    <message>
        <source>Lease:</source>
        <translation>Miete:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Running since:</source>
        <translation>Läuft seit:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Zuletzt gesehen:</translation>
    </message>
    <message>
        <source>Use over the last hour</source>
        <translation>Auslastung in der letzten Stunde</translation>
    </message>
    <message>
        <source>Select a running instance to see its use.</source>
        <translation>Wählen Sie eine laufende Instanz aus, um ihre Auslastung zu sehen.</translation>
    </message>
    <message>
        <source>The instance is not running yet: nothing to measure.</source>
        <translation>Die Instanz läuft noch nicht: Es gibt nichts zu messen.</translation>
    </message>
    <message>
        <source>The instance is not running: nothing to measure.</source>
        <translation>Die Instanz läuft nicht: Es gibt nichts zu messen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, locked for the lease</source>
        <translation>%1, fest für die Mietdauer</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>noch nicht begonnen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Noch nicht zugewiesen</translation>
    </message>
    <message>
        <source>The provider did not answer. Trying again in %1 s.</source>
        <translation>Der Anbieter hat nicht geantwortet. Neuer Versuch in %1 s.</translation>
    </message>
    <message>
        <source>The use could not be loaded: %1</source>
        <translation>Die Auslastung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Terminate instance</source>
        <translation>Instanz beenden</translation>
    </message>
    <message>
        <source>Terminate %1 now?

The lease ends now and billing stops now. The instance is stopped and whatever runs on it is gone. This cannot be undone.</source>
        <translation>%1 jetzt beenden?

Die Miete endet jetzt und die Abrechnung endet jetzt. Die Instanz wird gestoppt, und alles, was darauf läuft, ist verloren. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Terminating…</source>
        <translation>Wird beendet …</translation>
    </message>
    <message>
        <source>%1 is already stopping or has ended.</source>
        <translation>%1 wird bereits gestoppt oder ist beendet.</translation>
    </message>
    <message>
        <source>%1 could not be terminated: %2</source>
        <translation>%1 konnte nicht beendet werden: %2</translation>
    </message>
    <message>
        <source>The lease of %1 has ended and billing stopped.</source>
        <translation>Die Miete von %1 ist beendet, die Abrechnung ist gestoppt.</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Verlängern …</translation>
    </message>
    <message>
        <source>Auto-renew…</source>
        <translation>Automatisch verlängern …</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Bewerten …</translation>
    </message>
    <message>
        <source>Extend the lease at its locked price.</source>
        <translation>Die Miete zum festen Preis verlängern.</translation>
    </message>
    <message>
        <source>Let the broker renew the lease before it ends, within a budget.</source>
        <translation>Den Broker die Miete vor ihrem Ende verlängern lassen, innerhalb eines Budgets.</translation>
    </message>
    <message>
        <source>Rate the provider of this ended lease.</source>
        <translation>Den Anbieter dieser beendeten Miete bewerten.</translation>
    </message>
    <message>
        <source>The lease was renewed; it now ends %1.</source>
        <translation>Die Miete wurde verlängert; sie endet jetzt am %1.</translation>
    </message>
    <message numerus="yes">
        <source>The lease renews itself by %n hour(s) at a time, up to %1 in all.</source>
        <translation>
            <numerusform>Die Miete verlängert sich jeweils um %n Stunde, insgesamt bis zu %1.</numerusform>
            <numerusform>Die Miete verlängert sich jeweils um %n Stunden, insgesamt bis zu %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lease is no longer renewed automatically.</source>
        <translation>Die Miete wird nicht mehr automatisch verlängert.</translation>
    </message>
    <message>
        <source>Thank you: your review was sent.</source>
        <translation>Danke: Ihre Bewertung wurde gesendet.</translation>
    </message>
    <message>
        <source>Sell remaining time…</source>
        <translation>Restzeit verkaufen …</translation>
    </message>
    <message>
        <source>Withdraw from sale</source>
        <translation>Vom Verkauf zurückziehen</translation>
    </message>
    <message>
        <source>Offer the time left on this lease to other buyers at your price.</source>
        <translation>Die Restzeit dieser Miete anderen Käufern zu Ihrem Preis anbieten.</translation>
    </message>
    <message>
        <source>Take the offer of this lease&apos;s time left off the market.</source>
        <translation>Das Angebot der Restzeit dieser Miete vom Markt nehmen.</translation>
    </message>
    <message>
        <source>The time left on this lease was sold at once.</source>
        <translation>Die Restzeit dieser Miete wurde sofort verkauft.</translation>
    </message>
    <message>
        <source>The time left is on sale at %1 until %2.</source>
        <translation>Die Restzeit wird bis %2 zu %1 angeboten.</translation>
    </message>
    <message>
        <source>Withdrawing the offer…</source>
        <translation>Angebot wird zurückgezogen …</translation>
    </message>
    <message>
        <source>The offer was withdrawn: the time left stays yours.</source>
        <translation>Das Angebot wurde zurückgezogen: Die Restzeit bleibt Ihre.</translation>
    </message>
    <message>
        <source>The offer could not be withdrawn: %1</source>
        <translation>Das Angebot konnte nicht zurückgezogen werden: %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::InstanceModel</name>
    <message>
        <source>The lease ends %1</source>
        <translation>Die Miete endet %1</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Wird bereitgestellt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird gestoppt</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>The provider&apos;s cloud is not connected to the broker.</source>
        <translation>Die Cloud des Anbieters ist nicht mit dem Broker verbunden.</translation>
    </message>
    <message>
        <source>The provider&apos;s cloud has no hardware profile for this instance type.</source>
        <translation>Die Cloud des Anbieters hat kein Hardwareprofil für diesen Instanztyp.</translation>
    </message>
    <message>
        <source>The provider&apos;s cloud does not accept new instances.</source>
        <translation>Die Cloud des Anbieters nimmt keine neuen Instanzen an.</translation>
    </message>
    <message>
        <source>The instance is not running.</source>
        <translation>Die Instanz läuft nicht.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>★ %1 · %2</source>
        <translation>★ %1 · %2</translation>
    </message>
    <message>
        <source>The time left on this lease is offered for resale.</source>
        <translation>Die Restzeit dieser Miete wird zum Weiterverkauf angeboten.</translation>
    </message>
    <message>
        <source>The time left on this lease was sold to another buyer.</source>
        <translation>Die Restzeit dieser Miete wurde an einen anderen Käufer verkauft.</translation>
    </message>
    <message>
        <source>Resold</source>
        <translation>Weiterverkauft</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>Im Verkauf</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
    <name>sc::ui::InstancesPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load your instances from the broker again</source>
        <translation>Ihre Instanzen erneut vom Broker laden</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>The instances you lease: where they run, their state and the time left.</source>
        <translation>Die Instanzen, die Sie mieten: wo sie laufen, ihr Zustand und ihre Restzeit.</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>Your instances are updated as soon as their state changes.</source>
        <translation>Ihre Instanzen werden aktualisiert, sobald sich ihr Zustand ändert.</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Nicht live</translation>
    </message>
    <message>
        <source>The live connection to the broker is not up; until it is, the page checks for changes every %1 s.</source>
        <translation>Die Live-Verbindung zum Broker steht nicht; bis sie steht, prüft die Seite alle %1 s auf Änderungen.</translation>
    </message>
    <message>
        <source>1 instance, %1 live</source>
        <translation>1 Instanz, %1 aktiv</translation>
    </message>
    <message>
        <source>%1 instances, %2 live</source>
        <translation>%1 Instanzen, %2 aktiv</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connect to a broker to see the instances you lease.</source>
        <translation>Verbinden Sie sich mit einem Broker, um die Instanzen zu sehen, die Sie mieten.</translation>
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
        <source>Loading your instances…</source>
        <translation>Ihre Instanzen werden geladen …</translation>
    </message>
    <message>
        <source>Your instances could not be loaded</source>
        <translation>Ihre Instanzen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No instances for this account</source>
        <translation>Keine Instanzen für dieses Konto</translation>
    </message>
    <message>
        <source>This account cannot lease instances. Log in as a buyer or a seller to buy capacity and run instances.</source>
        <translation>Dieses Konto kann keine Instanzen mieten. Melden Sie sich als Käufer oder Verkäufer an, um Kapazität zu kaufen und Instanzen zu betreiben.</translation>
    </message>
    <message>
        <source>No instances yet</source>
        <translation>Noch keine Instanzen</translation>
    </message>
    <message>
        <source>Buy capacity on the Marketplace: as soon as a bid is filled, its instance appears here and starts.</source>
        <translation>Kaufen Sie Kapazität auf dem Marktplatz: Sobald ein Gebot ausgeführt ist, erscheint seine Instanz hier und startet.</translation>
    </message>
    <message>
        <source>Open the Marketplace</source>
        <translation>Marktplatz öffnen</translation>
    </message>
    <message>
        <source>No instances in this state</source>
        <translation>Keine Instanzen in diesem Zustand</translation>
    </message>
    <message>
        <source>None of your instances is “%1” now.</source>
        <translation>Keine Ihrer Instanzen ist gerade „%1“.</translation>
    </message>
    <message>
        <source>Show every state</source>
        <translation>Alle Zustände anzeigen</translation>
    </message>
    <message>
        <source>&amp;Sell remaining time…</source>
        <translation>Restzeit &amp;verkaufen …</translation>
    </message>
    <message>
        <source>&amp;Withdraw from sale</source>
        <translation>Vom Verkauf &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Offer the time left on the selected instance&apos;s lease to other buyers</source>
        <translation>Die Restzeit der Miete der ausgewählten Instanz anderen Käufern anbieten</translation>
    </message>
</context>
<context>
    <name>sc::ui::InstrumentModel</name>
    <message>
        <source>%1, %2</source>
        <comment>region name, country code</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 against 24 hours ago</source>
        <translation>%1 gegenüber vor 24 Stunden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Price of the last trade, per slot and hour</source>
        <translation>Preis des letzten Abschlusses, pro Slot und Stunde</translation>
    </message>
    <message>
        <source>Last price now against the last price 24 hours ago, in percent</source>
        <translation>Letzter Preis jetzt gegenüber dem letzten Preis vor 24 Stunden, in Prozent</translation>
    </message>
    <message>
        <source>Slots traded in the last 24 hours</source>
        <translation>In den letzten 24 Stunden gehandelte Slots</translation>
    </message>
    <message>
        <source>Highest price a buyer is waiting to pay, per slot and hour</source>
        <translation>Höchster Preis, den ein Käufer zu zahlen bereit ist, pro Slot und Stunde</translation>
    </message>
    <message>
        <source>Lowest price a seller asks, per slot and hour</source>
        <translation>Niedrigster Preis, den ein Verkäufer verlangt, pro Slot und Stunde</translation>
    </message>
    <message>
        <source>Slots on offer right now</source>
        <translation>Derzeit angebotene Slots</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Last
(per h)</source>
        <translation>Zuletzt
(pro h)</translation>
    </message>
    <message>
        <source>24 h
change</source>
        <translation>24 h
Änderung</translation>
    </message>
    <message>
        <source>24 h volume
(slots)</source>
        <translation>24-h-Volumen
(Slots)</translation>
    </message>
    <message>
        <source>Best bid
(per h)</source>
        <translation>Bestes Gebot
(pro h)</translation>
    </message>
    <message>
        <source>Best ask
(per h)</source>
        <translation>Bestes Angebot
(pro h)</translation>
    </message>
    <message>
        <source>Open
(slots)</source>
        <translation>Offen
(Slots)</translation>
    </message>
</context>
<context>
    <name>sc::ui::InvoiceModel</name>
    <message>
        <source>Credit note for %1</source>
        <translation>Gutschrift zu %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Usage with VAT</source>
        <translation>Nutzung inkl. MwSt.</translation>
    </message>
    <message>
        <source>Credit at the end</source>
        <translation>Guthaben am Ende</translation>
    </message>
</context>
<context>
    <name>sc::ui::InvoicesPanel</name>
    <message>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <source>Invoice Now</source>
        <translation>Jetzt abrechnen</translation>
    </message>
    <message>
        <source>Export Usage CSV…</source>
        <translation>Nutzung als CSV exportieren …</translation>
    </message>
    <message>
        <source>Issue an invoice now for the usage and payments not invoiced yet</source>
        <translation>Jetzt eine Rechnung für die noch nicht abgerechnete Nutzung und Zahlungen ausstellen</translation>
    </message>
    <message>
        <source>Save this month&apos;s usage so far, lease by lease, as a CSV file</source>
        <translation>Die bisherige Nutzung dieses Monats Miete für Miete als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>The invoices could not be loaded: %1</source>
        <translation>Die Rechnungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No invoices yet. An invoice is issued on the 1st of each month for the month before; “Invoice Now” issues one for what was not invoiced yet.</source>
        <translation>Noch keine Rechnungen. Am 1. jedes Monats wird eine Rechnung für den Vormonat ausgestellt; „Jetzt abrechnen“ stellt eine für alles aus, was noch nicht abgerechnet wurde.</translation>
    </message>
    <message>
        <source>Invoices are issued on the 1st of each month. Open one to see its lines and export it as PDF.</source>
        <translation>Rechnungen werden am 1. jedes Monats ausgestellt. Öffnen Sie eine, um ihre Positionen zu sehen und sie als PDF zu exportieren.</translation>
    </message>
    <message>
        <source>The invoice could not be opened: %1</source>
        <translation>Die Rechnung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Credit Note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Issuing an invoice…</source>
        <translation>Rechnung wird ausgestellt …</translation>
    </message>
    <message>
        <source>Invoice %1 was issued.</source>
        <translation>Rechnung %1 wurde ausgestellt.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>This month&apos;s usage was saved as %1.</source>
        <translation>Die Nutzung dieses Monats wurde als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>sc::ui::LoginDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer &amp;angemeldet bleiben</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Create an &amp;Account…</source>
        <translation>&amp;Konto erstellen …</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>Keeps your session in the system keyring, so you are logged in when SpareCloud starts. Your password is never stored.</source>
        <translation>Bewahrt Ihre Sitzung im Schlüsselbund des Systems auf, damit Sie beim Start von SpareCloud angemeldet sind. Ihr Passwort wird nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>New here? Create an account for your organization.</source>
        <translation>Neu hier? Erstellen Sie ein Konto für Ihre Organisation.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Your seller account was created. An operator checks your organization first: you can log in once it is approved.</source>
        <translation>Ihr Verkäuferkonto wurde erstellt. Ein Betreiber prüft zuerst Ihre Organisation: Sie können sich anmelden, sobald sie freigegeben ist.</translation>
    </message>
    <message>
        <source>Your account is ready. Log in with your new password.</source>
        <translation>Ihr Konto ist bereit. Melden Sie sich mit Ihrem neuen Passwort an.</translation>
    </message>
    <message>
        <source>The email address or the password is wrong.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>This account is locked for a while after too many wrong passwords. Try again in %1 min.</source>
        <translation>Dieses Konto ist nach zu vielen falschen Passwörtern eine Weile gesperrt. Versuchen Sie es in %1 Min. erneut.</translation>
    </message>
    <message>
        <source>Too many login attempts from this computer. Try again in %1 s.</source>
        <translation>Zu viele Anmeldeversuche von diesem Computer. Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>Your seller account is waiting for an operator&apos;s approval. You can log in once it is approved.</source>
        <translation>Ihr Verkäuferkonto wartet auf die Freigabe durch einen Betreiber. Sie können sich anmelden, sobald es freigegeben ist.</translation>
    </message>
    <message>
        <source>Your organization is suspended. Contact the broker&apos;s operator.</source>
        <translation>Ihre Organisation ist gesperrt. Wenden Sie sich an den Betreiber des Brokers.</translation>
    </message>
    <message>
        <source>Enter your email address and your password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
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
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Seller console — %1</source>
        <translation>Verkäuferkonsole — %1</translation>
    </message>
    <message>
        <source>Your session has expired — log in again. Nothing you were doing is lost.</source>
        <translation>Ihre Sitzung ist abgelaufen — melden Sie sich erneut an. Nichts von dem, woran Sie gearbeitet haben, geht verloren.</translation>
    </message>
    <message>
        <source>Log In…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>You are not logged in. Log in to see the catalog and to trade.</source>
        <translation>Sie sind nicht angemeldet. Melden Sie sich an, um den Katalog zu sehen und zu handeln.</translation>
    </message>
</context>
<context>
    <name>sc::ui::MarketOverview</name>
    <message>
        <source>Filter instruments…</source>
        <translation>Instrumente filtern …</translation>
    </message>
    <message>
        <source>Nothing is traded yet. Instruments appear here as soon as a seller places an ask or a buyer a bid.</source>
        <translation>Noch wird nichts gehandelt. Instrumente erscheinen hier, sobald ein Verkäufer ein Angebot oder ein Käufer ein Gebot abgibt.</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <source>Select an instrument to see its prices.</source>
        <translation>Wählen Sie ein Instrument, um seine Preise zu sehen.</translation>
    </message>
    <message>
        <source>No instrument selected</source>
        <translation>Kein Instrument ausgewählt</translation>
    </message>
    <message>
        <source>Prices could not be updated: %1</source>
        <translation>Die Preise konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>%1 has no open orders any more.</source>
        <translation>%1 hat keine offenen Aufträge mehr.</translation>
    </message>
    <message>
        <source>The order book could not be loaded</source>
        <translation>Das Orderbuch konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Prices could not be loaded: %1</source>
        <translation>Die Preise konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Instruments: %1 · Updated %2</source>
        <translation>Instrumente: %1 · Aktualisiert um %2</translation>
    </message>
    <message>
        <source>Instruments: %1 of %2 · Updated %3</source>
        <translation>Instrumente: %1 von %2 · Aktualisiert um %3</translation>
    </message>
</context>
<context>
    <name>sc::ui::MarketStatsView</name>
    <message>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>10. Perzentil</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Price per vCPU (%1 per h)</source>
        <translation>Preis pro vCPU (%1 pro h)</translation>
    </message>
    <message>
        <source>Market statistics</source>
        <translation>Marktstatistik</translation>
    </message>
    <message>
        <source>The statistics could not be loaded: %1</source>
        <translation>Die Statistik konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No trades in the last %1 days.</source>
        <translation>Keine Abschlüsse in den letzten %1 Tagen.</translation>
    </message>
    <message>
        <source>Slots traded: %1 · Average %2 per vCPU · %3 per GiB of RAM</source>
        <translation>Gehandelte Slots: %1 · Durchschnitt %2 pro vCPU · %3 pro GiB RAM</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Most traded types: %1</source>
        <translation>Meistgehandelte Typen: %1</translation>
    </message>
    <message>
        <source>Most traded regions: %1</source>
        <translation>Meistgehandelte Regionen: %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::MarketplacePage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
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
        <source>Load the catalog and the market from the broker again (%1)</source>
        <translation>Katalog und Markt erneut vom Broker laden (%1)</translation>
    </message>
    <message>
        <source>Spare capacity by instance type and region: prices, offers and your orders.</source>
        <translation>Freie Kapazität nach Instanztyp und Region: Preise, Angebote und Ihre Aufträge.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Find offers</source>
        <translation>Angebote suchen</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Meine Aufträge</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Verkaufen</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>Prices and your orders are updated as soon as they change.</source>
        <translation>Preise und Ihre Aufträge werden aktualisiert, sobald sie sich ändern.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Your watches and the offers they found</source>
        <translation>Ihre Beobachtungen und die gefundenen Angebote</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>New offer for your watch “%1”: %2.</source>
        <translation>Neues Angebot für Ihre Beobachtung „%1“: %2.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>The live connection to the broker is not up; until it is, the page checks for changes every %1 s.</source>
        <translation>Die Live-Verbindung zum Broker steht nicht; bis sie steht, prüft die Seite alle %1 s auf Änderungen.</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>Ungelesen: %1</translation>
    </message>
    <message>
        <source>Watching “%1”. Offers that match now: %2.</source>
        <translation>„%1“ wird beobachtet. Jetzt passende Angebote: %2.</translation>
    </message>
    <message>
        <source>Show instance</source>
        <translation>Instanz anzeigen</translation>
    </message>
</context>
<context>
    <name>sc::ui::MyOrdersPanel</name>
    <message>
        <source>Show filled, cancelled and expired orders</source>
        <translation>Ausgeführte, stornierte und abgelaufene Aufträge zeigen</translation>
    </message>
    <message>
        <source>Cancel bid</source>
        <translation>Gebot stornieren</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Withdraw ask</source>
        <translation>Angebot zurückziehen</translation>
    </message>
    <message>
        <source>My bids</source>
        <translation>Meine Gebote</translation>
    </message>
    <message>
        <source>/h</source>
        <comment>price per hour</comment>
        <translation>/h</translation>
    </message>
    <message>
        <source>Total slots of the ask. Lowering it keeps the ask&apos;s place in the queue; a new price or more slots put it at the back.</source>
        <translation>Slots des Angebots insgesamt. Weniger Slots behalten den Platz in der Warteschlange; ein neuer Preis oder mehr Slots stellen das Angebot hinten an.</translation>
    </message>
    <message>
        <source>New price:</source>
        <translation>Neuer Preis:</translation>
    </message>
    <message>
        <source>Slots:</source>
        <translation>Slots:</translation>
    </message>
    <message>
        <source>My asks</source>
        <translation>Meine Angebote</translation>
    </message>
    <message>
        <source>Your bids could not be loaded: %1</source>
        <translation>Ihre Gebote konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Your asks could not be loaded: %1</source>
        <translation>Ihre Angebote konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Bid %1 was not cancelled: %2</source>
        <translation>Gebot %1 wurde nicht storniert: %2</translation>
    </message>
    <message>
        <source>Bid %1 is cancelled.</source>
        <translation>Gebot %1 ist storniert.</translation>
    </message>
    <message>
        <source>Change the price or the slots first.</source>
        <translation>Ändern Sie zuerst den Preis oder die Slots.</translation>
    </message>
    <message>
        <source>The ask was not amended: %1</source>
        <translation>Das Angebot wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>Ask %1 now asks %2 for %3 open slots.</source>
        <translation>Angebot %1 verlangt jetzt %2 für %3 offene Slots.</translation>
    </message>
    <message>
        <source>Ask %1 was not withdrawn: %2</source>
        <translation>Angebot %1 wurde nicht zurückgezogen: %2</translation>
    </message>
    <message>
        <source>Ask %1 is withdrawn.</source>
        <translation>Angebot %1 ist zurückgezogen.</translation>
    </message>
</context>
<context>
    <name>sc::ui::NewAskForm</name>
    <message>
        <source>Place ask</source>
        <translation>Angebot einstellen</translation>
    </message>
    <message>
        <source>Buyers see only the provider&apos;s pseudonym and rating</source>
        <translation>Käufer sehen nur das Pseudonym und die Bewertung des Anbieters</translation>
    </message>
    <message>
        <source>/h</source>
        <comment>price per hour</comment>
        <translation>/h</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Instance type:</source>
        <translation>Instanztyp:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Slots:</source>
        <translation>Slots:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>Available until:</source>
        <translation>Verfügbar bis:</translation>
    </message>
    <message>
        <source>Shortest lease:</source>
        <translation>Kürzeste Miete:</translation>
    </message>
    <message>
        <source>Longest lease:</source>
        <translation>Längste Miete:</translation>
    </message>
    <message>
        <source>New ask</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Your providers could not be loaded: %1</source>
        <translation>Ihre Anbieter konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (shown to buyers as %2)</source>
        <translation>%1 (für Käufer: %2)</translation>
    </message>
    <message>
        <source>Register a provider for your cloud before you place asks.</source>
        <translation>Registrieren Sie einen Anbieter für Ihre Cloud, bevor Sie Angebote einstellen.</translation>
    </message>
    <message>
        <source>The shortest lease cannot be longer than the longest.</source>
        <translation>Die kürzeste Miete kann nicht länger als die längste sein.</translation>
    </message>
    <message>
        <source>Placing the ask…</source>
        <translation>Angebot wird eingestellt …</translation>
    </message>
    <message>
        <source>The ask was not placed: %1</source>
        <translation>Das Angebot wurde nicht eingestellt: %1</translation>
    </message>
    <message>
        <source>Ask %1 placed: %2 × %3 at %4.</source>
        <translation>Angebot %1 eingestellt: %2 × %3 zu %4.</translation>
    </message>
    <message>
        <source>Sold at once to waiting bids: %1.</source>
        <translation>Sofort an wartende Gebote verkauft: %1.</translation>
    </message>
</context>
<context>
    <name>sc::ui::OfferModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Providers are shown by a pseudonym; the broker never tells buyers who they are.</source>
        <translation>Anbieter erscheinen unter einem Pseudonym; der Broker verrät Käufern nie, wer sie sind.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Price (per h)</source>
        <translation>Preis (pro h)</translation>
    </message>
    <message>
        <source>Available (slots)</source>
        <translation>Verfügbar (Slots)</translation>
    </message>
    <message>
        <source>Lease (h)</source>
        <translation>Miete (h)</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Verfügbar bis</translation>
    </message>
</context>
<context>
    <name>sc::ui::OfferSearchPanel</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Buy…</source>
        <translation>Kaufen …</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>/h</source>
        <comment>price per hour</comment>
        <translation>/h</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>Instanztyp</translation>
    </message>
    <message>
        <source>Min vCPU</source>
        <translation>Min. vCPU</translation>
    </message>
    <message>
        <source>Min RAM</source>
        <translation>Min. RAM</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Max price</source>
        <translation>Höchstpreis</translation>
    </message>
    <message>
        <source>Min rating</source>
        <translation>Min. Bewertung</translation>
    </message>
    <message>
        <source>Open the order ticket for this offer&apos;s instance type and region</source>
        <translation>Auftragsmaske für Instanztyp und Region dieses Angebots öffnen</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Offers: %1 of %2, cheapest first</source>
        <translation>Angebote: %1 von %2, günstigste zuerst</translation>
    </message>
    <message>
        <source>Offers: %1</source>
        <translation>Angebote: %1</translation>
    </message>
    <message>
        <source>Watch this search…</source>
        <translation>Diese Suche beobachten …</translation>
    </message>
    <message>
        <source>Be told when an offer that matches these criteria appears at your price</source>
        <translation>Benachrichtigt werden, wenn ein Angebot zu diesen Kriterien zu Ihrem Preis erscheint</translation>
    </message>
    <message>
        <source>This broker cannot watch searches yet.</source>
        <translation>Dieser Broker kann Suchen noch nicht beobachten.</translation>
    </message>
</context>
<context>
    <name>sc::ui::OrderTicket</name>
    <message>
        <source>Buy now</source>
        <translation>Sofort kaufen</translation>
    </message>
    <message>
        <source>Limit bid</source>
        <translation>Limit-Gebot</translation>
    </message>
    <message>
        <source>Order ticket</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Take the cheapest offers at or below your maximum price now; nothing waits in the book.</source>
        <translation>Jetzt die günstigsten Angebote bis zu Ihrem Höchstpreis nehmen; nichts wartet im Orderbuch.</translation>
    </message>
    <message>
        <source>Wait in the book at your maximum price until a seller matches it or you cancel.</source>
        <translation>Zu Ihrem Höchstpreis im Orderbuch warten, bis ein Verkäufer mitgeht oder Sie stornieren.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>/h</source>
        <comment>price per hour</comment>
        <translation>/h</translation>
    </message>
    <message>
        <source>The most you pay per slot and hour. You pay the seller&apos;s price, which can be lower.</source>
        <translation>Das Meiste, was Sie pro Slot und Stunde zahlen. Sie zahlen den Preis des Verkäufers, der niedriger sein kann.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Only providers rated at least this well (0 to 5)</source>
        <translation>Nur Anbieter mit mindestens dieser Bewertung (0 bis 5)</translation>
    </message>
    <message>
        <source>Quantity (slots):</source>
        <translation>Menge (Slots):</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Max price:</source>
        <translation>Höchstpreis:</translation>
    </message>
    <message>
        <source>Min rating:</source>
        <translation>Min. Bewertung:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regionen:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select an instrument in the table to buy it.</source>
        <translation>Wählen Sie in der Tabelle ein Instrument, um es zu kaufen.</translation>
    </message>
    <message>
        <source>Buy now…</source>
        <translation>Sofort kaufen …</translation>
    </message>
    <message>
        <source>Place limit bid…</source>
        <translation>Limit-Gebot abgeben …</translation>
    </message>
    <message>
        <source>Buy in any of the checked regions, cheapest first</source>
        <translation>In einer der markierten Regionen kaufen, günstigste zuerst</translation>
    </message>
    <message>
        <source>A limit bid waits in the book of one region</source>
        <translation>Ein Limit-Gebot wartet im Orderbuch einer Region</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>No estimate: %1</source>
        <translation>Keine Schätzung: %1</translation>
    </message>
    <message>
        <source>At most %1 at your maximum price.</source>
        <translation>Höchstens %1 zu Ihrem Höchstpreis.</translation>
    </message>
    <message>
        <source>No offer at or below your maximum right now; the cheapest that fits costs %1.</source>
        <translation>Derzeit kein Angebot bis zu Ihrem Höchstpreis; das günstigste passende kostet %1.</translation>
    </message>
    <message>
        <source>No open offer fits this order right now.</source>
        <translation>Derzeit passt kein offenes Angebot zu diesem Auftrag.</translation>
    </message>
    <message>
        <source>Your bid would wait in the book until a seller matches it.</source>
        <translation>Ihr Gebot würde im Orderbuch warten, bis ein Verkäufer mitgeht.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Estimated cost %1 (%2 × %3 h at %4).</source>
        <translation>Geschätzte Kosten %1 (%2 × %3 h zu %4).</translation>
    </message>
    <message>
        <source>Only %1 of %2 fit your maximum right now.</source>
        <translation>Derzeit passen nur %1 von %2 zu Ihrem Höchstpreis.</translation>
    </message>
    <message>
        <source>The rest waits in the book.</source>
        <translation>Der Rest wartet im Orderbuch.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Buy %1 now, for %2 h, at no more than %3 a slot (regions: %4)?</source>
        <translation>%1 jetzt für %2 h kaufen, zu höchstens %3 pro Slot (Regionen: %4)?</translation>
    </message>
    <message>
        <source>Place a limit bid for %1, for %2 h, at no more than %3 a slot? It waits in the book until a seller matches it or you cancel it.</source>
        <translation>Ein Limit-Gebot für %1 über %2 h zu höchstens %3 pro Slot abgeben? Es wartet im Orderbuch, bis ein Verkäufer mitgeht oder Sie es stornieren.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Höchstens %1.</translation>
    </message>
    <message>
        <source>Leases start as soon as the bid is filled and are paid for in full.</source>
        <translation>Mieten beginnen, sobald das Gebot ausgeführt ist, und werden vollständig bezahlt.</translation>
    </message>
    <message>
        <source>Confirm the order</source>
        <translation>Auftrag bestätigen</translation>
    </message>
    <message>
        <source>Place bid</source>
        <translation>Gebot abgeben</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>Auftrag wird erteilt …</translation>
    </message>
    <message>
        <source>The order was not placed: %1</source>
        <translation>Der Auftrag wurde nicht erteilt: %1</translation>
    </message>
    <message>
        <source>%1 × %2 at %3</source>
        <translation>%1 × %2 zu %3</translation>
    </message>
    <message>
        <source>Bought: %1.</source>
        <translation>Gekauft: %1.</translation>
    </message>
    <message>
        <source>Total %1 for %2 h. Leases: %3.</source>
        <translation>Gesamt %1 für %2 h. Mieten: %3.</translation>
    </message>
    <message>
        <source>Bid %1 waits in the book: %2 of %3 filled so far. See My orders to cancel it.</source>
        <translation>Gebot %1 wartet im Orderbuch: bisher %2 von %3 ausgeführt. Unter „Meine Aufträge“ können Sie es stornieren.</translation>
    </message>
    <message>
        <source>Nothing was bought: no offer matched right now.</source>
        <translation>Nichts wurde gekauft: Derzeit passte kein Angebot.</translation>
    </message>
    <message>
        <source>The other %1 could not be bought now.</source>
        <translation>Die übrigen %1 konnten jetzt nicht gekauft werden.</translation>
    </message>
    <message>
        <source>Offers that fit exist, but none allows a %1-hour lease or they were taken first. Try again or change the duration.</source>
        <translation>Es gibt passende Angebote, aber keines erlaubt eine Miete von %1 Stunden, oder sie waren schon vergeben. Versuchen Sie es erneut oder ändern Sie die Dauer.</translation>
    </message>
</context>
<context>
    <name>sc::ui::PayoutModel</name>
    <message>
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Ausgezahlt am</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Überweisungsreferenz</translation>
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
    <name>sc::ui::PriceChart</name>
    <message>
        <source>1 d</source>
        <translation>1 T</translation>
    </message>
    <message>
        <source>The last day in one-minute candles</source>
        <translation>Der letzte Tag in Ein-Minuten-Kerzen</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 T</translation>
    </message>
    <message>
        <source>The last 7 days in one-hour candles</source>
        <translation>Die letzten 7 Tage in Ein-Stunden-Kerzen</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 T</translation>
    </message>
    <message>
        <source>The last 30 days in one-day candles</source>
        <translation>Die letzten 30 Tage in Tageskerzen</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole range again. Scroll to zoom, drag to pan.</source>
        <translation>Wieder den ganzen Zeitraum zeigen. Scrollen zum Zoomen, Ziehen zum Verschieben.</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Select an instrument to see its prices.</source>
        <translation>Wählen Sie ein Instrument, um seine Preise zu sehen.</translation>
    </message>
    <message>
        <source>Price (%1 per h)</source>
        <translation>Preis (%1 pro h)</translation>
    </message>
    <message>
        <source>No trades in this period</source>
        <translation>Keine Abschlüsse in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No prices</source>
        <translation>Keine Preise</translation>
    </message>
</context>
<context>
    <name>sc::ui::ProfileModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> · %1 GPU</source>
        <translation> · %1 GPU</translation>
    </message>
    <message>
        <source>No instance type of the catalog fits this profile: its slots cannot be sold.</source>
        <translation>Kein Instanztyp des Katalogs passt zu diesem Profil: Seine Slots können nicht verkauft werden.</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Sold as</source>
        <translation>Verkauft als</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>%1 vCPU · %2 GiB · %3 GiB</source>
        <comment>vCPUs, memory, disk</comment>
        <translation>%1 vCPU · %2 GiB · %3 GiB</translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MiB memory, %3 GiB disk, %4 GPU</source>
        <translation>%1 vCPU, %2 MiB Arbeitsspeicher, %3 GiB Festplatte, %4 GPU</translation>
    </message>
</context>
<context>
    <name>sc::ui::QuotaBar</name>
    <message>
        <source>Storage:</source>
        <translation>Speicherplatz:</translation>
    </message>
    <message>
        <source>Your organization&apos;s private appliances and the uploads in progress count against this limit; public appliances do not.</source>
        <translation>Die privaten Appliances Ihrer Organisation und laufende Uploads zählen zu diesem Limit; öffentliche Appliances nicht.</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 von %2 belegt</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <source>%1 · %2 reserved by uploads · %3</source>
        <translation>%1 · %2 von Uploads reserviert · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
<context>
    <name>sc::ui::RegistrationDialog</name>
    <message>
        <source>I &amp;buy capacity</source>
        <translation>Ich &amp;kaufe Kapazität</translation>
    </message>
    <message>
        <source>I &amp;sell my cloud&apos;s spare capacity</source>
        <translation>Ich &amp;verkaufe freie Kapazität meiner Cloud</translation>
    </message>
    <message>
        <source>Create &amp;Account</source>
        <translation>Konto &amp;erstellen</translation>
    </message>
    <message>
        <source>Create an Account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Your account belongs to an organization: the company or team that buys or sells on this marketplace.</source>
        <translation>Ihr Konto gehört zu einer Organisation: dem Unternehmen oder Team, das auf diesem Marktplatz kauft oder verkauft.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>How others see you, for example Dana Fischer</source>
        <translation>Wie andere Sie sehen, zum Beispiel Dana Fischer</translation>
    </message>
    <message>
        <source>Choose your country</source>
        <translation>Wählen Sie Ihr Land</translation>
    </message>
    <message>
        <source>A seller&apos;s organization is checked by the broker&apos;s operator first: you can log in once it is approved.</source>
        <translation>Die Organisation eines Verkäufers prüft zuerst der Betreiber des Brokers: Sie können sich anmelden, sobald sie freigegeben ist.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Your organization:</source>
        <translation>Ihre Organisation:</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <source>Enter your organization&apos;s name.</source>
        <translation>Geben Sie den Namen Ihrer Organisation ein.</translation>
    </message>
    <message>
        <source>Choose your country.</source>
        <translation>Wählen Sie Ihr Land.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Ihr Konto wird erstellt …</translation>
    </message>
    <message>
        <source>An account with this email address exists already. Log in instead, or use another address.</source>
        <translation>Ein Konto mit dieser E-Mail-Adresse gibt es bereits. Melden Sie sich stattdessen an oder verwenden Sie eine andere Adresse.</translation>
    </message>
    <message>
        <source>An organization with this name exists already. Choose another name.</source>
        <translation>Eine Organisation mit diesem Namen gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The broker did not accept this password: at least %1 characters, and not your email address.</source>
        <translation>Der Broker hat dieses Passwort nicht angenommen: mindestens %1 Zeichen und nicht Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Too many new accounts from this computer. Try again in %1 s.</source>
        <translation>Zu viele neue Konten von diesem Computer. Versuchen Sie es in %1 s erneut.</translation>
    </message>
</context>
<context>
    <name>sc::ui::RenewLeaseDialog</name>
    <message>
        <source>Renew lease</source>
        <translation>Miete verlängern</translation>
    </message>
    <message>
        <source>Extend the lease of %1 at its locked price of %2. The seller decides how many hours a lease can be renewed by in all.</source>
        <translation>Verlängern Sie die Miete von %1 zum festen Preis von %2. Der Verkäufer bestimmt, um wie viele Stunden eine Miete insgesamt verlängert werden kann.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Stunden:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n hour(s); the lease then ends %2.</source>
        <translation>
            <numerusform>%1 für %n Stunde; die Miete endet dann am %2.</numerusform>
            <numerusform>%1 für %n Stunden; die Miete endet dann am %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seller allows no more renewals of this lease: it has been renewed as far as it can be.</source>
        <translation>Der Verkäufer erlaubt keine weiteren Verlängerungen dieser Miete: Sie wurde so weit wie möglich verlängert.</translation>
    </message>
    <message numerus="yes">
        <source>The seller allows this lease to be renewed by only %n more hour(s). Choose fewer hours.</source>
        <translation>
            <numerusform>Der Verkäufer erlaubt, diese Miete nur noch um %n Stunde zu verlängern. Wählen Sie weniger Stunden.</numerusform>
            <numerusform>Der Verkäufer erlaubt, diese Miete nur noch um %n Stunden zu verlängern. Wählen Sie weniger Stunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seller of this instance allows no renewals: the lease ends as agreed.</source>
        <translation>Der Verkäufer dieser Instanz erlaubt keine Verlängerungen: Die Miete endet wie vereinbart.</translation>
    </message>
    <message>
        <source>The lease has ended, so it can no longer be renewed.</source>
        <translation>Die Miete ist beendet und kann daher nicht mehr verlängert werden.</translation>
    </message>
    <message>
        <source>The broker did not accept these values: %1</source>
        <translation>Der Broker hat diese Werte nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The lease could not be renewed: %1</source>
        <translation>Die Miete konnte nicht verlängert werden: %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::ReviewDialog</name>
    <message>
        <source>Review the provider</source>
        <translation>Anbieter bewerten</translation>
    </message>
    <message>
        <source>How did the provider of %1 do? Your review counts towards the rating other buyers see. You can review each lease once.</source>
        <translation>Wie war der Anbieter von %1? Ihre Bewertung fließt in die Bewertung ein, die andere Käufer sehen. Jede Miete können Sie einmal bewerten.</translation>
    </message>
    <message>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <source>Optional, up to %1 characters</source>
        <translation>Optional, bis zu %1 Zeichen</translation>
    </message>
    <message>
        <source>Send review</source>
        <translation>Bewertung senden</translation>
    </message>
    <message>
        <source>&amp;Stars:</source>
        <translation>S&amp;terne:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>You have already reviewed this lease; each lease can be reviewed once.</source>
        <translation>Sie haben diese Miete bereits bewertet; jede Miete kann einmal bewertet werden.</translation>
    </message>
    <message>
        <source>You can review a lease only after its instance ran and the lease ended.</source>
        <translation>Sie können eine Miete erst bewerten, wenn ihre Instanz lief und die Miete beendet ist.</translation>
    </message>
    <message>
        <source>This lease is not one of yours, so you cannot review it.</source>
        <translation>Diese Miete gehört nicht Ihnen, daher können Sie sie nicht bewerten.</translation>
    </message>
    <message>
        <source>The broker did not accept the review: %1</source>
        <translation>Der Broker hat die Bewertung nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The review could not be sent: %1</source>
        <translation>Die Bewertung konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>The comment has %1 characters; shorten it to %2.</source>
        <translation>Der Kommentar hat %1 Zeichen; kürzen Sie ihn auf %2.</translation>
    </message>
</context>
<context>
    <name>sc::ui::SellRemainingTimeDialog</name>
    <message>
        <source>/h</source>
        <translation>/h</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Sell remaining time</source>
        <translation>Restzeit verkaufen</translation>
    </message>
    <message>
        <source>Offer the time left on %1 to other buyers. A buyer who takes it pays your price per hour from then on and you stop paying for it; the instance becomes theirs.</source>
        <translation>Bieten Sie die Restzeit von %1 anderen Käufern an. Ein Käufer, der sie übernimmt, zahlt ab dann Ihren Preis pro Stunde, und Sie zahlen nicht mehr dafür; die Instanz gehört dann ihm.</translation>
    </message>
    <message>
        <source>Below (hours left)</source>
        <translation>Unter (Stunden übrig)</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>Preis pro Stunde</translation>
    </message>
    <message>
        <source>Lower the price when the time left falls below some hours</source>
        <translation>Den Preis senken, wenn die Restzeit unter einige Stunden fällt</translation>
    </message>
    <message>
        <source>Optional: when the time left falls below some hours, the price steps down.</source>
        <translation>Optional: Wenn die Restzeit unter einige Stunden fällt, sinkt der Preis stufenweise.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Anbieten</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Restzeit:</translation>
    </message>
    <message>
        <source>You pay now:</source>
        <translation>Sie zahlen jetzt:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <source>Step-down:</source>
        <translation>Preisstufen:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>What the lease can be sold for could not be loaded: %1</source>
        <translation>Wofür die Miete verkauft werden kann, konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (the lease ends %2).</source>
        <translation>%1 (die Miete endet %2).</translation>
    </message>
    <message>
        <source>Your offer leaves the market at %1, an hour before the lease ends; unsold time stays yours.</source>
        <translation>Ihr Angebot verlässt den Markt um %1, eine Stunde vor Ende der Miete; nicht verkaufte Zeit bleibt Ihre.</translation>
    </message>
    <message>
        <source>%1, the price locked for your lease</source>
        <translation>%1, der für Ihre Miete festgelegte Preis</translation>
    </message>
    <message>
        <source>This lease cannot be offered for resale now.</source>
        <translation>Diese Miete kann jetzt nicht zum Weiterverkauf angeboten werden.</translation>
    </message>
    <message>
        <source>Suggested: %1, the price of the one recent trade.</source>
        <translation>Vorschlag: %1, der Preis des einen jüngsten Handels.</translation>
    </message>
    <message>
        <source>Suggested: %1, the median of %2 recent trades.</source>
        <translation>Vorschlag: %1, der Median von %2 jüngsten Handelsabschlüssen.</translation>
    </message>
    <message>
        <source>Suggested: %1, the best ask on the market now.</source>
        <translation>Vorschlag: %1, das derzeit beste Angebot am Markt.</translation>
    </message>
    <message>
        <source>Suggested: %1, your own price (nothing recent to go by).</source>
        <translation>Vorschlag: %1, Ihr eigener Preis (keine jüngsten Abschlüsse als Anhaltspunkt).</translation>
    </message>
    <message>
        <source>Suggested: %1.</source>
        <translation>Vorschlag: %1.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Sold at %1 you gain %2 (%3 above the %4 you pay, less the broker&apos;s %5 fee on the gain).</source>
        <translation>Zu %1 verkauft gewinnen Sie %2 (%3 über den %4, die Sie zahlen, abzüglich der Gebühr des Brokers von %5 auf den Gewinn).</translation>
    </message>
    <message>
        <source>Sold at %1 you get back exactly what you pay: no gain and no cost.</source>
        <translation>Zu %1 verkauft bekommen Sie genau das zurück, was Sie zahlen: kein Gewinn und keine Kosten.</translation>
    </message>
    <message>
        <source>Sold at %1, you still pay %2 of each hour the buyer uses: the difference to your %3.</source>
        <translation>Zu %1 verkauft zahlen Sie weiterhin %2 für jede Stunde, die der Käufer nutzt: die Differenz zu Ihren %3.</translation>
    </message>
    <message>
        <source>Your price is below what you pay: you pay the difference; %1 plus VAT is held now from your balance until the time is sold or the offer ends.</source>
        <translation>Ihr Preis liegt unter dem, was Sie zahlen: Sie zahlen die Differenz; %1 zzgl. MwSt. werden jetzt von Ihrem Guthaben reserviert, bis die Zeit verkauft ist oder das Angebot endet.</translation>
    </message>
    <message>
        <source>A step of your schedule is below what you pay: if it sells then, you pay the difference; %1 plus VAT is held now from your balance until the time is sold or the offer ends.</source>
        <translation>Eine Stufe Ihres Plans liegt unter dem, was Sie zahlen: Wird dann verkauft, zahlen Sie die Differenz; %1 zzgl. MwSt. werden jetzt von Ihrem Guthaben reserviert, bis die Zeit verkauft ist oder das Angebot endet.</translation>
    </message>
    <message>
        <source>Your balance cannot cover what is held for a price below what you pay: %1 is needed, %2 is available. Top up or choose a higher price.</source>
        <translation>Ihr Guthaben deckt den Betrag nicht, der bei einem Preis unter Ihrem eigenen reserviert wird: %1 werden benötigt, %2 sind verfügbar. Laden Sie Guthaben auf oder wählen Sie einen höheren Preis.</translation>
    </message>
    <message numerus="yes">
        <source>A step must start below the time left: at most %n hour(s).</source>
        <translation>
            <numerusform>Eine Stufe muss unterhalb der Restzeit beginnen: bei höchstens %n Stunde.</numerusform>
            <numerusform>Eine Stufe muss unterhalb der Restzeit beginnen: bei höchstens %n Stunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Two steps start below %n hour(s): keep one.</source>
        <translation>
            <numerusform>Zwei Stufen beginnen unter %n Stunde: Behalten Sie eine.</numerusform>
            <numerusform>Zwei Stufen beginnen unter %n Stunden: Behalten Sie eine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::ui::SellerBuybackPanel</name>
    <message>
        <source>Offer buy-back…</source>
        <translation>Rückkauf anbieten …</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Offer the buyer of the selected lease an amount to end it after a notice</source>
        <translation>Dem Käufer der ausgewählten Miete einen Betrag anbieten, damit sie nach einer Frist endet</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Miete</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Buy-back offers</source>
        <translation>Rückkaufangebote</translation>
    </message>
    <message>
        <source>Lease %1 (%2, %3)</source>
        <translation>Miete %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>None yet. Select a lease above and offer its buyer an amount to end it early.</source>
        <translation>Noch keine. Wählen Sie oben eine Miete aus und bieten Sie ihrem Käufer einen Betrag an, damit sie früher endet.</translation>
    </message>
    <message>
        <source>%1 open, waiting for the buyer.</source>
        <translation>%1 offen, wartet auf den Käufer.</translation>
    </message>
    <message>
        <source>Offer the buyer of lease %1 an amount to end it after a notice</source>
        <translation>Dem Käufer der Miete %1 einen Betrag anbieten, damit sie nach einer Frist endet</translation>
    </message>
    <message>
        <source>Select an active lease to offer its buyer a buy-back</source>
        <translation>Wählen Sie eine aktive Miete aus, um ihrem Käufer einen Rückkauf anzubieten</translation>
    </message>
    <message>
        <source>lease %1 (%2, %3)</source>
        <translation>Miete %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Offered %1 for lease %2.</source>
        <translation>%1 für Miete %2 angeboten.</translation>
    </message>
</context>
<context>
    <name>sc::ui::SellerConsolePage</name>
    <message>
        <source>Seller console</source>
        <translation>Verkäuferkonsole</translation>
    </message>
    <message>
        <source>Connect a cloud…</source>
        <translation>Cloud verbinden …</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load your providers and their health from the broker again</source>
        <translation>Ihre Anbieter und ihren Zustand erneut vom Broker laden</translation>
    </message>
    <message>
        <source>Your providers</source>
        <translation>Ihre Anbieter</translation>
    </message>
    <message>
        <source>Clouds up: %1 · down: %2 · free slots: %3</source>
        <translation>Clouds erreichbar: %1 · ausgefallen: %2 · freie Slots: %3</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connect to a broker as a seller to manage your clouds.</source>
        <translation>Verbinden Sie sich als Verkäufer mit einem Broker, um Ihre Clouds zu verwalten.</translation>
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
        <source>For sellers</source>
        <translation>Für Verkäufer</translation>
    </message>
    <message>
        <source>The seller console is for providers who sell their clouds&apos; spare capacity. Log in with a seller account to use it.</source>
        <translation>Die Verkäuferkonsole ist für Anbieter, die freie Kapazität ihrer Clouds verkaufen. Melden Sie sich mit einem Verkäuferkonto an, um sie zu nutzen.</translation>
    </message>
    <message>
        <source>Loading your providers…</source>
        <translation>Ihre Anbieter werden geladen …</translation>
    </message>
    <message>
        <source>Your providers could not be loaded</source>
        <translation>Ihre Anbieter konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No clouds connected yet</source>
        <translation>Noch keine Clouds verbunden</translation>
    </message>
    <message>
        <source>Connect your cloud&apos;s provider API: the broker imports its regions and hardware profiles, watches its health, and starts buyers&apos; instances on it.</source>
        <translation>Verbinden Sie die Anbieter-API Ihrer Cloud: Der Broker importiert ihre Regionen und Hardwareprofile, überwacht ihren Zustand und startet dort die Instanzen der Käufer.</translation>
    </message>
    <message>
        <source>For providers: your clouds, their health, capacity and rating, and the leases running on them.</source>
        <translation>Für Anbieter: Ihre Clouds, ihr Zustand, ihre Kapazität und Bewertung und die Mieten, die darauf laufen.</translation>
    </message>
    <message>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <source>Active leases</source>
        <translation>Aktive Mieten</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>The leases could not be loaded: %1</source>
        <translation>Die Mieten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No leases on your clouds right now. When a buyer&apos;s bid matches one of your asks in the Marketplace, the lease shows here with its term, the price locked at the trade and the state of its instance on your cloud. Buyers stay anonymous.</source>
        <translation>Derzeit keine Mieten auf Ihren Clouds. Wenn das Gebot eines Käufers auf dem Marktplatz zu einem Ihrer Angebote passt, erscheint die Miete hier mit ihrer Laufzeit, dem beim Handel festgelegten Preis und dem Zustand ihrer Instanz auf Ihrer Cloud. Käufer bleiben anonym.</translation>
    </message>
    <message>
        <source>1 lease on your clouds, earning %1. Buyers stay anonymous.</source>
        <translation>1 Miete auf Ihren Clouds, Einnahmen %1. Käufer bleiben anonym.</translation>
    </message>
    <message>
        <source>%1 leases on your clouds, earning %2 together. Buyers stay anonymous.</source>
        <translation>%1 Mieten auf Ihren Clouds, zusammen Einnahmen %2. Käufer bleiben anonym.</translation>
    </message>
</context>
<context>
    <name>sc::ui::SellerLeaseModel</name>
    <message>
        <source>Buyers see it as %1</source>
        <translation>Käufer sehen ihn als %1</translation>
    </message>
    <message>
        <source>Renewable for up to %1 h in all (%2 h renewed so far)</source>
        <translation>Verlängerbar um bis zu %1 h insgesamt (bisher %2 h verlängert)</translation>
    </message>
    <message>
        <source>Not renewable</source>
        <translation>Nicht verlängerbar</translation>
    </message>
    <message>
        <source>Sold by hand: the broker runs no instance for it.</source>
        <translation>Von Hand verkauft: Der Broker betreibt dafür keine Instanz.</translation>
    </message>
    <message>
        <source>The instance on your cloud is %1</source>
        <translation>Die Instanz auf Ihrer Cloud ist %1</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (noch %2)</translation>
    </message>
    <message>
        <source>No instance</source>
        <translation>Keine Instanz</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Locked price</source>
        <translation>Festgelegter Preis</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
</context>
<context>
    <name>sc::ui::SessionKeeper</name>
    <message>
        <source>&amp;Log In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>Log Out &amp;Everywhere…</source>
        <translation>&amp;Überall abmelden …</translation>
    </message>
    <message>
        <source>&amp;Change Password…</source>
        <translation>Passwort ä&amp;ndern …</translation>
    </message>
    <message>
        <source>Switch to Demo &amp;Buyer</source>
        <translation>Zum Demo-&amp;Käufer wechseln</translation>
    </message>
    <message>
        <source>Switch to Demo &amp;Seller</source>
        <translation>Zum Demo-&amp;Verkäufer wechseln</translation>
    </message>
    <message>
        <source>Switch to Demo O&amp;perator</source>
        <translation>Zum Demo-&amp;Betreiber wechseln</translation>
    </message>
    <message>
        <source>End your sessions on every computer and revoke your API keys</source>
        <translation>Ihre Sitzungen auf allen Computern beenden und Ihre API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Your saved login could not be read from the system keyring (%1).</source>
        <translation>Ihre gespeicherte Anmeldung konnte nicht aus dem Schlüsselbund des Systems gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Your saved session has ended. Log in again.</source>
        <translation>Ihre gespeicherte Sitzung ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Could not log in: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Your session has expired — log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen — melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>SpareCloud could not keep your login in the system keyring (%1). You will be asked to log in next time.</source>
        <translation>SpareCloud konnte Ihre Anmeldung nicht im Schlüsselbund des Systems aufbewahren (%1). Beim nächsten Mal werden Sie erneut nach der Anmeldung gefragt.</translation>
    </message>
    <message>
        <source>Log Out Everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Log out on every computer?</source>
        <translation>Auf allen Computern abmelden?</translation>
    </message>
    <message>
        <source>This ends all your sessions, here and elsewhere, and revokes your API keys. Programs that use them stop working until you create new keys.</source>
        <translation>Damit enden alle Ihre Sitzungen, hier und anderswo, und Ihre API-Schlüssel werden widerrufen. Programme, die sie verwenden, funktionieren erst wieder, wenn Sie neue Schlüssel erstellen.</translation>
    </message>
    <message>
        <source>Your password was changed. Your other sessions were logged out.</source>
        <translation>Ihr Passwort wurde geändert. Ihre anderen Sitzungen wurden abgemeldet.</translation>
    </message>
    <message>
        <source>&amp;Log In Again…</source>
        <translation>Erneut &amp;anmelden …</translation>
    </message>
</context>
<context>
    <name>sc::ui::SpendChart</name>
    <message>
        <source>Spent per day</source>
        <translation>Ausgaben pro Tag</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No usage to show yet.</source>
        <translation>Noch keine Nutzung anzuzeigen.</translation>
    </message>
    <message>
        <source>Nothing spent in these %1 days.</source>
        <translation>In diesen %1 Tagen wurde nichts ausgegeben.</translation>
    </message>
</context>
<context>
    <name>sc::ui::StatementModel</name>
    <message>
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Auszahlbar</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Monatsabrechnung</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>sc::ui::ThresholdsDialog</name>
    <message>
        <source>Low-Balance Alerts</source>
        <translation>Warnungen bei niedrigem Guthaben</translation>
    </message>
    <message>
        <source>Warn me when my available credit falls below these amounts. Leave an amount at “off” to use fewer alerts.</source>
        <translation>Warnen Sie mich, wenn mein verfügbares Guthaben unter diese Beträge fällt. Lassen Sie einen Betrag auf „aus“, um weniger Warnungen zu verwenden.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Alert %1:</source>
        <translation>Warnung %1:</translation>
    </message>
    <message>
        <source>The alerts were not saved: %1</source>
        <translation>Die Warnungen wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::TopUpDialog</name>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Add Credit</source>
        <translation>Guthaben aufladen</translation>
    </message>
    <message>
        <source>Credit is kept in your organization&apos;s billing currency.</source>
        <translation>Guthaben wird in der Abrechnungswährung Ihrer Organisation geführt.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>Mindestens %1.</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Card number:</source>
        <translation>Kartennummer:</translation>
    </message>
    <message>
        <source>Code from your bank</source>
        <translation>Code von Ihrer Bank</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Prepaid credit pays for your instances by the hour. It is added once the card&apos;s bank accepts the payment.</source>
        <translation>Prepaid-Guthaben bezahlt Ihre Instanzen stundenweise. Es wird gutgeschrieben, sobald die Bank der Karte die Zahlung annimmt.</translation>
    </message>
    <message>
        <source>Card numbers are not stored by SpareCloud.</source>
        <translation>Kartennummern werden von SpareCloud nicht gespeichert.</translation>
    </message>
    <message>
        <source>The number looks right.</source>
        <translation>Die Nummer sieht richtig aus.</translation>
    </message>
    <message>
        <source>This is not a valid card number; check it for a typo.</source>
        <translation>Das ist keine gültige Kartennummer; prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>Sending the code to your bank…</source>
        <translation>Der Code wird an Ihre Bank gesendet …</translation>
    </message>
    <message>
        <source>Asking your card&apos;s bank for %1…</source>
        <translation>Die Bank Ihrer Karte wird um %1 gebeten …</translation>
    </message>
    <message>
        <source>Done: %1 was added to your credit.</source>
        <translation>Fertig: %1 wurde Ihrem Guthaben gutgeschrieben.</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>The payment service could not take the payment, and nothing was charged. Try again later.</source>
        <translation>Der Zahlungsdienst konnte die Zahlung nicht annehmen, und es wurde nichts belastet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Your bank is checking the code…</source>
        <translation>Ihre Bank prüft den Code …</translation>
    </message>
    <message>
        <source>Your card&apos;s bank wants to confirm this payment. Enter the code it sent you.</source>
        <translation>Die Bank Ihrer Karte möchte diese Zahlung bestätigen. Geben Sie den Code ein, den sie Ihnen gesendet hat.</translation>
    </message>
    <message>
        <source>Your card&apos;s bank wants to confirm this payment: %1</source>
        <translation>Die Bank Ihrer Karte möchte diese Zahlung bestätigen: %1</translation>
    </message>
    <message>
        <source>Waiting for the code from your bank.</source>
        <translation>Warten auf den Code von Ihrer Bank.</translation>
    </message>
    <message>
        <source>Your card&apos;s bank is processing the payment of %1…</source>
        <translation>Die Bank Ihrer Karte verarbeitet die Zahlung von %1 …</translation>
    </message>
    <message>
        <source>The bank is still processing the payment. Your credit goes up as soon as it succeeds; you can close this window.</source>
        <translation>Die Bank verarbeitet die Zahlung noch. Ihr Guthaben steigt, sobald sie erfolgreich ist; Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>The payment was sent, but its outcome could not be asked for: %1 Your credit goes up as soon as it succeeds.</source>
        <translation>Die Zahlung wurde gesendet, aber ihr Ergebnis konnte nicht abgefragt werden: %1 Ihr Guthaben steigt, sobald sie erfolgreich ist.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>sc::ui::TransactionModel</name>
    <message>
        <source>Credit added</source>
        <translation>Guthaben aufgeladen</translation>
    </message>
    <message>
        <source>Held for a bid or lease</source>
        <translation>Reserviert für ein Gebot oder eine Miete</translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation>Reservierung freigegeben</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Lease #%1</source>
        <translation>Miete #%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Miete</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Geschuldet</translation>
    </message>
    <message>
        <source>Double-click to see lease #%1 on the Instances page</source>
        <translation>Doppelklicken, um Miete #%1 auf der Seite „Instanzen“ zu sehen</translation>
    </message>
</context>
<context>
    <name>sc::ui::UploadDialog</name>
    <message>
        <source>Upload an Image</source>
        <translation>Ein Image hochladen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>What buyers of your organization will see</source>
        <translation>Was Käufer Ihrer Organisation sehen werden</translation>
    </message>
    <message>
        <source>For example Debian 12</source>
        <translation>Zum Beispiel Debian 12</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>What it runs, how to log in, anything a colleague should know</source>
        <translation>Was sie ausführt, wie man sich anmeldet, alles, was ein Kollege wissen sollte</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>&amp;Betriebssystem:</translation>
    </message>
    <message>
        <source>Minimum &amp;memory:</source>
        <translation>Mindest-&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Minimum &amp;disk:</source>
        <translation>Mindest-Fest&amp;platte:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>Der Name %1.</translation>
    </message>
    <message>
        <source>Recognised from the file&apos;s first bytes.</source>
        <translation>Aus den ersten Bytes der Datei erkannt.</translation>
    </message>
    <message>
        <source>The file looks like a %1 image. The broker checks the format and refuses an image that is not what it is declared as.</source>
        <translation>Die Datei sieht aus wie ein %1-Image. Der Broker prüft das Format und lehnt ein Image ab, das nicht dem angegebenen entspricht.</translation>
    </message>
</context>
<context>
    <name>sc::ui::UploadPanel</name>
    <message>
        <source>Clear Finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>Remove the uploads that are done, failed or cancelled from this list</source>
        <translation>Die abgeschlossenen, fehlgeschlagenen oder abgebrochenen Uploads aus dieser Liste entfernen</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>Nothing on its way</source>
        <translation>Nichts unterwegs</translation>
    </message>
    <message>
        <source>1 file on its way</source>
        <translation>1 Datei unterwegs</translation>
    </message>
    <message>
        <source>%1 files on their way</source>
        <translation>%1 Dateien unterwegs</translation>
    </message>
</context>
<context>
    <name>sc::ui::UploadRow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this upload and drop what the broker received of it</source>
        <translation>Diesen Upload beenden und verwerfen, was der Broker davon erhalten hat</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Datei wird geprüft</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Being verified by the broker</source>
        <translation>Wird vom Broker überprüft</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Computing its checksum: %1 of %2</source>
        <translation>Prüfsumme wird berechnet: %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Waiting for the file before it to be checked</source>
        <translation>Wartet, bis die Datei davor geprüft ist</translation>
    </message>
    <message>
        <source>Checked; waiting for the upload before it</source>
        <translation>Geprüft; wartet auf den Upload davor</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <source>Every byte is in; the broker checks the checksum and the %1 format</source>
        <translation>Alle Bytes sind da; der Broker prüft die Prüfsumme und das %1-Format</translation>
    </message>
    <message>
        <source>%1, now in your appliances</source>
        <translation>%1, jetzt in Ihren Appliances</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Go on from where the broker stopped receiving</source>
        <translation>Dort fortsetzen, wo der Broker aufgehört hat zu empfangen</translation>
    </message>
    <message>
        <source>Stop for now; resuming goes on from where it stopped</source>
        <translation>Vorerst anhalten; beim Fortsetzen geht es dort weiter, wo es aufgehört hat</translation>
    </message>
</context>
<context>
    <name>sc::ui::UtilizationChart</name>
    <message>
        <source>CPU, memory (%)</source>
        <translation>CPU, Speicher (%)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Network in</source>
        <translation>Netzwerk ein</translation>
    </message>
    <message>
        <source>Network out</source>
        <translation>Netzwerk aus</translation>
    </message>
    <message>
        <source>Select a running instance to see its use.</source>
        <translation>Wählen Sie eine laufende Instanz aus, um ihre Auslastung zu sehen.</translation>
    </message>
    <message>
        <source>No measurements yet.</source>
        <translation>Noch keine Messwerte.</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation>kB/s</translation>
    </message>
    <message>
        <source>Network (%1)</source>
        <translation>Netzwerk (%1)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
</context>
<context>
    <name>sc::ui::WatchDialog</name>
    <message>
        <source>Watch this search</source>
        <translation>Diese Suche beobachten</translation>
    </message>
    <message>
        <source>The broker tells you when an offer that matches this search appears at your price. You see it here, also while you do something else in the app.</source>
        <translation>Der Broker sagt Ihnen, wenn ein zu dieser Suche passendes Angebot zu Ihrem Preis erscheint. Sie sehen es hier, auch während Sie in der App etwas anderes tun.</translation>
    </message>
    <message>
        <source>/h</source>
        <comment>price per hour</comment>
        <translation>/h</translation>
    </message>
    <message>
        <source>Notify me when an offer at no more than</source>
        <translation>Benachrichtigen, wenn ein Angebot zu höchstens</translation>
    </message>
    <message>
        <source>a slot appears</source>
        <translation>pro Slot erscheint</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Suche:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Give the watch a name, so you recognize its notifications.</source>
        <translation>Geben Sie der Beobachtung einen Namen, damit Sie ihre Benachrichtigungen wiedererkennen.</translation>
    </message>
    <message>
        <source>You already watch %1 searches, the most the broker keeps for one person. Delete one you no longer need in the Watches tab, then try again.</source>
        <translation>Sie beobachten bereits %1 Suchen, mehr behält der Broker für eine Person nicht. Löschen Sie im Reiter „Beobachtungen“ eine, die Sie nicht mehr brauchen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The name must have 1 to %1 characters.</source>
        <translation>Der Name muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter the most you would pay per hour for a slot.</source>
        <translation>Geben Sie an, wie viel Sie pro Stunde und Slot höchstens zahlen würden.</translation>
    </message>
    <message>
        <source>The broker cannot watch this search: %1</source>
        <translation>Der Broker kann diese Suche nicht beobachten: %1</translation>
    </message>
    <message>
        <source>This broker cannot watch searches yet.</source>
        <translation>Dieser Broker kann Suchen noch nicht beobachten.</translation>
    </message>
    <message>
        <source>The watch could not be created: %1</source>
        <translation>Die Beobachtung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>at least %1 GiB RAM</source>
        <translation>mindestens %1 GiB RAM</translation>
    </message>
    <message>
        <source>at least %1 GiB disk</source>
        <translation>mindestens %1 GiB Festplatte</translation>
    </message>
    <message>
        <source>★ %1 or better</source>
        <translation>★ %1 oder besser</translation>
    </message>
    <message>
        <source>Any offer</source>
        <translation>Jedes Angebot</translation>
    </message>
    <message>
        <source>at least %1 vCPU</source>
        <translation>mindestens %1 vCPU</translation>
    </message>
    <message>
        <source>available for at least %1 h</source>
        <translation>mindestens %1 h verfügbar</translation>
    </message>
</context>
<context>
    <name>sc::ui::WatchModel</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Looks for</source>
        <translation>Sucht</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source>Matching now</source>
        <translation>Passend jetzt</translation>
    </message>
    <message>
        <source>Last notified</source>
        <translation>Zuletzt benachrichtigt</translation>
    </message>
</context>
<context>
    <name>sc::ui::WatchesPanel</name>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>No watches yet. Search in “Find offers”, then choose “Watch this search…” to be told when a matching offer appears at your price.</source>
        <translation>Noch keine Beobachtungen. Suchen Sie unter „Angebote suchen“ und wählen Sie dann „Diese Suche beobachten …“, um benachrichtigt zu werden, wenn ein passendes Angebot zu Ihrem Preis erscheint.</translation>
    </message>
    <message>
        <source>Your watches</source>
        <translation>Ihre Beobachtungen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>This broker cannot watch searches yet.</source>
        <translation>Dieser Broker kann Suchen noch nicht beobachten.</translation>
    </message>
    <message>
        <source>Your watches could not be loaded: %1</source>
        <translation>Ihre Beobachtungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Notifications could not be loaded: %1</source>
        <translation>Die Benachrichtigungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Noch keine Benachrichtigungen.</translation>
    </message>
    <message>
        <source>The notification could not be marked read: %1</source>
        <translation>Die Benachrichtigung konnte nicht als gelesen markiert werden: %1</translation>
    </message>
    <message>
        <source>The notifications could not be marked read: %1</source>
        <translation>Die Benachrichtigungen konnten nicht als gelesen markiert werden: %1</translation>
    </message>
    <message>
        <source>Delete watch</source>
        <translation>Beobachtung löschen</translation>
    </message>
    <message>
        <source>Delete the watch “%1”? You will not be told about its offers any more.</source>
        <translation>Die Beobachtung „%1“ löschen? Sie werden über ihre Angebote dann nicht mehr benachrichtigt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The watch “%1” could not be deleted: %2</source>
        <translation>Die Beobachtung „%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The watch “%1” is deleted.</source>
        <translation>Die Beobachtung „%1“ ist gelöscht.</translation>
    </message>
    <message>
        <source>%1: %2
New matching offers: %3 · %4</source>
        <translation>%1: %2
Neue passende Angebote: %3 · %4</translation>
    </message>
    <message>
        <source>Click a notification to see its offer in the market, or its instance</source>
        <translation>Klicken Sie auf eine Benachrichtigung, um ihr Angebot im Markt oder ihre Instanz zu sehen</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your instance is running.</source>
        <translation>Ihre Instanz läuft.</translation>
    </message>
    <message>
        <source>Your instance could not be started.</source>
        <translation>Ihre Instanz konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The provider lost your instance.</source>
        <translation>Der Anbieter hat Ihre Instanz verloren.</translation>
    </message>
    <message>
        <source>Your lease ends soon.</source>
        <translation>Ihre Miete endet bald.</translation>
    </message>
    <message>
        <source>Your lease has ended.</source>
        <translation>Ihre Miete ist beendet.</translation>
    </message>
    <message>
        <source>News about your lease %1.</source>
        <translation>Neuigkeiten zu Ihrer Miete %1.</translation>
    </message>
</context>
</TS>
