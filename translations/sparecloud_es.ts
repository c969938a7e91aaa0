<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountRules</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>La contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>La contraseña puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The password must not be your email address.</source>
        <translation>La contraseña no puede ser su dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Enter a valid email address, for example dana@example.com.</source>
        <translation>Introduzca una dirección de correo electrónico válida, por ejemplo dana@example.com.</translation>
    </message>
</context>
<context>
    <name>ApplianceClient</name>
    <message>
        <source>Not enough storage: your organization has only %1 free for appliances. Delete appliances you no longer need, or ask the broker&apos;s operator for more.</source>
        <translation>No hay suficiente espacio: su organización solo tiene %1 libres para appliances. Elimine los appliances que ya no necesite o pida más al operador del bróker.</translation>
    </message>
    <message>
        <source>Not enough storage left for this image. Delete appliances you no longer need, or ask the broker&apos;s operator for more.</source>
        <translation>No queda suficiente espacio para esta imagen. Elimine los appliances que ya no necesite o pida más al operador del bróker.</translation>
    </message>
    <message>
        <source>Parts of the file arrived damaged several times in a row. Check the network and try again.</source>
        <translation>Partes del archivo llegaron dañadas varias veces seguidas. Compruebe la red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The broker received other bytes than the file&apos;s checksum describes; the file probably changed while it was being uploaded. Add it again.</source>
        <translation>El bróker recibió bytes distintos de los que describe la suma de comprobación del archivo; probablemente el archivo cambió mientras se subía. Vuelva a añadirlo.</translation>
    </message>
    <message>
        <source>The image is not in the format it was declared as. Add it again and choose the right format (or let it be recognised).</source>
        <translation>La imagen no tiene el formato que se declaró. Vuelva a añadirla y elija el formato correcto (o deje que se detecte).</translation>
    </message>
    <message>
        <source>The image is incomplete: it ends before its own header says it should.</source>
        <translation>La imagen está incompleta: termina antes de lo que indica su propia cabecera.</translation>
    </message>
    <message>
        <source>The broker could not read the file as a disk image. Only qcow2, raw, VMDK and OVA images can be uploaded.</source>
        <translation>El bróker no pudo leer el archivo como imagen de disco. Solo se pueden subir imágenes qcow2, raw, VMDK y OVA.</translation>
    </message>
    <message>
        <source>The broker could not store the image. Try again later.</source>
        <translation>El bróker no pudo guardar la imagen. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>An open bid or a lease that has not started yet uses this appliance. Delete it once they no longer need it.</source>
        <translation>Una puja abierta o un alquiler que aún no ha empezado usa este appliance. Elimínelo cuando ya no lo necesiten.</translation>
    </message>
    <message>
        <source>The broker cannot be reached. Check the connection; uploads go on from where they stopped.</source>
        <translation>No se puede contactar con el bróker. Compruebe la conexión; las subidas continúan desde donde se detuvieron.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again, then resume the upload.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión y reanude la subida.</translation>
    </message>
    <message>
        <source>This account may not upload appliances. Log in as a buyer to upload images.</source>
        <translation>Esta cuenta no puede subir appliances. Inicie sesión como comprador para subir imágenes.</translation>
    </message>
    <message>
        <source>The broker no longer knows this upload: unfinished uploads expire after a day without progress.</source>
        <translation>El bróker ya no conoce esta subida: las subidas sin terminar caducan tras un día sin avances.</translation>
    </message>
    <message>
        <source>The broker refused the upload: %1</source>
        <translation>El bróker rechazó la subida: %1</translation>
    </message>
</context>
<context>
    <name>BillingClient</name>
    <message>
        <source>The card&apos;s bank declined the payment. Try another card, or ask the bank why.</source>
        <translation>El banco de la tarjeta rechazó el pago. Pruebe con otra tarjeta o pregunte al banco el motivo.</translation>
    </message>
    <message>
        <source>The card does not have enough funds for this amount. Try a smaller amount or another card.</source>
        <translation>La tarjeta no tiene fondos suficientes para este importe. Pruebe con un importe menor o con otra tarjeta.</translation>
    </message>
    <message>
        <source>The card has expired. Use a card that is still valid.</source>
        <translation>La tarjeta ha caducado. Use una tarjeta que siga siendo válida.</translation>
    </message>
    <message>
        <source>The code did not match what the card&apos;s bank sent, so the payment was stopped. Start again to get a new code.</source>
        <translation>El código no coincidía con el que envió el banco de la tarjeta, así que el pago se detuvo. Empiece de nuevo para recibir un código nuevo.</translation>
    </message>
    <message>
        <source>This card cannot be used here. Try a card of another kind or from another bank.</source>
        <translation>Esta tarjeta no se puede usar aquí. Pruebe con una tarjeta de otro tipo o de otro banco.</translation>
    </message>
    <message>
        <source>The payment did not go through.</source>
        <translation>El pago no se ha realizado.</translation>
    </message>
    <message>
        <source>The payment did not go through (%1).</source>
        <translation>El pago no se ha realizado (%1).</translation>
    </message>
    <message>
        <source>There is nothing to invoice yet: all your usage and payments are on earlier invoices.</source>
        <translation>Todavía no hay nada que facturar: todo su uso y sus pagos ya figuran en facturas anteriores.</translation>
    </message>
    <message>
        <source>What you have earned is below the minimum payout. It is paid out with a later statement.</source>
        <translation>Lo que ha ganado está por debajo del pago mínimo. Se pagará con una liquidación posterior.</translation>
    </message>
    <message>
        <source>The broker cannot be reached. Check the connection and try again.</source>
        <translation>No se puede contactar con el bróker. Compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>This account may not do this: %1</source>
        <translation>Esta cuenta no puede hacer esto: %1</translation>
    </message>
    <message>
        <source>The broker does not know this document.</source>
        <translation>El bróker no conoce este documento.</translation>
    </message>
    <message>
        <source>This broker does not handle billing yet.</source>
        <translation>Este bróker todavía no gestiona la facturación.</translation>
    </message>
</context>
<context>
    <name>BrokerClient</name>
    <message>
        <source>The broker sent an unexpected answer: %1</source>
        <translation>El bróker envió una respuesta inesperada: %1</translation>
    </message>
</context>
<context>
    <name>BuybackClient</name>
    <message>
        <source>Waiting for the buyer</source>
        <translation>Esperando al comprador</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>What you have earned and not been paid yet is less than this amount, so it cannot be offered.</source>
        <translation>Lo que ha ganado y aún no se le ha pagado es menos que este importe, así que no se puede ofrecer.</translation>
    </message>
    <message>
        <source>The broker cannot be reached. Check the connection and try again.</source>
        <translation>No se puede contactar con el bróker. Compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The broker does not know this lease or offer any more.</source>
        <translation>El bróker ya no conoce este alquiler o esta oferta.</translation>
    </message>
    <message>
        <source>This cannot be done now: %1</source>
        <translation>Esto no se puede hacer ahora: %1</translation>
    </message>
    <message>
        <source>This broker does not handle buy-backs yet.</source>
        <translation>Este bróker todavía no gestiona recompras.</translation>
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
        <translation>%1 en %2</translation>
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
        <translation>Introduzca la dirección del bróker, por ejemplo https://broker.example.com.</translation>
    </message>
    <message>
        <source>The broker&apos;s address must start with https://.</source>
        <translation>La dirección del bróker debe empezar por https://.</translation>
    </message>
    <message>
        <source>Plain HTTP would send your login unencrypted. Use https://, or explicitly allow plain HTTP.</source>
        <translation>Con HTTP sin cifrar, sus credenciales viajarían en claro. Use https:// o permita HTTP sin cifrar de forma explícita.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint must be a SHA-256 fingerprint (64 hex digits).</source>
        <translation>La huella del certificado de confianza debe ser una huella SHA-256 (64 dígitos hexadecimales).</translation>
    </message>
</context>
<context>
    <name>FileExport</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
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
        <translation>Ahora mismo no hay ofertas abiertas en el mercado.</translation>
    </message>
    <message>
        <source>No open offer meets all of your conditions.</source>
        <translation>Ninguna oferta abierta cumple todas sus condiciones.</translation>
    </message>
    <message>
        <source>Nearly matching:</source>
        <translation>Casi coinciden:</translation>
    </message>
    <message>
        <source>Offers that cost more than your %1 maximum: %2</source>
        <translation>Ofertas más caras que su máximo de %1: %2</translation>
    </message>
    <message>
        <source>Offers from providers rated below %1: %2</source>
        <translation>Ofertas de proveedores con una valoración inferior a %1: %2</translation>
    </message>
    <message>
        <source>Offers not available for the %1 hours you need: %2</source>
        <translation>Ofertas que no están disponibles durante las %1 horas que necesita: %2</translation>
    </message>
    <message>
        <source>Offers of other instance types than %1: %2</source>
        <translation>Ofertas de otros tipos de instancia distintos de %1: %2</translation>
    </message>
    <message>
        <source>Offers with fewer than %1 vCPUs: %2</source>
        <translation>Ofertas con menos de %1 vCPU: %2</translation>
    </message>
    <message>
        <source>Offers with less than %1 GiB of RAM: %2</source>
        <translation>Ofertas con menos de %1 GiB de RAM: %2</translation>
    </message>
    <message>
        <source>Offers with less than %1 GiB of disk: %2</source>
        <translation>Ofertas con menos de %1 GiB de disco: %2</translation>
    </message>
    <message>
        <source>Offers outside %1: %2</source>
        <translation>Ofertas fuera de %1: %2</translation>
    </message>
    <message>
        <source>Offers in other regions than %1: %2</source>
        <translation>Ofertas en otras regiones distintas de %1: %2</translation>
    </message>
    <message>
        <source>Offers too far away: %1</source>
        <translation>Ofertas demasiado lejanas: %1</translation>
    </message>
    <message>
        <source>Offers excluded by “%1”: %2</source>
        <translation>Ofertas excluidas por «%1»: %2</translation>
    </message>
    <message>
        <source>costs %1 more than your maximum</source>
        <translation>cuesta %1 más que su máximo</translation>
    </message>
    <message>
        <source>is rated %1</source>
        <translation>tiene una valoración de %1</translation>
    </message>
    <message>
        <source>is a %1</source>
        <translation>es un %1</translation>
    </message>
    <message>
        <source>has %1 vCPUs</source>
        <translation>tiene %1 vCPU</translation>
    </message>
    <message>
        <source>has %1 GiB of RAM</source>
        <translation>tiene %1 GiB de RAM</translation>
    </message>
    <message>
        <source>has %1 GiB of disk</source>
        <translation>tiene %1 GiB de disco</translation>
    </message>
    <message>
        <source>is in %1</source>
        <translation>está en %1</translation>
    </message>
    <message>
        <source>is available until %1</source>
        <translation>está disponible hasta %1</translation>
    </message>
    <message>
        <source>%1: %2 at %3 — %4</source>
        <translation>%1: %2 a %3 — %4</translation>
    </message>
</context>
<context>
    <name>ResaleClient</name>
    <message>
        <source>The lease is not active, so its time cannot be sold.</source>
        <translation>El alquiler no está activo, así que su tiempo no se puede vender.</translation>
    </message>
    <message>
        <source>The seller of this capacity does not allow its leases to be resold.</source>
        <translation>El vendedor de esta capacidad no permite revender sus alquileres.</translation>
    </message>
    <message>
        <source>Too little time is left on the lease to sell it.</source>
        <translation>Queda demasiado poco tiempo en el alquiler para venderlo.</translation>
    </message>
    <message>
        <source>The time left on this lease is already on sale.</source>
        <translation>El tiempo restante de este alquiler ya está a la venta.</translation>
    </message>
    <message>
        <source>The time left on this lease has already been sold.</source>
        <translation>El tiempo restante de este alquiler ya se ha vendido.</translation>
    </message>
    <message>
        <source>Your balance cannot cover what would be held for a price below what you pay.</source>
        <translation>Su saldo no cubre lo que se retendría por un precio inferior al que usted paga.</translation>
    </message>
    <message>
        <source>The broker cannot be reached. Check the connection and try again.</source>
        <translation>No se puede contactar con el bróker. Compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The broker does not know this lease.</source>
        <translation>El bróker no conoce este alquiler.</translation>
    </message>
    <message>
        <source>This cannot be done now: %1</source>
        <translation>Esto no se puede hacer ahora: %1</translation>
    </message>
    <message>
        <source>The broker did not accept these values: %1</source>
        <translation>El bróker no aceptó estos valores: %1</translation>
    </message>
    <message>
        <source>The broker did not accept %1: %2</source>
        <translation>El bróker no aceptó %1: %2</translation>
    </message>
    <message>
        <source>This broker does not handle lease resale yet.</source>
        <translation>Este bróker todavía no gestiona la reventa de alquileres.</translation>
    </message>
</context>
<context>
    <name>UploadManager</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop marketplace for spare cloud capacity.</source>
        <translation>Mercado de escritorio para capacidad de nube sobrante.</translation>
    </message>
    <message>
        <source>Start the offline demo right away, without asking.</source>
        <translation>Iniciar la demo sin conexión directamente, sin preguntar.</translation>
    </message>
    <message>
        <source>Connect to the broker at &lt;url&gt;.</source>
        <translation>Conectar con el bróker en &lt;url&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Run embedded brokers from this sparecloud-broker program.</source>
        <translation>Ejecutar los brókeres integrados con este programa sparecloud-broker.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>--demo and --connect exclude each other.</source>
        <translation>--demo y --connect se excluyen mutuamente.</translation>
    </message>
</context>
<context>
    <name>sc::client::BrokerClient</name>
    <message>
        <source>The broker did not answer in time.</source>
        <translation>El bróker no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The secure connection to the broker failed: %1</source>
        <translation>Falló la conexión segura con el bróker: %1</translation>
    </message>
    <message>
        <source>Cannot reach the broker: %1</source>
        <translation>No se puede contactar con el bróker: %1</translation>
    </message>
    <message>
        <source>The broker sent an answer that is not JSON (HTTP %1).</source>
        <translation>El bróker envió una respuesta que no es JSON (HTTP %1).</translation>
    </message>
    <message>
        <source>The broker answered HTTP %1 %2.</source>
        <translation>El bróker respondió HTTP %1 %2.</translation>
    </message>
    <message>
        <source>The broker sent an unexpected answer: %1</source>
        <translation>El bróker envió una respuesta inesperada: %1</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate cannot be trusted: %1 Its SHA-256 fingerprint is %2. Trust it only if the broker&apos;s operator confirms this fingerprint.</source>
        <translation>No se puede confiar en el certificado del bróker: %1 Su huella SHA-256 es %2. Confíe en él solo si el operador del bróker confirma esta huella.</translation>
    </message>
    <message>
        <source>The broker&apos;s answer is too large.</source>
        <translation>La respuesta del bróker es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>sc::client::BrokerConnection</name>
    <message>
        <source>Offline demo</source>
        <translation>Demo sin conexión</translation>
    </message>
    <message>
        <source>Offline demo (embedded broker on %1)</source>
        <translation>Demo sin conexión (bróker integrado en %1)</translation>
    </message>
    <message>
        <source>Local broker</source>
        <translation>Bróker local</translation>
    </message>
    <message>
        <source>Local broker (embedded on %1)</source>
        <translation>Bróker local (integrado en %1)</translation>
    </message>
</context>
<context>
    <name>sc::client::ChunkedUpload</name>
    <message>
        <source>The broker refused the image.</source>
        <translation>El bróker rechazó la imagen.</translation>
    </message>
    <message>
        <source>%1 The upload is paused; resume it when the broker is back.</source>
        <translation>%1 La subida está en pausa; reanúdela cuando el bróker vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>The broker did not answer (%1); trying again in %2 s.</source>
        <translation>El bróker no respondió (%1); se volverá a intentar dentro de %2 s.</translation>
    </message>
</context>
<context>
    <name>sc::client::EmbeddedBroker</name>
    <message>
        <source>The broker did not start within %1 seconds.</source>
        <translation>El bróker no se inició en %1 segundos.</translation>
    </message>
    <message>
        <source>The broker program (sparecloud-broker) was not found.</source>
        <translation>No se encontró el programa del bróker (sparecloud-broker).</translation>
    </message>
    <message>
        <source>Cannot create the broker&apos;s data folder %1.</source>
        <translation>No se puede crear la carpeta de datos del bróker %1.</translation>
    </message>
    <message>
        <source>The broker could not be started: %1</source>
        <translation>No se pudo iniciar el bróker: %1</translation>
    </message>
    <message>
        <source>The broker started but does not answer: %1</source>
        <translation>El bróker se inició pero no responde: %1</translation>
    </message>
    <message>
        <source>The broker crashed.</source>
        <translation>El bróker se bloqueó.</translation>
    </message>
    <message>
        <source>The broker stopped unexpectedly (exit code %1).</source>
        <translation>El bróker se detuvo inesperadamente (código de salida %1).</translation>
    </message>
</context>
<context>
    <name>sc::client::MemoryCredentialStore</name>
    <message>
        <source>Nothing is stored for %1.</source>
        <translation>No hay nada guardado para %1.</translation>
    </message>
</context>
<context>
    <name>sc::client::UploadManager</name>
    <message>
        <source>The file changed on disk since you picked it (its size or modification time is not the same), so its bytes no longer match what was checked. Add it again to upload what it holds now.</source>
        <translation>El archivo cambió en el disco desde que lo eligió (su tamaño o su fecha de modificación no son los mismos), así que sus bytes ya no coinciden con lo que se comprobó. Vuelva a añadirlo para subir lo que contiene ahora.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file is too small to be a disk image (less than 512 bytes).</source>
        <translation>El archivo es demasiado pequeño para ser una imagen de disco (menos de 512 bytes).</translation>
    </message>
    <message>
        <source>The file is larger than the %1 an appliance may have.</source>
        <translation>El archivo supera los %1 que puede tener un appliance.</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>El nombre %1.</translation>
    </message>
    <message>
        <source>%1 is not a format the broker takes (qcow2, raw, VMDK, OVA).</source>
        <translation>%1 no es un formato que acepte el bróker (qcow2, raw, VMDK, OVA).</translation>
    </message>
    <message>
        <source>Log in to a broker to upload appliances.</source>
        <translation>Inicie sesión en un bróker para subir appliances.</translation>
    </message>
</context>
<context>
    <name>sc::ui::AccountButton</name>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Nobody is logged in to this broker.</source>
        <translation>Nadie ha iniciado sesión en este bróker.</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>sesión caducada</translation>
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
%3 de %4</translation>
    </message>
</context>
<context>
    <name>sc::ui::ApplianceDetailPanel</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Select an appliance to see it in detail.</source>
        <translation>Seleccione un appliance para ver sus detalles.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Anything else: how to log in, what to change after the first boot</source>
        <translation>Todo lo demás: cómo iniciar sesión, qué cambiar tras el primer arranque</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>&amp;Sistema operativo:</translation>
    </message>
    <message>
        <source>Minimum &amp;memory:</source>
        <translation>&amp;Memoria mínima:</translation>
    </message>
    <message>
        <source>Minimum dis&amp;k:</source>
        <translation>&amp;Disco mínimo:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>a %1 disk for the guest</source>
        <translation>un disco %1 para el invitado</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>añadido el %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>What it runs, how to log in</source>
        <translation>Qué ejecuta, cómo iniciar sesión</translation>
    </message>
    <message>
        <source>A public appliance, curated by the broker&apos;s operators: every buyer can run it, nobody but the operators can change it.</source>
        <translation>Un appliance público, mantenido por los operadores del bróker: cualquier comprador puede ejecutarlo y nadie salvo los operadores puede cambiarlo.</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>El nombre %1.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Delete Appliance</source>
        <translation>Eliminar appliance</translation>
    </message>
    <message>
        <source>Delete “%1” (%2)? Bids can no longer start it, and its storage is freed. This cannot be undone; to have it again, upload the image again.</source>
        <translation>¿Eliminar «%1» (%2)? Las pujas ya no podrán iniciarlo y se liberará su espacio. Esto no se puede deshacer; para volver a tenerlo, suba de nuevo la imagen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
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
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>It needs at least %1 of memory and %2 of disk</source>
        <translation>Necesita al menos %1 de memoria y %2 de disco</translation>
    </message>
    <message>
        <source>%1 file; the guest sees a %2 disk</source>
        <translation>Archivo %1; el invitado ve un disco de %2</translation>
    </message>
    <message>
        <source>Curated by the broker&apos;s operators; every buyer can run it.</source>
        <translation>Mantenido por los operadores del bróker; cualquier comprador puede ejecutarlo.</translation>
    </message>
    <message>
        <source>Your organization&apos;s own image; only you can run it.</source>
        <translation>La imagen propia de su organización; solo ustedes pueden ejecutarla.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SO</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
</context>
<context>
    <name>sc::ui::AppliancesPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Subir…</translation>
    </message>
    <message>
        <source>Load the appliances and your storage from the broker again</source>
        <translation>Volver a cargar del bróker los appliances y su espacio de almacenamiento</translation>
    </message>
    <message>
        <source>Upload a VM image (qcow2, raw, VMDK or OVA); you can also drop files on this page</source>
        <translation>Subir una imagen de VM (qcow2, raw, VMDK u OVA); también puede soltar archivos en esta página</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <source>The VM images your instances boot from: the operators&apos; public ones and your organization&apos;s own.</source>
        <translation>Las imágenes de VM desde las que arrancan sus instancias: las públicas de los operadores y las propias de su organización.</translation>
    </message>
    <message>
        <source>Drop the image files to upload them</source>
        <translation>Suelte los archivos de imagen para subirlos</translation>
    </message>
    <message>
        <source>Sellers do not upload appliances; log in as a buyer to upload images.</source>
        <translation>Los vendedores no suben appliances; inicie sesión como comprador para subir imágenes.</translation>
    </message>
    <message>
        <source>1 appliance, %1 your own</source>
        <translation>1 appliance, %1 de su organización</translation>
    </message>
    <message>
        <source>%1 appliances, %2 your own</source>
        <translation>%1 appliances, %2 de su organización</translation>
    </message>
    <message>
        <source>Upload Images</source>
        <translation>Subir imágenes</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw *.vmdk *.ova *.iso)</source>
        <translation>Imágenes de disco (*.qcow2 *.img *.raw *.vmdk *.ova *.iso)</translation>
    </message>
    <message>
        <source>Any file (*)</source>
        <translation>Cualquier archivo (*)</translation>
    </message>
    <message>
        <source>Folders cannot be uploaded (%1); drop the image files themselves.</source>
        <translation>No se pueden subir carpetas (%1); suelte los propios archivos de imagen.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connect to a broker to see the appliances you can run and upload your own.</source>
        <translation>Conéctese a un bróker para ver los appliances que puede ejecutar y subir los suyos.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <source>Connecting to the broker…</source>
        <translation>Conectando con el bróker…</translation>
    </message>
    <message>
        <source>Could not connect to the broker</source>
        <translation>No se pudo conectar con el bróker</translation>
    </message>
    <message>
        <source>Loading the appliances…</source>
        <translation>Cargando los appliances…</translation>
    </message>
    <message>
        <source>The appliances could not be loaded</source>
        <translation>No se pudieron cargar los appliances</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>No appliances yet</source>
        <translation>Todavía no hay appliances</translation>
    </message>
    <message>
        <source>Upload a VM image (qcow2, raw, VMDK or OVA): choose “Upload an Image…” or drop the file on this page. An interrupted upload goes on where it stopped, even after the app was closed.</source>
        <translation>Suba una imagen de VM (qcow2, raw, VMDK u OVA): elija «Subir una imagen…» o suelte el archivo en esta página. Una subida interrumpida continúa donde se detuvo, incluso después de cerrar la aplicación.</translation>
    </message>
    <message>
        <source>The broker has no public appliances yet, and this account cannot upload its own. Log in as a buyer to upload images.</source>
        <translation>El bróker todavía no tiene appliances públicos y esta cuenta no puede subir los suyos. Inicie sesión como comprador para subir imágenes.</translation>
    </message>
    <message>
        <source>Upload an Image…</source>
        <translation>Subir una imagen…</translation>
    </message>
</context>
<context>
    <name>sc::ui::AskModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Price (per h)</source>
        <translation>Precio (por h)</translation>
    </message>
    <message>
        <source>Open (slots)</source>
        <translation>Abiertos (slots)</translation>
    </message>
    <message>
        <source>Lease (h)</source>
        <translation>Alquiler (h)</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponible hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>sc::ui::AutoRenewDialog</name>
    <message>
        <source>Renew this lease &amp;automatically</source>
        <translation>Renovar este alquiler &amp;automáticamente</translation>
    </message>
    <message>
        <source>Automatic renewal</source>
        <translation>Renovación automática</translation>
    </message>
    <message>
        <source>The broker renews the lease of %1 at its locked price of %2, 15 minutes before each end, as long as the renewals cost no more than your budget in all.</source>
        <translation>El bróker renueva el alquiler de %1 a su precio fijado de %2, 15 minutos antes de cada fin, mientras las renovaciones no cuesten en total más que su presupuesto.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Hours at a time:</source>
        <translation>&amp;Horas cada vez:</translation>
    </message>
    <message>
        <source>&amp;Budget in all:</source>
        <translation>&amp;Presupuesto total:</translation>
    </message>
    <message>
        <source>The lease ends as it stands; it is not renewed automatically.</source>
        <translation>El alquiler termina como está previsto; no se renueva automáticamente.</translation>
    </message>
    <message numerus="yes">
        <source>Each renewal adds %n hour(s) for %1.</source>
        <translation>
            <numerusform>Cada renovación añade %n hora por %1.</numerusform>
            <numerusform>Cada renovación añade %n horas por %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The budget does not cover even one renewal of %n hour(s). Raise the budget or choose fewer hours.</source>
        <translation>
            <numerusform>El presupuesto no cubre ni una renovación de %n hora. Aumente el presupuesto o elija menos horas.</numerusform>
            <numerusform>El presupuesto no cubre ni una renovación de %n horas. Aumente el presupuesto o elija menos horas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::ui::BalanceSummary</name>
    <message>
        <source>Owed</source>
        <translation>Adeudado</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Choose below which amounts of credit you are warned</source>
        <translation>Elija por debajo de qué importes de saldo se le avisa</translation>
    </message>
    <message>
        <source>Available credit</source>
        <translation>Saldo disponible</translation>
    </message>
    <message>
        <source>Held for bids and running leases</source>
        <translation>Retenido para pujas y alquileres en curso</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Gastado este mes</translation>
    </message>
    <message>
        <source>Usage includes %1 VAT (%2).</source>
        <translation>El uso incluye %1 de IVA (%2).</translation>
    </message>
    <message>
        <source>No low-balance alerts.</source>
        <translation>Sin avisos de saldo bajo.</translation>
    </message>
    <message>
        <source>Alerts below %1.</source>
        <translation>Avisos por debajo de %1.</translation>
    </message>
</context>
<context>
    <name>sc::ui::BidModel</name>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Buy now</source>
        <translation>Comprar ya</translation>
    </message>
    <message>
        <source>All or nothing</source>
        <translation>Todo o nada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ejecutada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Puja</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Max price (per h)</source>
        <translation>Precio máximo (por h)</translation>
    </message>
    <message>
        <source>Filled (slots)</source>
        <translation>Ejecutados (slots)</translation>
    </message>
    <message>
        <source>Duration (h)</source>
        <translation>Duración (h)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>sc::ui::BillingPage</name>
    <message numerus="yes">
        <source>%1 (in %n min)</source>
        <translation>
            <numerusform>%1 (en %n min)</numerusform>
            <numerusform>%1 (en %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Older</source>
        <translation>Mostrar anteriores</translation>
    </message>
    <message>
        <source>Add Credit…</source>
        <translation>Añadir saldo…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load your balance, transactions and invoices from the broker again</source>
        <translation>Volver a cargar del bróker su saldo, sus movimientos y sus facturas</translation>
    </message>
    <message>
        <source>Add prepaid credit with a card</source>
        <translation>Añadir saldo prepago con una tarjeta</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Your prepaid credit, what your instances cost, and your invoices.</source>
        <translation>Su saldo prepago, lo que cuestan sus instancias y sus facturas.</translation>
    </message>
    <message>
        <source>Spent per day over the last %1 days</source>
        <translation>Gasto diario en los últimos %1 días</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Load the next %1 older transactions</source>
        <translation>Cargar los %1 movimientos anteriores siguientes</translation>
    </message>
    <message>
        <source>Your credit (%1) does not cover the next hour of your running instances. Unless you add credit, their leases end at %2.</source>
        <translation>Su saldo (%1) no cubre la próxima hora de sus instancias en marcha. Si no añade saldo, sus alquileres terminarán a las %2.</translation>
    </message>
    <message>
        <source>Your credit (%1) does not cover the next hour of your running instances. Unless you add credit, their leases end soon.</source>
        <translation>Su saldo (%1) no cubre la próxima hora de sus instancias en marcha. Si no añade saldo, sus alquileres terminarán pronto.</translation>
    </message>
    <message>
        <source>Your credit is low: %1, below your alert at %2. Add credit so your instances keep running and your bids can match.</source>
        <translation>Su saldo es bajo: %1, por debajo de su aviso de %2. Añada saldo para que sus instancias sigan en marcha y sus pujas puedan ejecutarse.</translation>
    </message>
    <message>
        <source>Your credit is low: %1. Add credit so your instances keep running and your bids can match.</source>
        <translation>Su saldo es bajo: %1. Añada saldo para que sus instancias sigan en marcha y sus pujas puedan ejecutarse.</translation>
    </message>
    <message>
        <source>The spending could not be loaded:
%1</source>
        <translation>No se pudo cargar el gasto:
%1</translation>
    </message>
    <message>
        <source>The transactions could not be loaded: %1</source>
        <translation>No se pudieron cargar los movimientos: %1</translation>
    </message>
    <message>
        <source>No transactions yet. Adding credit, bids that hold money and the hourly usage of your instances show here.</source>
        <translation>Todavía no hay movimientos. Aquí aparecen el saldo añadido, las pujas que retienen dinero y el uso por horas de sus instancias.</translation>
    </message>
    <message>
        <source>Newest first. Held amounts are reserved for open bids and the next hour of running leases, and come back when they are released.</source>
        <translation>Los más recientes primero. Los importes retenidos se reservan para pujas abiertas y para la próxima hora de los alquileres en curso, y se devuelven al liberarse.</translation>
    </message>
    <message>
        <source>The older transactions could not be loaded: %1</source>
        <translation>No se pudieron cargar los movimientos anteriores: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connect to a broker to see your credit, what your instances cost and your invoices.</source>
        <translation>Conéctese a un bróker para ver su saldo, lo que cuestan sus instancias y sus facturas.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <source>Connecting to the broker…</source>
        <translation>Conectando con el bróker…</translation>
    </message>
    <message>
        <source>Could not connect to the broker</source>
        <translation>No se pudo conectar con el bróker</translation>
    </message>
    <message>
        <source>For buyers</source>
        <translation>Para compradores</translation>
    </message>
    <message>
        <source>Credit, spending and invoices belong to buyers. Sellers find their earnings, statements and payouts in the Seller console.</source>
        <translation>El saldo, el gasto y las facturas son cosa de los compradores. Los vendedores encuentran sus ganancias, liquidaciones y pagos en la Consola de vendedor.</translation>
    </message>
    <message>
        <source>Loading your balance…</source>
        <translation>Cargando su saldo…</translation>
    </message>
    <message>
        <source>Your balance could not be loaded</source>
        <translation>No se pudo cargar su saldo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>sc::ui::BuybackOfferDialog</name>
    <message>
        <source>Offer a buy-back for lease %1</source>
        <translation>Ofrecer una recompra del alquiler %1</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ofrecer</translation>
    </message>
    <message>
        <source>Offer the buyer of %1 an amount to end the lease after a notice. The amount is held from what you have earned until the buyer decides; it is paid to the buyer if they accept and comes back to you if they refuse or do not answer within a day.</source>
        <translation>Ofrezca al comprador de %1 un importe por terminar el alquiler tras un preaviso. El importe se retiene de lo que ha ganado hasta que el comprador decida; se paga al comprador si acepta y se le devuelve a usted si lo rechaza o no responde en un día.</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Preaviso:</translation>
    </message>
    <message>
        <source>Payable to you now: %1.</source>
        <translation>A cobrar por usted ahora: %1.</translation>
    </message>
    <message>
        <source>Loading what is payable to you now…</source>
        <translation>Cargando lo que puede cobrar ahora…</translation>
    </message>
    <message>
        <source>What is payable to you now could not be loaded: %1</source>
        <translation>No se pudo cargar lo que puede cobrar ahora: %1</translation>
    </message>
    <message>
        <source>Wait until what is payable to you is known: the offer is held from it.</source>
        <translation>Espere a que se sepa lo que puede cobrar: la oferta se retiene de ese importe.</translation>
    </message>
    <message>
        <source>You can offer at most %1, what is payable to you now: the amount is held from it until the buyer decides.</source>
        <translation>Puede ofrecer como máximo %1, lo que puede cobrar ahora: el importe se retiene de ahí hasta que el comprador decida.</translation>
    </message>
</context>
<context>
    <name>sc::ui::BuybackOffersPanel</name>
    <message>
        <source>Standing rule…</source>
        <translation>Regla fija…</translation>
    </message>
    <message>
        <source>Accept any buy-back offer of at least an amount, without asking</source>
        <translation>Aceptar sin preguntar cualquier oferta de recompra a partir de un importe</translation>
    </message>
    <message>
        <source>Buy-back offers</source>
        <translation>Ofertas de recompra</translation>
    </message>
    <message>
        <source>A provider</source>
        <translation>Un proveedor</translation>
    </message>
    <message>
        <source>Provider %1</source>
        <translation>Proveedor %1</translation>
    </message>
    <message>
        <source>1 hour&apos;s notice</source>
        <translation>1 hora de preaviso</translation>
    </message>
    <message>
        <source>%1 hours&apos; notice</source>
        <translation>%1 horas de preaviso</translation>
    </message>
    <message>
        <source>%1 offers %2 to end lease %3 after %4.</source>
        <translation>%1 ofrece %2 por terminar el alquiler %3 tras %4.</translation>
    </message>
    <message>
        <source>The offer expires at %1.</source>
        <translation>La oferta caduca a las %1.</translation>
    </message>
    <message>
        <source>Accept %1 for lease %2? The lease will end at %3, its instance is stopped then and renewals stop. The amount is credited to your balance.</source>
        <translation>¿Aceptar %1 por el alquiler %2? El alquiler terminará a las %3, su instancia se detendrá entonces y las renovaciones cesarán. El importe se abonará en su saldo.</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Aceptar…</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>No open offers. A provider may offer to buy back a lease it needs back; you decide here.</source>
        <translation>No hay ofertas abiertas. Un proveedor puede ofrecer recomprar un alquiler que necesita recuperar; usted decide aquí.</translation>
    </message>
    <message>
        <source>1 open offer for your leases.</source>
        <translation>1 oferta abierta para sus alquileres.</translation>
    </message>
    <message>
        <source>%1 open offers for your leases.</source>
        <translation>%1 ofertas abiertas para sus alquileres.</translation>
    </message>
    <message>
        <source>Accept the buy-back</source>
        <translation>Aceptar la recompra</translation>
    </message>
    <message>
        <source>Accepting the offer for lease %1…</source>
        <translation>Aceptando la oferta del alquiler %1…</translation>
    </message>
    <message>
        <source>Refusing the offer for lease %1…</source>
        <translation>Rechazando la oferta del alquiler %1…</translation>
    </message>
    <message>
        <source>Offers of at least %1 are now accepted for you.</source>
        <translation>Ahora se aceptan en su nombre las ofertas de al menos %1.</translation>
    </message>
    <message>
        <source>No standing rule: you decide each offer yourself.</source>
        <translation>Sin regla fija: usted decide cada oferta.</translation>
    </message>
</context>
<context>
    <name>sc::ui::BuybackRuleDialog</name>
    <message>
        <source>Accept any buy-back offer of at least</source>
        <translation>Aceptar cualquier oferta de recompra de al menos</translation>
    </message>
    <message>
        <source>Standing rule for buy-backs</source>
        <translation>Regla fija para recompras</translation>
    </message>
    <message>
        <source>When a provider offers to buy back one of your leases for at least this amount, the offer is accepted for you: the lease ends after the provider&apos;s notice and the amount is credited to your balance. Off: you decide each offer yourself.</source>
        <translation>Cuando un proveedor ofrezca recomprar uno de sus alquileres por al menos este importe, la oferta se aceptará en su nombre: el alquiler termina tras el preaviso del proveedor y el importe se abona en su saldo. Desactivada: usted decide cada oferta.</translation>
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
        <translation>Usados</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>Select a connected cloud to see its capacity.</source>
        <translation>Seleccione una nube conectada para ver su capacidad.</translation>
    </message>
    <message>
        <source>No capacity readings in this period yet.
The broker reads the cloud&apos;s capacity every few minutes.</source>
        <translation>Todavía no hay lecturas de capacidad en este periodo.
El bróker lee la capacidad de la nube cada pocos minutos.</translation>
    </message>
</context>
<context>
    <name>sc::ui::CatalogPanel</name>
    <message>
        <source>Filter by type, name, family, city or country…</source>
        <translation>Filtrar por tipo, nombre, familia, ciudad o país…</translation>
    </message>
    <message>
        <source>Instance types</source>
        <translation>Tipos de instancia</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Instance types: %1 · Regions: %2 · Updated %3</source>
        <translation>Tipos de instancia: %1 · Regiones: %2 · Actualizado a las %3</translation>
    </message>
    <message>
        <source>Instance types: %1 of %2 · Regions: %3 of %4 · Updated %5</source>
        <translation>Tipos de instancia: %1 de %2 · Regiones: %3 de %4 · Actualizado a las %5</translation>
    </message>
</context>
<context>
    <name>sc::ui::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change Password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>After the change, your other computers and sessions are logged out; this one stays logged in.</source>
        <translation>Tras el cambio se cierran sus sesiones en otros equipos; esta sigue abierta.</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repita la nueva contraseña:</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Introduzca su contraseña actual.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Cambiando su contraseña…</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>The broker did not accept the new password: at least %1 characters, and not your email address.</source>
        <translation>El bróker no aceptó la nueva contraseña: al menos %1 caracteres y que no sea su dirección de correo electrónico.</translation>
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
        <translation>Actualizar nube</translation>
    </message>
    <message>
        <source>No cloud is connected to this provider: you list its capacity by hand, and the broker does not start instances on it.</source>
        <translation>Este proveedor no tiene ninguna nube conectada: usted ofrece su capacidad a mano y el bróker no inicia instancias en él.</translation>
    </message>
    <message>
        <source>Have the broker check the cloud now and import its regions and profiles again</source>
        <translation>Hacer que el bróker compruebe la nube ahora e importe de nuevo sus regiones y perfiles</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Software:</source>
        <translation>Software:</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Last heard from:</source>
        <translation>Última respuesta:</translation>
    </message>
    <message>
        <source>Failures in a row:</source>
        <translation>Fallos seguidos:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Último error:</translation>
    </message>
    <message>
        <source>Next check:</source>
        <translation>Próxima comprobación:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regiones:</translation>
    </message>
    <message>
        <source>Hardware profiles and slots</source>
        <translation>Perfiles de hardware y slots</translation>
    </message>
    <message>
        <source>Buyers see it as %1 · ★ %2</source>
        <translation>Los compradores lo ven como %1 · ★ %2</translation>
    </message>
    <message>
        <source>%1, verified %2</source>
        <translation>%1, verificado %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (no está en el catálogo)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>%1 could not be refreshed. %2</source>
        <translation>No se pudo actualizar %1. %2</translation>
    </message>
    <message>
        <source>%1 checked: %2 profiles imported.</source>
        <translation>%1 comprobado: %2 perfiles importados.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Last 48 hours</source>
        <translation>Últimas 48 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>5-minute readings for the last 48 hours, hourly means before that</source>
        <translation>Lecturas cada 5 minutos en las últimas 48 horas, medias por hora antes</translation>
    </message>
    <message>
        <source>Slots used and free</source>
        <translation>Slots usados y libres</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Cuenta como</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>No cloud is connected to this provider, so the broker reads no capacity from it.</source>
        <translation>Este proveedor no tiene ninguna nube conectada, así que el bróker no lee capacidad de él.</translation>
    </message>
    <message>
        <source>No capacity history: this provider is sold by hand.</source>
        <translation>Sin historial de capacidad: este proveedor se vende a mano.</translation>
    </message>
    <message>
        <source>Loading the capacity history…</source>
        <translation>Cargando el historial de capacidad…</translation>
    </message>
    <message>
        <source>The capacity history could not be loaded.</source>
        <translation>No se pudo cargar el historial de capacidad.</translation>
    </message>
    <message>
        <source>The cloud reports no slots at the moment.</source>
        <translation>La nube no informa de ningún slot en este momento.</translation>
    </message>
    <message>
        <source>Capacity utilization: %1 of %2 slots in use (%3), %4 free.</source>
        <translation>Uso de la capacidad: %1 de %2 slots en uso (%3), %4 libres.</translation>
    </message>
    <message>
        <source>%1 on average over this period.</source>
        <translation>%1 de media en este periodo.</translation>
    </message>
    <message>
        <source>1 of the used slots runs a lease sold here.</source>
        <translation>1 de los slots usados ejecuta un alquiler vendido aquí.</translation>
    </message>
    <message>
        <source>%1 of the used slots run leases sold here.</source>
        <translation>%1 de los slots usados ejecutan alquileres vendidos aquí.</translation>
    </message>
    <message>
        <source>Slots, not CPU: the cloud reports how many slots of each profile are in use.</source>
        <translation>Slots, no CPU: la nube informa de cuántos slots de cada perfil están en uso.</translation>
    </message>
    <message>
        <source>Rated ★ %1: not rated from observations yet.</source>
        <translation>Valoración ★ %1: todavía sin valorar a partir de observaciones.</translation>
    </message>
    <message>
        <source>New provider, neutral prior: the broker rates every provider every 10 minutes from the uptime, provisioning and instance states it observes and from buyers&apos; reviews. Until there is evidence the rating is the neutral 3.0.</source>
        <translation>Proveedor nuevo, valor inicial neutro: el bróker valora a cada proveedor cada 10 minutos a partir de la disponibilidad, el aprovisionamiento y los estados de instancia que observa y de las reseñas de los compradores. Mientras no haya evidencia, la valoración es el valor neutro 3,0.</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Todavía sin evidencia</translation>
    </message>
    <message>
        <source>%1 (prior)</source>
        <translation>%1 (valor inicial)</translation>
    </message>
    <message>
        <source>Uptime, 30 days</source>
        <translation>Disponibilidad, 30 días</translation>
    </message>
    <message>
        <source>%1 (1 day %2, 7 days %3)</source>
        <translation>%1 (1 día %2, 7 días %3)</translation>
    </message>
    <message>
        <source>1 − time in outages / time connected</source>
        <translation>1 − tiempo caído / tiempo conectado</translation>
    </message>
    <message>
        <source>Provisioning success</source>
        <translation>Aprovisionamiento correcto</translation>
    </message>
    <message>
        <source>%1 of %2 instances</source>
        <translation>%1 de %2 instancias</translation>
    </message>
    <message>
        <source>Instances that reached running / those that reached running or failed, over 30 days</source>
        <translation>Instancias que llegaron a «en marcha» / las que llegaron a «en marcha» o fallaron, en 30 días</translation>
    </message>
    <message>
        <source>State conformance</source>
        <translation>Conformidad de estado</translation>
    </message>
    <message>
        <source>1 − instances lost / instances that ran, over 30 days</source>
        <translation>1 − instancias perdidas / instancias que se ejecutaron, en 30 días</translation>
    </message>
    <message>
        <source>Buyer reviews</source>
        <translation>Reseñas de compradores</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>Todavía no hay reseñas</translation>
    </message>
    <message>
        <source>★ %1 from %2 reviews</source>
        <translation>★ %1 de %2 reseñas</translation>
    </message>
    <message>
        <source>(mean stars − 1) / 4</source>
        <translation>(media de estrellas − 1) / 4</translation>
    </message>
    <message>
        <source>Median time to running</source>
        <translation>Mediana del tiempo hasta «en marcha»</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Shown for information; not weighed</source>
        <translation>Se muestra a título informativo; no pondera</translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation>Puntuación compuesta</translation>
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
        <translation>5 × (%1 × %2 + evidencia × puntuación) / (%1 + evidencia)</translation>
    </message>
    <message>
        <source>Rated ★ %1 from a composite score of %2 and evidence of %3 (instances, reviews and days connected).</source>
        <translation>Valoración ★ %1 a partir de una puntuación compuesta de %2 y una evidencia de %3 (instancias, reseñas y días conectado).</translation>
    </message>
    <message>
        <source>Formula version %1, rated %2.</source>
        <translation>Versión de la fórmula %1, valorado el %2.</translation>
    </message>
    <message>
        <source>New provider, neutral prior: the evidence so far (%1: instances, reviews and days connected) weighs less than the prior&apos;s %2, so the rating still leans on the neutral %3 (★ 3.0) and moves toward the composite score as evidence grows. A component without evidence counts as the prior. </source>
        <translation>Proveedor nuevo, valor inicial neutro: la evidencia reunida hasta ahora (%1: instancias, reseñas y días conectado) pesa menos que los %2 del valor inicial, así que la valoración aún se apoya en el valor neutro %3 (★ 3,0) y se acerca a la puntuación compuesta a medida que crece la evidencia. Un componente sin evidencia cuenta como el valor inicial. </translation>
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
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Slots libres</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Caído</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>never heard from</source>
        <translation>nunca ha respondido</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>hace %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>hace %1 d</translation>
    </message>
    <message>
        <source>When the cloud last answered the broker&apos;s checks</source>
        <translation>Cuándo respondió la nube por última vez a las comprobaciones del bróker</translation>
    </message>
    <message>
        <source>Checks in a row the cloud did not answer</source>
        <translation>Comprobaciones seguidas a las que la nube no respondió</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
</context>
<context>
    <name>sc::ui::ConnectCloudDialog</name>
    <message>
        <source>Connect a cloud</source>
        <translation>Conectar una nube</translation>
    </message>
    <message>
        <source>The broker connects to your cloud&apos;s provider API to import its regions and hardware profiles and to start your buyers&apos; instances. It checks the address and the credential before it saves anything. Buyers never see the name or the address: they see only a pseudonym and your rating.</source>
        <translation>El bróker se conecta a la API de proveedor de su nube para importar sus regiones y perfiles de hardware e iniciar las instancias de sus compradores. Comprueba la dirección y la credencial antes de guardar nada. Los compradores nunca ven el nombre ni la dirección: solo ven un seudónimo y su valoración.</translation>
    </message>
    <message>
        <source>For you only, e.g. “Frankfurt rack 2”</source>
        <translation>Solo para usted, p. ej. «Rack Fráncfort 2»</translation>
    </message>
    <message>
        <source>https://cloud.example.com/provider-api</source>
        <translation>https://cloud.example.com/provider-api</translation>
    </message>
    <message>
        <source>The API credential your cloud issued for the broker</source>
        <translation>La credencial de API que su nube emitió para el bróker</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>URL del &amp;endpoint:</translation>
    </message>
    <message>
        <source>C&amp;redential:</source>
        <translation>C&amp;redencial:</translation>
    </message>
    <message>
        <source>Give the provider a name, so you recognize it in your console.</source>
        <translation>Dé un nombre al proveedor para reconocerlo en su consola.</translation>
    </message>
    <message>
        <source>Enter the address of your cloud&apos;s provider API, starting with https://.</source>
        <translation>Introduzca la dirección de la API de proveedor de su nube, empezando por https://.</translation>
    </message>
    <message>
        <source>Enter the credential your cloud issued for the broker.</source>
        <translation>Introduzca la credencial que su nube emitió para el bróker.</translation>
    </message>
    <message>
        <source>Checking your cloud at %1… The broker asks it for its health and its capacity; this can take a few seconds.</source>
        <translation>Comprobando su nube en %1… El bróker le pregunta por su estado y su capacidad; puede tardar unos segundos.</translation>
    </message>
    <message>
        <source>A credential has %1 to %2 characters and no spaces. Copy it exactly as your cloud issued it.</source>
        <translation>Una credencial tiene de %1 a %2 caracteres y ningún espacio. Cópiela exactamente como la emitió su nube.</translation>
    </message>
    <message>
        <source>Your cloud refused the credential. Check that it is the credential your cloud issued for the broker and that it has not been revoked or expired.</source>
        <translation>Su nube rechazó la credencial. Compruebe que es la credencial que su nube emitió para el bróker y que no ha sido revocada ni ha caducado.</translation>
    </message>
    <message>
        <source>The broker could not reach your cloud at this address. Check the URL, and that your cloud is running and accepts connections from the broker.</source>
        <translation>El bróker no pudo llegar a su nube en esta dirección. Compruebe la URL y que su nube está en marcha y acepta conexiones del bróker.</translation>
    </message>
    <message>
        <source>Your cloud answered, but reports that it is not healthy. Fix what its health check reports, then try again.</source>
        <translation>Su nube respondió, pero indica que no está en buen estado. Corrija lo que indica su comprobación de estado y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your cloud reports no capacity the broker could sell: no region with a hardware profile that has slots. Add capacity to your cloud, then try again.</source>
        <translation>Su nube no indica ninguna capacidad que el bróker pueda vender: ninguna región con un perfil de hardware con slots. Añada capacidad a su nube y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The broker does not accept this address: %1 Use https:// (plain http:// only for a cloud on this computer).</source>
        <translation>El bróker no acepta esta dirección: %1 Use https:// (http:// simple solo para una nube en este ordenador).</translation>
    </message>
    <message>
        <source>The name must have 1 to %1 characters.</source>
        <translation>El nombre debe tener de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>The broker refused the cloud: %1</source>
        <translation>El bróker rechazó la nube: %1</translation>
    </message>
    <message>
        <source>Only a seller whose organization is approved can connect a cloud.</source>
        <translation>Solo un vendedor cuya organización esté aprobada puede conectar una nube.</translation>
    </message>
    <message>
        <source>The cloud could not be connected: %1</source>
        <translation>No se pudo conectar la nube: %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::ConnectionDialog</name>
    <message>
        <source>&amp;Offline demo</source>
        <translation>Demo &amp;sin conexión</translation>
    </message>
    <message>
        <source>&amp;Local broker</source>
        <translation>Bróker &amp;local</translation>
    </message>
    <message>
        <source>&amp;Remote broker</source>
        <translation>Bróker &amp;remoto</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (unencrypted, for test setups only)</source>
        <translation>Permitir &amp;HTTP sin cifrar (solo para entornos de prueba)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connect to a Broker</source>
        <translation>Conectar con un bróker</translation>
    </message>
    <message>
        <source>Choose where SpareCloud gets its marketplace from.</source>
        <translation>Elija de dónde obtiene SpareCloud su mercado.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>The broker printed nothing.</source>
        <translation>El bróker no mostró ninguna salida.</translation>
    </message>
    <message>
        <source>A broker on this computer with demo sellers and simulated trading on a fast clock. Nothing leaves your computer.</source>
        <translation>Un bróker en este equipo con vendedores de demostración y operaciones simuladas a ritmo acelerado. Nada sale de su equipo.</translation>
    </message>
    <message>
        <source>A broker on this computer that keeps your own data between sessions.</source>
        <translation>Un bróker en este equipo que conserva sus propios datos entre sesiones.</translation>
    </message>
    <message>
        <source>A marketplace run by an operator, reached over the network.</source>
        <translation>Un mercado gestionado por un operador, accesible a través de la red.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>No se pudo conectar: %1</translation>
    </message>
    <message>
        <source>Output of the broker:</source>
        <translation>Salida del bróker:</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate and Connect</source>
        <translation>Confiar en este certificado y &amp;conectar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trust this certificate?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Confiar en este certificado?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nobody SpareCloud knows vouches for this broker&apos;s certificate, for example because it signed it itself. Compare the fingerprint below with the one the broker&apos;s operator gives you, on another channel. Trust it only if they are the same: otherwise someone may be listening in.</source>
        <translation>Nadie que SpareCloud conozca avala el certificado de este bróker, por ejemplo porque lo firmó él mismo. Compare la huella de abajo con la que le dé el operador del bróker por otro canal. Confíe en él solo si son iguales: de lo contrario, alguien podría estar escuchando.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella SHA-256:</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate cannot be verified.</source>
        <translation>No se puede verificar el certificado del bróker.</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>Emitido para: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Emitido por: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Válido hasta: %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::DepthChart</name>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Pujas</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Price (%1 per h)</source>
        <translation>Precio (%1 por h)</translation>
    </message>
    <message>
        <source>Slots (cumulative)</source>
        <translation>Slots (acumulados)</translation>
    </message>
    <message>
        <source>No instrument selected</source>
        <translation>Ningún instrumento seleccionado</translation>
    </message>
    <message>
        <source>The order book is empty</source>
        <translation>El libro de órdenes está vacío</translation>
    </message>
    <message>
        <source>Slots wanted: %1, best bid %2</source>
        <translation>Slots buscados: %1, mejor puja %2</translation>
    </message>
    <message>
        <source>Slots offered: %1, best ask %2</source>
        <translation>Slots ofrecidos: %1, mejor oferta %2</translation>
    </message>
    <message>
        <source>Spread %1</source>
        <translation>Diferencial %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::DocumentDialog</name>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>No se pudo generar el PDF.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
</context>
<context>
    <name>sc::ui::EarningsPanel</name>
    <message>
        <source>Request Payout</source>
        <translation>Solicitar pago</translation>
    </message>
    <message>
        <source>Payable now</source>
        <translation>A cobrar ahora</translation>
    </message>
    <message>
        <source>Minimum payout</source>
        <translation>Pago mínimo</translation>
    </message>
    <message>
        <source>Paid out so far</source>
        <translation>Pagado hasta ahora</translation>
    </message>
    <message>
        <source>Sold this month (gross)</source>
        <translation>Vendido este mes (bruto)</translation>
    </message>
    <message>
        <source>Commission this month</source>
        <translation>Comisión este mes</translation>
    </message>
    <message>
        <source>Commission on the next sale</source>
        <translation>Comisión de la próxima venta</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Monthly statements</source>
        <translation>Liquidaciones mensuales</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>después %1</translation>
    </message>
    <message>
        <source>%1 up to %2 of sales a month</source>
        <translation>%1 hasta %2 de ventas al mes</translation>
    </message>
    <message>
        <source>%1 up to %2</source>
        <translation>%1 hasta %2</translation>
    </message>
    <message>
        <source>The broker keeps %1 of each sale.</source>
        <translation>El bróker se queda con el %1 de cada venta.</translation>
    </message>
    <message>
        <source>The broker keeps %1. The rate goes down as your sales in the month grow; it starts again on the 1st.</source>
        <translation>El bróker se queda con el %1. La tasa baja a medida que crecen sus ventas del mes; vuelve a empezar el día 1.</translation>
    </message>
    <message>
        <source>The statements could not be loaded: %1</source>
        <translation>No se pudieron cargar las liquidaciones: %1</translation>
    </message>
    <message>
        <source>No statements yet. Each month&apos;s statement is issued on the 1st of the next month: what your clouds sold, the commission and what you earned.</source>
        <translation>Todavía no hay liquidaciones. La liquidación de cada mes se emite el día 1 del mes siguiente: lo que vendieron sus nubes, la comisión y lo que usted ganó.</translation>
    </message>
    <message>
        <source>The payouts could not be loaded: %1</source>
        <translation>No se pudieron cargar los pagos: %1</translation>
    </message>
    <message>
        <source>No payouts yet.</source>
        <translation>Todavía no hay pagos.</translation>
    </message>
    <message>
        <source>Your earnings could not be loaded: %1</source>
        <translation>No se pudieron cargar sus ganancias: %1</translation>
    </message>
    <message>
        <source>Nothing is payable right now.</source>
        <translation>Ahora mismo no hay nada a cobrar.</translation>
    </message>
    <message>
        <source>Payouts start at %1; %2 more to go. What you earn is kept until then.</source>
        <translation>Los pagos empiezan a partir de %1; faltan %2. Lo que gane se guarda hasta entonces.</translation>
    </message>
    <message>
        <source>%1 can be paid out to your bank account now.</source>
        <translation>Ya se pueden pagar %1 a su cuenta bancaria.</translation>
    </message>
    <message>
        <source>Requesting the payout…</source>
        <translation>Solicitando el pago…</translation>
    </message>
    <message>
        <source>%1 is on its way to your bank account (reference %2).</source>
        <translation>%1 va de camino a su cuenta bancaria (referencia %2).</translation>
    </message>
    <message>
        <source>The statement could not be opened: %1</source>
        <translation>No se pudo abrir la liquidación: %1</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Liquidación %1</translation>
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
        <translation>Terminar…</translation>
    </message>
    <message>
        <source>Select an instance to see its details and its use.</source>
        <translation>Seleccione una instancia para ver sus detalles y su uso.</translation>
    </message>
    <message>
        <source>End the lease now: billing stops and the instance is stopped.</source>
        <translation>Terminar el alquiler ahora: la facturación se detiene y la instancia se para.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Tiempo restante:</translation>
    </message>
    <message>
        <source>Lease:</source>
        <translation>Alquiler:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Running since:</source>
        <translation>En marcha desde:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Visto por última vez:</translation>
    </message>
    <message>
        <source>Use over the last hour</source>
        <translation>Uso en la última hora</translation>
    </message>
    <message>
        <source>Select a running instance to see its use.</source>
        <translation>Seleccione una instancia en marcha para ver su uso.</translation>
    </message>
    <message>
        <source>The instance is not running yet: nothing to measure.</source>
        <translation>La instancia aún no está en marcha: no hay nada que medir.</translation>
    </message>
    <message>
        <source>The instance is not running: nothing to measure.</source>
        <translation>La instancia no está en marcha: no hay nada que medir.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, locked for the lease</source>
        <translation>%1, fijo durante el alquiler</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>aún no empezado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Terminó %1</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Aún no asignada</translation>
    </message>
    <message>
        <source>The provider did not answer. Trying again in %1 s.</source>
        <translation>El proveedor no respondió. Se reintentará en %1 s.</translation>
    </message>
    <message>
        <source>The use could not be loaded: %1</source>
        <translation>No se pudo cargar el uso: %1</translation>
    </message>
    <message>
        <source>Terminate instance</source>
        <translation>Terminar instancia</translation>
    </message>
    <message>
        <source>Terminate %1 now?

The lease ends now and billing stops now. The instance is stopped and whatever runs on it is gone. This cannot be undone.</source>
        <translation>¿Terminar %1 ahora?

El alquiler termina ahora y la facturación se detiene ahora. La instancia se para y todo lo que se ejecuta en ella se pierde. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Terminating…</source>
        <translation>Terminando…</translation>
    </message>
    <message>
        <source>%1 is already stopping or has ended.</source>
        <translation>%1 ya se está parando o ha terminado.</translation>
    </message>
    <message>
        <source>%1 could not be terminated: %2</source>
        <translation>No se pudo terminar %1: %2</translation>
    </message>
    <message>
        <source>The lease of %1 has ended and billing stopped.</source>
        <translation>El alquiler de %1 ha terminado y la facturación se ha detenido.</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Renovar…</translation>
    </message>
    <message>
        <source>Auto-renew…</source>
        <translation>Renovación automática…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Valorar…</translation>
    </message>
    <message>
        <source>Extend the lease at its locked price.</source>
        <translation>Prolongar el alquiler a su precio fijado.</translation>
    </message>
    <message>
        <source>Let the broker renew the lease before it ends, within a budget.</source>
        <translation>Dejar que el bróker renueve el alquiler antes de que termine, dentro de un presupuesto.</translation>
    </message>
    <message>
        <source>Rate the provider of this ended lease.</source>
        <translation>Valorar al proveedor de este alquiler terminado.</translation>
    </message>
    <message>
        <source>The lease was renewed; it now ends %1.</source>
        <translation>El alquiler se ha renovado; ahora termina el %1.</translation>
    </message>
    <message numerus="yes">
        <source>The lease renews itself by %n hour(s) at a time, up to %1 in all.</source>
        <translation>
            <numerusform>El alquiler se renueva solo %n hora cada vez, hasta %1 en total.</numerusform>
            <numerusform>El alquiler se renueva solo %n horas cada vez, hasta %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lease is no longer renewed automatically.</source>
        <translation>El alquiler ya no se renueva automáticamente.</translation>
    </message>
    <message>
        <source>Thank you: your review was sent.</source>
        <translation>Gracias: su valoración se ha enviado.</translation>
    </message>
    <message>
        <source>Sell remaining time…</source>
        <translation>Vender el tiempo restante…</translation>
    </message>
    <message>
        <source>Withdraw from sale</source>
        <translation>Retirar de la venta</translation>
    </message>
    <message>
        <source>Offer the time left on this lease to other buyers at your price.</source>
        <translation>Ofrecer el tiempo restante de este alquiler a otros compradores a su precio.</translation>
    </message>
    <message>
        <source>Take the offer of this lease&apos;s time left off the market.</source>
        <translation>Retirar del mercado la oferta del tiempo restante de este alquiler.</translation>
    </message>
    <message>
        <source>The time left on this lease was sold at once.</source>
        <translation>El tiempo restante de este alquiler se vendió de inmediato.</translation>
    </message>
    <message>
        <source>The time left is on sale at %1 until %2.</source>
        <translation>El tiempo restante está a la venta a %1 hasta %2.</translation>
    </message>
    <message>
        <source>Withdrawing the offer…</source>
        <translation>Retirando la oferta…</translation>
    </message>
    <message>
        <source>The offer was withdrawn: the time left stays yours.</source>
        <translation>Se retiró la oferta: el tiempo restante sigue siendo suyo.</translation>
    </message>
    <message>
        <source>The offer could not be withdrawn: %1</source>
        <translation>No se pudo retirar la oferta: %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::InstanceModel</name>
    <message>
        <source>The lease ends %1</source>
        <translation>El alquiler termina %1</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Aprovisionando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Parando</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>The provider&apos;s cloud is not connected to the broker.</source>
        <translation>La nube del proveedor no está conectada al bróker.</translation>
    </message>
    <message>
        <source>The provider&apos;s cloud has no hardware profile for this instance type.</source>
        <translation>La nube del proveedor no tiene ningún perfil de hardware para este tipo de instancia.</translation>
    </message>
    <message>
        <source>The provider&apos;s cloud does not accept new instances.</source>
        <translation>La nube del proveedor no acepta instancias nuevas.</translation>
    </message>
    <message>
        <source>The instance is not running.</source>
        <translation>La instancia no está en marcha.</translation>
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
        <translation>El tiempo restante de este alquiler está a la venta.</translation>
    </message>
    <message>
        <source>The time left on this lease was sold to another buyer.</source>
        <translation>El tiempo restante de este alquiler se vendió a otro comprador.</translation>
    </message>
    <message>
        <source>Resold</source>
        <translation>Revendido</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>A la venta</translation>
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
        <translation>Uso general</translation>
    </message>
    <message>
        <source>Compute optimized</source>
        <translation>Optimizado para cómputo</translation>
    </message>
    <message>
        <source>Memory optimized</source>
        <translation>Optimizado para memoria</translation>
    </message>
    <message>
        <source>Storage optimized</source>
        <translation>Optimizado para almacenamiento</translation>
    </message>
    <message>
        <source>GPU accelerated</source>
        <translation>Acelerado por GPU</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>The type&apos;s stable identifier, used in orders and the API</source>
        <translation>El identificador fijo del tipo, usado en las órdenes y en la API</translation>
    </message>
    <message>
        <source>Virtual CPU cores</source>
        <translation>Núcleos de CPU virtuales</translation>
    </message>
    <message>
        <source>Memory in gibibytes (1 GiB = 1024 MiB)</source>
        <translation>Memoria en gibibytes (1 GiB = 1024 MiB)</translation>
    </message>
    <message>
        <source>Local disk in gibibytes</source>
        <translation>Disco local en gibibytes</translation>
    </message>
    <message>
        <source>Attached GPUs</source>
        <translation>GPU asignadas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
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
        <translation>Disco (GiB)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
</context>
<context>
    <name>sc::ui::InstancesPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load your instances from the broker again</source>
        <translation>Volver a cargar sus instancias desde el bróker</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>The instances you lease: where they run, their state and the time left.</source>
        <translation>Las instancias que alquila: dónde se ejecutan, su estado y el tiempo restante.</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En directo</translation>
    </message>
    <message>
        <source>Your instances are updated as soon as their state changes.</source>
        <translation>Sus instancias se actualizan en cuanto cambia su estado.</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Sin directo</translation>
    </message>
    <message>
        <source>The live connection to the broker is not up; until it is, the page checks for changes every %1 s.</source>
        <translation>La conexión en directo con el bróker no está activa; hasta que lo esté, la página busca cambios cada %1 s.</translation>
    </message>
    <message>
        <source>1 instance, %1 live</source>
        <translation>1 instancia, %1 activas</translation>
    </message>
    <message>
        <source>%1 instances, %2 live</source>
        <translation>%1 instancias, %2 activas</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connect to a broker to see the instances you lease.</source>
        <translation>Conéctese a un bróker para ver las instancias que alquila.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <source>Connecting to the broker…</source>
        <translation>Conectando con el bróker…</translation>
    </message>
    <message>
        <source>Could not connect to the broker</source>
        <translation>No se pudo conectar con el bróker</translation>
    </message>
    <message>
        <source>Loading your instances…</source>
        <translation>Cargando sus instancias…</translation>
    </message>
    <message>
        <source>Your instances could not be loaded</source>
        <translation>No se pudieron cargar sus instancias</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>No instances for this account</source>
        <translation>No hay instancias para esta cuenta</translation>
    </message>
    <message>
        <source>This account cannot lease instances. Log in as a buyer or a seller to buy capacity and run instances.</source>
        <translation>Esta cuenta no puede alquilar instancias. Inicie sesión como comprador o vendedor para comprar capacidad y ejecutar instancias.</translation>
    </message>
    <message>
        <source>No instances yet</source>
        <translation>Aún no hay instancias</translation>
    </message>
    <message>
        <source>Buy capacity on the Marketplace: as soon as a bid is filled, its instance appears here and starts.</source>
        <translation>Compre capacidad en el Mercado: en cuanto se ejecuta una puja, su instancia aparece aquí y arranca.</translation>
    </message>
    <message>
        <source>Open the Marketplace</source>
        <translation>Abrir el Mercado</translation>
    </message>
    <message>
        <source>No instances in this state</source>
        <translation>No hay instancias en este estado</translation>
    </message>
    <message>
        <source>None of your instances is “%1” now.</source>
        <translation>Ninguna de sus instancias está ahora en «%1».</translation>
    </message>
    <message>
        <source>Show every state</source>
        <translation>Mostrar todos los estados</translation>
    </message>
    <message>
        <source>&amp;Sell remaining time…</source>
        <translation>&amp;Vender el tiempo restante…</translation>
    </message>
    <message>
        <source>&amp;Withdraw from sale</source>
        <translation>&amp;Retirar de la venta</translation>
    </message>
    <message>
        <source>Offer the time left on the selected instance&apos;s lease to other buyers</source>
        <translation>Ofrecer a otros compradores el tiempo restante del alquiler de la instancia seleccionada</translation>
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
        <translation>%1 respecto a hace 24 horas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Price of the last trade, per slot and hour</source>
        <translation>Precio de la última operación, por slot y hora</translation>
    </message>
    <message>
        <source>Last price now against the last price 24 hours ago, in percent</source>
        <translation>Último precio ahora respecto al último precio de hace 24 horas, en porcentaje</translation>
    </message>
    <message>
        <source>Slots traded in the last 24 hours</source>
        <translation>Slots negociados en las últimas 24 horas</translation>
    </message>
    <message>
        <source>Highest price a buyer is waiting to pay, per slot and hour</source>
        <translation>Precio más alto que un comprador espera pagar, por slot y hora</translation>
    </message>
    <message>
        <source>Lowest price a seller asks, per slot and hour</source>
        <translation>Precio más bajo que pide un vendedor, por slot y hora</translation>
    </message>
    <message>
        <source>Slots on offer right now</source>
        <translation>Slots en oferta ahora mismo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Last
(per h)</source>
        <translation>Último
(por h)</translation>
    </message>
    <message>
        <source>24 h
change</source>
        <translation>Cambio
24 h</translation>
    </message>
    <message>
        <source>24 h volume
(slots)</source>
        <translation>Volumen 24 h
(slots)</translation>
    </message>
    <message>
        <source>Best bid
(per h)</source>
        <translation>Mejor puja
(por h)</translation>
    </message>
    <message>
        <source>Best ask
(per h)</source>
        <translation>Mejor oferta
(por h)</translation>
    </message>
    <message>
        <source>Open
(slots)</source>
        <translation>Abiertos
(slots)</translation>
    </message>
</context>
<context>
    <name>sc::ui::InvoiceModel</name>
    <message>
        <source>Credit note for %1</source>
        <translation>Nota de abono de %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Usage with VAT</source>
        <translation>Uso con IVA</translation>
    </message>
    <message>
        <source>Credit at the end</source>
        <translation>Saldo al final</translation>
    </message>
</context>
<context>
    <name>sc::ui::InvoicesPanel</name>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Invoice Now</source>
        <translation>Facturar ahora</translation>
    </message>
    <message>
        <source>Export Usage CSV…</source>
        <translation>Exportar uso en CSV…</translation>
    </message>
    <message>
        <source>Issue an invoice now for the usage and payments not invoiced yet</source>
        <translation>Emitir ahora una factura del uso y los pagos aún no facturados</translation>
    </message>
    <message>
        <source>Save this month&apos;s usage so far, lease by lease, as a CSV file</source>
        <translation>Guardar el uso de este mes hasta ahora, alquiler por alquiler, como archivo CSV</translation>
    </message>
    <message>
        <source>The invoices could not be loaded: %1</source>
        <translation>No se pudieron cargar las facturas: %1</translation>
    </message>
    <message>
        <source>No invoices yet. An invoice is issued on the 1st of each month for the month before; “Invoice Now” issues one for what was not invoiced yet.</source>
        <translation>Todavía no hay facturas. El día 1 de cada mes se emite una factura del mes anterior; «Facturar ahora» emite una de lo que aún no se ha facturado.</translation>
    </message>
    <message>
        <source>Invoices are issued on the 1st of each month. Open one to see its lines and export it as PDF.</source>
        <translation>Las facturas se emiten el día 1 de cada mes. Abra una para ver sus líneas y exportarla como PDF.</translation>
    </message>
    <message>
        <source>The invoice could not be opened: %1</source>
        <translation>No se pudo abrir la factura: %1</translation>
    </message>
    <message>
        <source>Credit Note %1</source>
        <translation>Nota de abono %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Issuing an invoice…</source>
        <translation>Emitiendo una factura…</translation>
    </message>
    <message>
        <source>Invoice %1 was issued.</source>
        <translation>Se emitió la factura %1.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>This month&apos;s usage was saved as %1.</source>
        <translation>El uso de este mes se guardó como %1.</translation>
    </message>
</context>
<context>
    <name>sc::ui::LoginDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Create an &amp;Account…</source>
        <translation>Crear una &amp;cuenta…</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>usted@example.com</translation>
    </message>
    <message>
        <source>Keeps your session in the system keyring, so you are logged in when SpareCloud starts. Your password is never stored.</source>
        <translation>Guarda su sesión en el llavero del sistema para que tenga la sesión iniciada al abrir SpareCloud. Su contraseña nunca se guarda.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>New here? Create an account for your organization.</source>
        <translation>¿Es nuevo aquí? Cree una cuenta para su organización.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Your seller account was created. An operator checks your organization first: you can log in once it is approved.</source>
        <translation>Se ha creado su cuenta de vendedor. Un operador revisa primero su organización: podrá iniciar sesión en cuanto la apruebe.</translation>
    </message>
    <message>
        <source>Your account is ready. Log in with your new password.</source>
        <translation>Su cuenta está lista. Inicie sesión con su nueva contraseña.</translation>
    </message>
    <message>
        <source>The email address or the password is wrong.</source>
        <translation>La dirección de correo electrónico o la contraseña son incorrectas.</translation>
    </message>
    <message>
        <source>This account is locked for a while after too many wrong passwords. Try again in %1 min.</source>
        <translation>Esta cuenta está bloqueada un tiempo tras demasiadas contraseñas incorrectas. Inténtelo de nuevo dentro de %1 min.</translation>
    </message>
    <message>
        <source>Too many login attempts from this computer. Try again in %1 s.</source>
        <translation>Demasiados intentos de inicio de sesión desde este equipo. Inténtelo de nuevo dentro de %1 s.</translation>
    </message>
    <message>
        <source>Your seller account is waiting for an operator&apos;s approval. You can log in once it is approved.</source>
        <translation>Su cuenta de vendedor está pendiente de la aprobación de un operador. Podrá iniciar sesión en cuanto se apruebe.</translation>
    </message>
    <message>
        <source>Your organization is suspended. Contact the broker&apos;s operator.</source>
        <translation>Su organización está suspendida. Póngase en contacto con el operador del bróker.</translation>
    </message>
    <message>
        <source>Enter your email address and your password.</source>
        <translation>Introduzca su dirección de correo electrónico y su contraseña.</translation>
    </message>
</context>
<context>
    <name>sc::ui::MainWindow</name>
    <message>
        <source>Marketplace</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Seller console</source>
        <translation>Consola de vendedor</translation>
    </message>
    <message>
        <source>SpareCloud</source>
        <translation>SpareCloud</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SpareCloud</source>
        <translation>&amp;Acerca de SpareCloud</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting — %1</source>
        <translation>Conectando — %1</translation>
    </message>
    <message>
        <source>Connected — %1</source>
        <translation>Conectado — %1</translation>
    </message>
    <message>
        <source>Connection failed — %1</source>
        <translation>Falló la conexión — %1</translation>
    </message>
    <message>
        <source>Request failed: %1</source>
        <translation>Falló la solicitud: %1</translation>
    </message>
    <message>
        <source>About SpareCloud</source>
        <translation>Acerca de SpareCloud</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SpareCloud %1&lt;/h3&gt;&lt;p&gt;A marketplace for spare cloud capacity: buy time-limited instances from providers&apos; unused capacity by price, location and rating, and run your own appliances on them.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SpareCloud %1&lt;/h3&gt;&lt;p&gt;Un mercado de capacidad de nube sobrante: compre instancias por tiempo limitado de la capacidad que los proveedores no usan, según precio, ubicación y valoración, y ejecute en ellas sus propios appliances.&lt;/p&gt;&lt;p&gt;Creado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>Seller console — %1</source>
        <translation>Consola de vendedor — %1</translation>
    </message>
    <message>
        <source>Your session has expired — log in again. Nothing you were doing is lost.</source>
        <translation>Su sesión ha caducado: inicie sesión de nuevo. No se pierde nada de lo que estaba haciendo.</translation>
    </message>
    <message>
        <source>Log In…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>You are not logged in. Log in to see the catalog and to trade.</source>
        <translation>No ha iniciado sesión. Inicie sesión para ver el catálogo y operar.</translation>
    </message>
</context>
<context>
    <name>sc::ui::MarketOverview</name>
    <message>
        <source>Filter instruments…</source>
        <translation>Filtrar instrumentos…</translation>
    </message>
    <message>
        <source>Nothing is traded yet. Instruments appear here as soon as a seller places an ask or a buyer a bid.</source>
        <translation>Todavía no se negocia nada. Los instrumentos aparecen aquí en cuanto un vendedor publica una oferta o un comprador una puja.</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumentos</translation>
    </message>
    <message>
        <source>Select an instrument to see its prices.</source>
        <translation>Seleccione un instrumento para ver sus precios.</translation>
    </message>
    <message>
        <source>No instrument selected</source>
        <translation>Ningún instrumento seleccionado</translation>
    </message>
    <message>
        <source>Prices could not be updated: %1</source>
        <translation>No se pudieron actualizar los precios: %1</translation>
    </message>
    <message>
        <source>%1 has no open orders any more.</source>
        <translation>%1 ya no tiene órdenes abiertas.</translation>
    </message>
    <message>
        <source>The order book could not be loaded</source>
        <translation>No se pudo cargar el libro de órdenes</translation>
    </message>
    <message>
        <source>Prices could not be loaded: %1</source>
        <translation>No se pudieron cargar los precios: %1</translation>
    </message>
    <message>
        <source>Instruments: %1 · Updated %2</source>
        <translation>Instrumentos: %1 · Actualizado a las %2</translation>
    </message>
    <message>
        <source>Instruments: %1 of %2 · Updated %3</source>
        <translation>Instrumentos: %1 de %2 · Actualizado a las %3</translation>
    </message>
</context>
<context>
    <name>sc::ui::MarketStatsView</name>
    <message>
        <source>Last %1 days</source>
        <translation>Últimos %1 días</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>Percentil 10</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <source>Price per vCPU (%1 per h)</source>
        <translation>Precio por vCPU (%1 por h)</translation>
    </message>
    <message>
        <source>Market statistics</source>
        <translation>Estadísticas del mercado</translation>
    </message>
    <message>
        <source>The statistics could not be loaded: %1</source>
        <translation>No se pudieron cargar las estadísticas: %1</translation>
    </message>
    <message>
        <source>No trades in the last %1 days.</source>
        <translation>Ninguna operación en los últimos %1 días.</translation>
    </message>
    <message>
        <source>Slots traded: %1 · Average %2 per vCPU · %3 per GiB of RAM</source>
        <translation>Slots negociados: %1 · Media %2 por vCPU · %3 por GiB de RAM</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Most traded types: %1</source>
        <translation>Tipos más negociados: %1</translation>
    </message>
    <message>
        <source>Most traded regions: %1</source>
        <translation>Regiones más negociadas: %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::MarketplacePage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connect to a broker to see the instance types and regions on offer. The offline demo needs no account and no network.</source>
        <translation>Conéctese a un bróker para ver los tipos de instancia y las regiones que se ofrecen. La demo sin conexión no necesita cuenta ni red.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <source>Connecting to the broker…</source>
        <translation>Conectando con el bróker…</translation>
    </message>
    <message>
        <source>Could not connect to the broker</source>
        <translation>No se pudo conectar con el bróker</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>Cargando el catálogo…</translation>
    </message>
    <message>
        <source>The catalog could not be loaded</source>
        <translation>No se pudo cargar el catálogo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>The catalog is empty</source>
        <translation>El catálogo está vacío</translation>
    </message>
    <message>
        <source>This broker does not offer any instance types or regions yet. They appear here as soon as a seller lists capacity.</source>
        <translation>Este bróker todavía no ofrece tipos de instancia ni regiones. Aparecerán aquí en cuanto un vendedor publique capacidad.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load the catalog and the market from the broker again (%1)</source>
        <translation>Volver a cargar el catálogo y el mercado desde el bróker (%1)</translation>
    </message>
    <message>
        <source>Spare capacity by instance type and region: prices, offers and your orders.</source>
        <translation>Capacidad libre por tipo de instancia y región: precios, ofertas y sus órdenes.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Find offers</source>
        <translation>Buscar ofertas</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Mis órdenes</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Vender</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En directo</translation>
    </message>
    <message>
        <source>Prices and your orders are updated as soon as they change.</source>
        <translation>Los precios y sus órdenes se actualizan en cuanto cambian.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Your watches and the offers they found</source>
        <translation>Sus alertas y las ofertas que encontraron</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>New offer for your watch “%1”: %2.</source>
        <translation>Nueva oferta para su alerta «%1»: %2.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>The live connection to the broker is not up; until it is, the page checks for changes every %1 s.</source>
        <translation>La conexión en directo con el bróker no está activa; hasta que lo esté, la página busca cambios cada %1 s.</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>Sin leer: %1</translation>
    </message>
    <message>
        <source>Watching “%1”. Offers that match now: %2.</source>
        <translation>Vigilando «%1». Ofertas que coinciden ahora: %2.</translation>
    </message>
    <message>
        <source>Show instance</source>
        <translation>Mostrar instancia</translation>
    </message>
</context>
<context>
    <name>sc::ui::MyOrdersPanel</name>
    <message>
        <source>Show filled, cancelled and expired orders</source>
        <translation>Mostrar órdenes ejecutadas, canceladas y caducadas</translation>
    </message>
    <message>
        <source>Cancel bid</source>
        <translation>Cancelar puja</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <source>Withdraw ask</source>
        <translation>Retirar oferta</translation>
    </message>
    <message>
        <source>My bids</source>
        <translation>Mis pujas</translation>
    </message>
    <message>
        <source>/h</source>
        <comment>price per hour</comment>
        <translation>/h</translation>
    </message>
    <message>
        <source>Total slots of the ask. Lowering it keeps the ask&apos;s place in the queue; a new price or more slots put it at the back.</source>
        <translation>Total de slots de la oferta. Reducirlos mantiene su puesto en la cola; un precio nuevo o más slots la ponen al final.</translation>
    </message>
    <message>
        <source>New price:</source>
        <translation>Precio nuevo:</translation>
    </message>
    <message>
        <source>Slots:</source>
        <translation>Slots:</translation>
    </message>
    <message>
        <source>My asks</source>
        <translation>Mis ofertas</translation>
    </message>
    <message>
        <source>Your bids could not be loaded: %1</source>
        <translation>No se pudieron cargar sus pujas: %1</translation>
    </message>
    <message>
        <source>Your asks could not be loaded: %1</source>
        <translation>No se pudieron cargar sus ofertas: %1</translation>
    </message>
    <message>
        <source>Bid %1 was not cancelled: %2</source>
        <translation>La puja %1 no se canceló: %2</translation>
    </message>
    <message>
        <source>Bid %1 is cancelled.</source>
        <translation>La puja %1 está cancelada.</translation>
    </message>
    <message>
        <source>Change the price or the slots first.</source>
        <translation>Cambie primero el precio o los slots.</translation>
    </message>
    <message>
        <source>The ask was not amended: %1</source>
        <translation>La oferta no se modificó: %1</translation>
    </message>
    <message>
        <source>Ask %1 now asks %2 for %3 open slots.</source>
        <translation>La oferta %1 pide ahora %2 por %3 slots abiertos.</translation>
    </message>
    <message>
        <source>Ask %1 was not withdrawn: %2</source>
        <translation>La oferta %1 no se retiró: %2</translation>
    </message>
    <message>
        <source>Ask %1 is withdrawn.</source>
        <translation>La oferta %1 está retirada.</translation>
    </message>
</context>
<context>
    <name>sc::ui::NewAskForm</name>
    <message>
        <source>Place ask</source>
        <translation>Publicar oferta</translation>
    </message>
    <message>
        <source>Buyers see only the provider&apos;s pseudonym and rating</source>
        <translation>Los compradores solo ven el seudónimo y la valoración del proveedor</translation>
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
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Instance type:</source>
        <translation>Tipo de instancia:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Slots:</source>
        <translation>Slots:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <source>Available until:</source>
        <translation>Disponible hasta:</translation>
    </message>
    <message>
        <source>Shortest lease:</source>
        <translation>Alquiler más corto:</translation>
    </message>
    <message>
        <source>Longest lease:</source>
        <translation>Alquiler más largo:</translation>
    </message>
    <message>
        <source>New ask</source>
        <translation>Nueva oferta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Your providers could not be loaded: %1</source>
        <translation>No se pudieron cargar sus proveedores: %1</translation>
    </message>
    <message>
        <source>%1 (shown to buyers as %2)</source>
        <translation>%1 (los compradores ven %2)</translation>
    </message>
    <message>
        <source>Register a provider for your cloud before you place asks.</source>
        <translation>Registre un proveedor para su nube antes de publicar ofertas.</translation>
    </message>
    <message>
        <source>The shortest lease cannot be longer than the longest.</source>
        <translation>El alquiler más corto no puede ser más largo que el más largo.</translation>
    </message>
    <message>
        <source>Placing the ask…</source>
        <translation>Publicando la oferta…</translation>
    </message>
    <message>
        <source>The ask was not placed: %1</source>
        <translation>La oferta no se publicó: %1</translation>
    </message>
    <message>
        <source>Ask %1 placed: %2 × %3 at %4.</source>
        <translation>Oferta %1 publicada: %2 × %3 a %4.</translation>
    </message>
    <message>
        <source>Sold at once to waiting bids: %1.</source>
        <translation>Vendidos al instante a pujas en espera: %1.</translation>
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
        <translation>Los proveedores aparecen con un seudónimo; el bróker nunca dice a los compradores quiénes son.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Price (per h)</source>
        <translation>Precio (por h)</translation>
    </message>
    <message>
        <source>Available (slots)</source>
        <translation>Disponibles (slots)</translation>
    </message>
    <message>
        <source>Lease (h)</source>
        <translation>Alquiler (h)</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponible hasta</translation>
    </message>
</context>
<context>
    <name>sc::ui::OfferSearchPanel</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Buy…</source>
        <translation>Comprar…</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>/h</source>
        <comment>price per hour</comment>
        <translation>/h</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>Tipo de instancia</translation>
    </message>
    <message>
        <source>Min vCPU</source>
        <translation>Mín. vCPU</translation>
    </message>
    <message>
        <source>Min RAM</source>
        <translation>Mín. RAM</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Max price</source>
        <translation>Precio máximo</translation>
    </message>
    <message>
        <source>Min rating</source>
        <translation>Valoración mín.</translation>
    </message>
    <message>
        <source>Open the order ticket for this offer&apos;s instance type and region</source>
        <translation>Abrir el formulario de orden para el tipo de instancia y la región de esta oferta</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Offers: %1 of %2, cheapest first</source>
        <translation>Ofertas: %1 de %2, las más baratas primero</translation>
    </message>
    <message>
        <source>Offers: %1</source>
        <translation>Ofertas: %1</translation>
    </message>
    <message>
        <source>Watch this search…</source>
        <translation>Vigilar esta búsqueda…</translation>
    </message>
    <message>
        <source>Be told when an offer that matches these criteria appears at your price</source>
        <translation>Recibir un aviso cuando aparezca una oferta que cumpla estos criterios a su precio</translation>
    </message>
    <message>
        <source>This broker cannot watch searches yet.</source>
        <translation>Este bróker todavía no puede vigilar búsquedas.</translation>
    </message>
</context>
<context>
    <name>sc::ui::OrderTicket</name>
    <message>
        <source>Buy now</source>
        <translation>Comprar ya</translation>
    </message>
    <message>
        <source>Limit bid</source>
        <translation>Puja límite</translation>
    </message>
    <message>
        <source>Order ticket</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Take the cheapest offers at or below your maximum price now; nothing waits in the book.</source>
        <translation>Tomar ahora las ofertas más baratas hasta su precio máximo; nada queda en espera en el libro.</translation>
    </message>
    <message>
        <source>Wait in the book at your maximum price until a seller matches it or you cancel.</source>
        <translation>Esperar en el libro a su precio máximo hasta que un vendedor lo iguale o usted cancele.</translation>
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
        <translation>Lo máximo que paga por slot y hora. Paga el precio del vendedor, que puede ser menor.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Only providers rated at least this well (0 to 5)</source>
        <translation>Solo proveedores con al menos esta valoración (0 a 5)</translation>
    </message>
    <message>
        <source>Quantity (slots):</source>
        <translation>Cantidad (slots):</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Max price:</source>
        <translation>Precio máximo:</translation>
    </message>
    <message>
        <source>Min rating:</source>
        <translation>Valoración mín.:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regiones:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select an instrument in the table to buy it.</source>
        <translation>Seleccione un instrumento en la tabla para comprarlo.</translation>
    </message>
    <message>
        <source>Buy now…</source>
        <translation>Comprar ya…</translation>
    </message>
    <message>
        <source>Place limit bid…</source>
        <translation>Hacer puja límite…</translation>
    </message>
    <message>
        <source>Buy in any of the checked regions, cheapest first</source>
        <translation>Comprar en cualquiera de las regiones marcadas, la más barata primero</translation>
    </message>
    <message>
        <source>A limit bid waits in the book of one region</source>
        <translation>Una puja límite espera en el libro de una sola región</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>No estimate: %1</source>
        <translation>Sin estimación: %1</translation>
    </message>
    <message>
        <source>At most %1 at your maximum price.</source>
        <translation>Como máximo %1 a su precio máximo.</translation>
    </message>
    <message>
        <source>No offer at or below your maximum right now; the cheapest that fits costs %1.</source>
        <translation>Ahora no hay ofertas hasta su máximo; la más barata que encaja cuesta %1.</translation>
    </message>
    <message>
        <source>No open offer fits this order right now.</source>
        <translation>Ahora mismo ninguna oferta abierta encaja con esta orden.</translation>
    </message>
    <message>
        <source>Your bid would wait in the book until a seller matches it.</source>
        <translation>Su puja esperaría en el libro hasta que un vendedor la iguale.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Estimated cost %1 (%2 × %3 h at %4).</source>
        <translation>Coste estimado %1 (%2 × %3 h a %4).</translation>
    </message>
    <message>
        <source>Only %1 of %2 fit your maximum right now.</source>
        <translation>Ahora solo %1 de %2 encajan con su máximo.</translation>
    </message>
    <message>
        <source>The rest waits in the book.</source>
        <translation>El resto espera en el libro.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Buy %1 now, for %2 h, at no more than %3 a slot (regions: %4)?</source>
        <translation>¿Comprar ya %1 durante %2 h, a no más de %3 por slot (regiones: %4)?</translation>
    </message>
    <message>
        <source>Place a limit bid for %1, for %2 h, at no more than %3 a slot? It waits in the book until a seller matches it or you cancel it.</source>
        <translation>¿Hacer una puja límite por %1 durante %2 h, a no más de %3 por slot? Espera en el libro hasta que un vendedor la iguale o usted la cancele.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Como máximo %1.</translation>
    </message>
    <message>
        <source>Leases start as soon as the bid is filled and are paid for in full.</source>
        <translation>Los alquileres empiezan en cuanto se ejecuta la puja y se pagan completos.</translation>
    </message>
    <message>
        <source>Confirm the order</source>
        <translation>Confirmar la orden</translation>
    </message>
    <message>
        <source>Place bid</source>
        <translation>Hacer puja</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>Enviando la orden…</translation>
    </message>
    <message>
        <source>The order was not placed: %1</source>
        <translation>La orden no se envió: %1</translation>
    </message>
    <message>
        <source>%1 × %2 at %3</source>
        <translation>%1 × %2 a %3</translation>
    </message>
    <message>
        <source>Bought: %1.</source>
        <translation>Comprado: %1.</translation>
    </message>
    <message>
        <source>Total %1 for %2 h. Leases: %3.</source>
        <translation>Total %1 por %2 h. Alquileres: %3.</translation>
    </message>
    <message>
        <source>Bid %1 waits in the book: %2 of %3 filled so far. See My orders to cancel it.</source>
        <translation>La puja %1 espera en el libro: %2 de %3 ejecutados hasta ahora. En «Mis órdenes» puede cancelarla.</translation>
    </message>
    <message>
        <source>Nothing was bought: no offer matched right now.</source>
        <translation>No se compró nada: ahora mismo ninguna oferta coincidía.</translation>
    </message>
    <message>
        <source>The other %1 could not be bought now.</source>
        <translation>Los otros %1 no se pudieron comprar ahora.</translation>
    </message>
    <message>
        <source>Offers that fit exist, but none allows a %1-hour lease or they were taken first. Try again or change the duration.</source>
        <translation>Hay ofertas que encajan, pero ninguna permite un alquiler de %1 horas o ya se las llevaron. Inténtelo de nuevo o cambie la duración.</translation>
    </message>
</context>
<context>
    <name>sc::ui::PayoutModel</name>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Referencia de la transferencia</translation>
    </message>
</context>
<context>
    <name>sc::ui::PlaceholderPage</name>
    <message>
        <source>Coming soon</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>This part of the portal is being built. When it is ready, it will let you:</source>
        <translation>Esta parte del portal está en construcción. Cuando esté lista, podrá:</translation>
    </message>
</context>
<context>
    <name>sc::ui::PriceChart</name>
    <message>
        <source>1 d</source>
        <translation>1 d</translation>
    </message>
    <message>
        <source>The last day in one-minute candles</source>
        <translation>El último día en velas de un minuto</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <source>The last 7 days in one-hour candles</source>
        <translation>Los últimos 7 días en velas de una hora</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <source>The last 30 days in one-day candles</source>
        <translation>Los últimos 30 días en velas diarias</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Restablecer zoom</translation>
    </message>
    <message>
        <source>Show the whole range again. Scroll to zoom, drag to pan.</source>
        <translation>Volver a mostrar todo el periodo. Desplace la rueda para hacer zoom y arrastre para moverse.</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Select an instrument to see its prices.</source>
        <translation>Seleccione un instrumento para ver sus precios.</translation>
    </message>
    <message>
        <source>Price (%1 per h)</source>
        <translation>Precio (%1 por h)</translation>
    </message>
    <message>
        <source>No trades in this period</source>
        <translation>Ninguna operación en este periodo</translation>
    </message>
    <message>
        <source>No prices</source>
        <translation>Sin precios</translation>
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
        <translation>Ningún tipo de instancia del catálogo encaja con este perfil: sus slots no se pueden vender.</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Sold as</source>
        <translation>Se vende como</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usados</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>%1 vCPU · %2 GiB · %3 GiB</source>
        <comment>vCPUs, memory, disk</comment>
        <translation>%1 vCPU · %2 GiB · %3 GiB</translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MiB memory, %3 GiB disk, %4 GPU</source>
        <translation>%1 vCPU, %2 MiB de memoria, %3 GiB de disco, %4 GPU</translation>
    </message>
</context>
<context>
    <name>sc::ui::QuotaBar</name>
    <message>
        <source>Storage:</source>
        <translation>Almacenamiento:</translation>
    </message>
    <message>
        <source>Your organization&apos;s private appliances and the uploads in progress count against this limit; public appliances do not.</source>
        <translation>Los appliances privados de su organización y las subidas en curso cuentan para este límite; los appliances públicos no.</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 de %2 usados</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <source>%1 · %2 reserved by uploads · %3</source>
        <translation>%1 · %2 reservados por subidas · %3</translation>
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
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <comment>compass: west</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>The region&apos;s stable identifier, used in orders and the API</source>
        <translation>El identificador fijo de la región, usado en las órdenes y en la API</translation>
    </message>
    <message>
        <source>Approximate location of the region&apos;s data centers (WGS 84)</source>
        <translation>Ubicación aproximada de los centros de datos de la región (WGS 84)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
</context>
<context>
    <name>sc::ui::RegistrationDialog</name>
    <message>
        <source>I &amp;buy capacity</source>
        <translation>&amp;Compro capacidad</translation>
    </message>
    <message>
        <source>I &amp;sell my cloud&apos;s spare capacity</source>
        <translation>&amp;Vendo la capacidad sobrante de mi nube</translation>
    </message>
    <message>
        <source>Create &amp;Account</source>
        <translation>Crear &amp;cuenta</translation>
    </message>
    <message>
        <source>Create an Account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <source>Your account belongs to an organization: the company or team that buys or sells on this marketplace.</source>
        <translation>Su cuenta pertenece a una organización: la empresa o el equipo que compra o vende en este mercado.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>usted@example.com</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <source>How others see you, for example Dana Fischer</source>
        <translation>Cómo le ven los demás, por ejemplo Dana Fischer</translation>
    </message>
    <message>
        <source>Choose your country</source>
        <translation>Elija su país</translation>
    </message>
    <message>
        <source>A seller&apos;s organization is checked by the broker&apos;s operator first: you can log in once it is approved.</source>
        <translation>El operador del bróker revisa primero la organización de un vendedor: podrá iniciar sesión en cuanto la apruebe.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>Or&amp;ganización:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Your organization:</source>
        <translation>Su organización:</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Introduzca su dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Introduzca su nombre.</translation>
    </message>
    <message>
        <source>Enter your organization&apos;s name.</source>
        <translation>Introduzca el nombre de su organización.</translation>
    </message>
    <message>
        <source>Choose your country.</source>
        <translation>Elija su país.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Creando su cuenta…</translation>
    </message>
    <message>
        <source>An account with this email address exists already. Log in instead, or use another address.</source>
        <translation>Ya existe una cuenta con esta dirección de correo electrónico. Inicie sesión o use otra dirección.</translation>
    </message>
    <message>
        <source>An organization with this name exists already. Choose another name.</source>
        <translation>Ya existe una organización con este nombre. Elija otro nombre.</translation>
    </message>
    <message>
        <source>The broker did not accept this password: at least %1 characters, and not your email address.</source>
        <translation>El bróker no aceptó esta contraseña: al menos %1 caracteres y que no sea su dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Too many new accounts from this computer. Try again in %1 s.</source>
        <translation>Demasiadas cuentas nuevas desde este equipo. Inténtelo de nuevo dentro de %1 s.</translation>
    </message>
</context>
<context>
    <name>sc::ui::RenewLeaseDialog</name>
    <message>
        <source>Renew lease</source>
        <translation>Renovar alquiler</translation>
    </message>
    <message>
        <source>Extend the lease of %1 at its locked price of %2. The seller decides how many hours a lease can be renewed by in all.</source>
        <translation>Prolongue el alquiler de %1 a su precio fijado de %2. El vendedor decide cuántas horas en total se puede renovar un alquiler.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horas:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Coste:</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n hour(s); the lease then ends %2.</source>
        <translation>
            <numerusform>%1 por %n hora; el alquiler termina entonces el %2.</numerusform>
            <numerusform>%1 por %n horas; el alquiler termina entonces el %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seller allows no more renewals of this lease: it has been renewed as far as it can be.</source>
        <translation>El vendedor no permite más renovaciones de este alquiler: ya se ha renovado todo lo posible.</translation>
    </message>
    <message numerus="yes">
        <source>The seller allows this lease to be renewed by only %n more hour(s). Choose fewer hours.</source>
        <translation>
            <numerusform>El vendedor solo permite renovar este alquiler %n hora más. Elija menos horas.</numerusform>
            <numerusform>El vendedor solo permite renovar este alquiler %n horas más. Elija menos horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seller of this instance allows no renewals: the lease ends as agreed.</source>
        <translation>El vendedor de esta instancia no permite renovaciones: el alquiler termina según lo acordado.</translation>
    </message>
    <message>
        <source>The lease has ended, so it can no longer be renewed.</source>
        <translation>El alquiler ha terminado, así que ya no se puede renovar.</translation>
    </message>
    <message>
        <source>The broker did not accept these values: %1</source>
        <translation>El bróker no aceptó estos valores: %1</translation>
    </message>
    <message>
        <source>The lease could not be renewed: %1</source>
        <translation>No se pudo renovar el alquiler: %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::ReviewDialog</name>
    <message>
        <source>Review the provider</source>
        <translation>Valorar al proveedor</translation>
    </message>
    <message>
        <source>How did the provider of %1 do? Your review counts towards the rating other buyers see. You can review each lease once.</source>
        <translation>¿Qué tal el proveedor de %1? Su valoración cuenta para la puntuación que ven otros compradores. Puede valorar cada alquiler una vez.</translation>
    </message>
    <message>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <source>Optional, up to %1 characters</source>
        <translation>Opcional, hasta %1 caracteres</translation>
    </message>
    <message>
        <source>Send review</source>
        <translation>Enviar valoración</translation>
    </message>
    <message>
        <source>&amp;Stars:</source>
        <translation>&amp;Estrellas:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <source>You have already reviewed this lease; each lease can be reviewed once.</source>
        <translation>Ya ha valorado este alquiler; cada alquiler se puede valorar una vez.</translation>
    </message>
    <message>
        <source>You can review a lease only after its instance ran and the lease ended.</source>
        <translation>Solo puede valorar un alquiler cuando su instancia se ha ejecutado y el alquiler ha terminado.</translation>
    </message>
    <message>
        <source>This lease is not one of yours, so you cannot review it.</source>
        <translation>Este alquiler no es suyo, así que no puede valorarlo.</translation>
    </message>
    <message>
        <source>The broker did not accept the review: %1</source>
        <translation>El bróker no aceptó la valoración: %1</translation>
    </message>
    <message>
        <source>The review could not be sent: %1</source>
        <translation>No se pudo enviar la valoración: %1</translation>
    </message>
    <message>
        <source>The comment has %1 characters; shorten it to %2.</source>
        <translation>El comentario tiene %1 caracteres; acórtelo a %2.</translation>
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
        <translation>Añadir tramo</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar tramo</translation>
    </message>
    <message>
        <source>Sell remaining time</source>
        <translation>Vender el tiempo restante</translation>
    </message>
    <message>
        <source>Offer the time left on %1 to other buyers. A buyer who takes it pays your price per hour from then on and you stop paying for it; the instance becomes theirs.</source>
        <translation>Ofrezca el tiempo restante de %1 a otros compradores. Un comprador que lo acepte paga su precio por hora a partir de entonces y usted deja de pagarlo; la instancia pasa a ser suya.</translation>
    </message>
    <message>
        <source>Below (hours left)</source>
        <translation>Por debajo de (horas restantes)</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>Precio por hora</translation>
    </message>
    <message>
        <source>Lower the price when the time left falls below some hours</source>
        <translation>Bajar el precio cuando el tiempo restante baje de ciertas horas</translation>
    </message>
    <message>
        <source>Optional: when the time left falls below some hours, the price steps down.</source>
        <translation>Opcional: cuando el tiempo restante baje de ciertas horas, el precio baja por tramos.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ofrecer</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Tiempo restante:</translation>
    </message>
    <message>
        <source>You pay now:</source>
        <translation>Usted paga ahora:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Precio:</translation>
    </message>
    <message>
        <source>Step-down:</source>
        <translation>Bajada por tramos:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>What the lease can be sold for could not be loaded: %1</source>
        <translation>No se pudo cargar por cuánto se puede vender el alquiler: %1</translation>
    </message>
    <message>
        <source>%1 (the lease ends %2).</source>
        <translation>%1 (el alquiler termina %2).</translation>
    </message>
    <message>
        <source>Your offer leaves the market at %1, an hour before the lease ends; unsold time stays yours.</source>
        <translation>Su oferta sale del mercado a las %1, una hora antes de que termine el alquiler; el tiempo no vendido sigue siendo suyo.</translation>
    </message>
    <message>
        <source>%1, the price locked for your lease</source>
        <translation>%1, el precio fijado para su alquiler</translation>
    </message>
    <message>
        <source>This lease cannot be offered for resale now.</source>
        <translation>Este alquiler no se puede poner a la venta ahora.</translation>
    </message>
    <message>
        <source>Suggested: %1, the price of the one recent trade.</source>
        <translation>Sugerido: %1, el precio de la única operación reciente.</translation>
    </message>
    <message>
        <source>Suggested: %1, the median of %2 recent trades.</source>
        <translation>Sugerido: %1, la mediana de %2 operaciones recientes.</translation>
    </message>
    <message>
        <source>Suggested: %1, the best ask on the market now.</source>
        <translation>Sugerido: %1, la mejor oferta del mercado ahora.</translation>
    </message>
    <message>
        <source>Suggested: %1, your own price (nothing recent to go by).</source>
        <translation>Sugerido: %1, su propio precio (no hay nada reciente como referencia).</translation>
    </message>
    <message>
        <source>Suggested: %1.</source>
        <translation>Sugerido: %1.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Sold at %1 you gain %2 (%3 above the %4 you pay, less the broker&apos;s %5 fee on the gain).</source>
        <translation>Vendido a %1 gana %2 (%3 por encima de los %4 que paga, menos la comisión del %5 del bróker sobre la ganancia).</translation>
    </message>
    <message>
        <source>Sold at %1 you get back exactly what you pay: no gain and no cost.</source>
        <translation>Vendido a %1 recupera exactamente lo que paga: sin ganancia ni coste.</translation>
    </message>
    <message>
        <source>Sold at %1, you still pay %2 of each hour the buyer uses: the difference to your %3.</source>
        <translation>Vendido a %1, sigue pagando %2 de cada hora que use el comprador: la diferencia hasta sus %3.</translation>
    </message>
    <message>
        <source>Your price is below what you pay: you pay the difference; %1 plus VAT is held now from your balance until the time is sold or the offer ends.</source>
        <translation>Su precio es inferior al que paga: usted paga la diferencia; ahora se retienen %1 más IVA de su saldo hasta que se venda el tiempo o termine la oferta.</translation>
    </message>
    <message>
        <source>A step of your schedule is below what you pay: if it sells then, you pay the difference; %1 plus VAT is held now from your balance until the time is sold or the offer ends.</source>
        <translation>Un tramo de su escala está por debajo de lo que paga: si se vende entonces, usted paga la diferencia; ahora se retienen %1 más IVA de su saldo hasta que se venda el tiempo o termine la oferta.</translation>
    </message>
    <message>
        <source>Your balance cannot cover what is held for a price below what you pay: %1 is needed, %2 is available. Top up or choose a higher price.</source>
        <translation>Su saldo no cubre lo que se retiene por un precio inferior al que paga: se necesitan %1 y hay %2 disponibles. Recargue saldo o elija un precio más alto.</translation>
    </message>
    <message numerus="yes">
        <source>A step must start below the time left: at most %n hour(s).</source>
        <translation>
            <numerusform>Un tramo debe empezar por debajo del tiempo restante: como máximo %n hora.</numerusform>
            <numerusform>Un tramo debe empezar por debajo del tiempo restante: como máximo %n horas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Two steps start below %n hour(s): keep one.</source>
        <translation>
            <numerusform>Dos tramos empiezan por debajo de %n hora: conserve uno.</numerusform>
            <numerusform>Dos tramos empiezan por debajo de %n horas: conserve uno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::ui::SellerBuybackPanel</name>
    <message>
        <source>Offer buy-back…</source>
        <translation>Ofrecer recompra…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Offer the buyer of the selected lease an amount to end it after a notice</source>
        <translation>Ofrecer al comprador del alquiler seleccionado un importe por terminarlo tras un preaviso</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Alquiler</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Preaviso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidida</translation>
    </message>
    <message>
        <source>Buy-back offers</source>
        <translation>Ofertas de recompra</translation>
    </message>
    <message>
        <source>Lease %1 (%2, %3)</source>
        <translation>Alquiler %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>None yet. Select a lease above and offer its buyer an amount to end it early.</source>
        <translation>Ninguna todavía. Seleccione arriba un alquiler y ofrezca a su comprador un importe por terminarlo antes.</translation>
    </message>
    <message>
        <source>%1 open, waiting for the buyer.</source>
        <translation>Abiertas: %1, esperando al comprador.</translation>
    </message>
    <message>
        <source>Offer the buyer of lease %1 an amount to end it after a notice</source>
        <translation>Ofrecer al comprador del alquiler %1 un importe por terminarlo tras un preaviso</translation>
    </message>
    <message>
        <source>Select an active lease to offer its buyer a buy-back</source>
        <translation>Seleccione un alquiler activo para ofrecer una recompra a su comprador</translation>
    </message>
    <message>
        <source>lease %1 (%2, %3)</source>
        <translation>alquiler %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Offered %1 for lease %2.</source>
        <translation>Ofrecidos %1 por el alquiler %2.</translation>
    </message>
</context>
<context>
    <name>sc::ui::SellerConsolePage</name>
    <message>
        <source>Seller console</source>
        <translation>Consola de vendedor</translation>
    </message>
    <message>
        <source>Connect a cloud…</source>
        <translation>Conectar una nube…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load your providers and their health from the broker again</source>
        <translation>Volver a cargar sus proveedores y su estado desde el bróker</translation>
    </message>
    <message>
        <source>Your providers</source>
        <translation>Sus proveedores</translation>
    </message>
    <message>
        <source>Clouds up: %1 · down: %2 · free slots: %3</source>
        <translation>Nubes disponibles: %1 · caídas: %2 · slots libres: %3</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connect to a broker as a seller to manage your clouds.</source>
        <translation>Conéctese a un bróker como vendedor para gestionar sus nubes.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <source>Connecting to the broker…</source>
        <translation>Conectando con el bróker…</translation>
    </message>
    <message>
        <source>Could not connect to the broker</source>
        <translation>No se pudo conectar con el bróker</translation>
    </message>
    <message>
        <source>For sellers</source>
        <translation>Para vendedores</translation>
    </message>
    <message>
        <source>The seller console is for providers who sell their clouds&apos; spare capacity. Log in with a seller account to use it.</source>
        <translation>La consola de vendedor es para proveedores que venden la capacidad libre de sus nubes. Inicie sesión con una cuenta de vendedor para usarla.</translation>
    </message>
    <message>
        <source>Loading your providers…</source>
        <translation>Cargando sus proveedores…</translation>
    </message>
    <message>
        <source>Your providers could not be loaded</source>
        <translation>No se pudieron cargar sus proveedores</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>No clouds connected yet</source>
        <translation>Aún no hay nubes conectadas</translation>
    </message>
    <message>
        <source>Connect your cloud&apos;s provider API: the broker imports its regions and hardware profiles, watches its health, and starts buyers&apos; instances on it.</source>
        <translation>Conecte la API de proveedor de su nube: el bróker importa sus regiones y perfiles de hardware, vigila su estado e inicia en ella las instancias de los compradores.</translation>
    </message>
    <message>
        <source>For providers: your clouds, their health, capacity and rating, and the leases running on them.</source>
        <translation>Para proveedores: sus nubes, su estado, capacidad y valoración, y los alquileres que se ejecutan en ellas.</translation>
    </message>
    <message>
        <source>Clouds</source>
        <translation>Nubes</translation>
    </message>
    <message>
        <source>Active leases</source>
        <translation>Alquileres activos</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Ganancias</translation>
    </message>
    <message>
        <source>The leases could not be loaded: %1</source>
        <translation>No se pudieron cargar los alquileres: %1</translation>
    </message>
    <message>
        <source>No leases on your clouds right now. When a buyer&apos;s bid matches one of your asks in the Marketplace, the lease shows here with its term, the price locked at the trade and the state of its instance on your cloud. Buyers stay anonymous.</source>
        <translation>Ahora mismo no hay alquileres en sus nubes. Cuando la puja de un comprador coincida con una de sus ofertas en el Mercado, el alquiler aparecerá aquí con su plazo, el precio fijado en la operación y el estado de su instancia en su nube. Los compradores son anónimos.</translation>
    </message>
    <message>
        <source>1 lease on your clouds, earning %1. Buyers stay anonymous.</source>
        <translation>1 alquiler en sus nubes, con ganancias de %1. Los compradores son anónimos.</translation>
    </message>
    <message>
        <source>%1 leases on your clouds, earning %2 together. Buyers stay anonymous.</source>
        <translation>%1 alquileres en sus nubes, con ganancias de %2 en total. Los compradores son anónimos.</translation>
    </message>
</context>
<context>
    <name>sc::ui::SellerLeaseModel</name>
    <message>
        <source>Buyers see it as %1</source>
        <translation>Los compradores lo ven como %1</translation>
    </message>
    <message>
        <source>Renewable for up to %1 h in all (%2 h renewed so far)</source>
        <translation>Renovable hasta %1 h en total (%2 h renovadas hasta ahora)</translation>
    </message>
    <message>
        <source>Not renewable</source>
        <translation>No renovable</translation>
    </message>
    <message>
        <source>Sold by hand: the broker runs no instance for it.</source>
        <translation>Vendido a mano: el bróker no ejecuta ninguna instancia para él.</translation>
    </message>
    <message>
        <source>The instance on your cloud is %1</source>
        <translation>La instancia en su nube está %1</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (quedan %2)</translation>
    </message>
    <message>
        <source>No instance</source>
        <translation>Sin instancia</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Locked price</source>
        <translation>Precio fijado</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
</context>
<context>
    <name>sc::ui::SessionKeeper</name>
    <message>
        <source>&amp;Log In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>Log Out &amp;Everywhere…</source>
        <translation>Cerrar sesión en &amp;todas partes…</translation>
    </message>
    <message>
        <source>&amp;Change Password…</source>
        <translation>&amp;Cambiar contraseña…</translation>
    </message>
    <message>
        <source>Switch to Demo &amp;Buyer</source>
        <translation>Cambiar al &amp;comprador de la demo</translation>
    </message>
    <message>
        <source>Switch to Demo &amp;Seller</source>
        <translation>Cambiar al &amp;vendedor de la demo</translation>
    </message>
    <message>
        <source>Switch to Demo O&amp;perator</source>
        <translation>Cambiar al &amp;operador de la demo</translation>
    </message>
    <message>
        <source>End your sessions on every computer and revoke your API keys</source>
        <translation>Cerrar sus sesiones en todos los equipos y revocar sus claves de API</translation>
    </message>
    <message>
        <source>Your saved login could not be read from the system keyring (%1).</source>
        <translation>No se pudo leer su inicio de sesión guardado del llavero del sistema (%1).</translation>
    </message>
    <message>
        <source>Your saved session has ended. Log in again.</source>
        <translation>Su sesión guardada ha terminado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Could not log in: %1</source>
        <translation>No se pudo iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Your session has expired — log in again.</source>
        <translation>Su sesión ha caducado: inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>SpareCloud could not keep your login in the system keyring (%1). You will be asked to log in next time.</source>
        <translation>SpareCloud no pudo guardar su inicio de sesión en el llavero del sistema (%1). La próxima vez se le pedirá que inicie sesión.</translation>
    </message>
    <message>
        <source>Log Out Everywhere</source>
        <translation>Cerrar sesión en todas partes</translation>
    </message>
    <message>
        <source>Log out on every computer?</source>
        <translation>¿Cerrar sesión en todos los equipos?</translation>
    </message>
    <message>
        <source>This ends all your sessions, here and elsewhere, and revokes your API keys. Programs that use them stop working until you create new keys.</source>
        <translation>Esto cierra todas sus sesiones, aquí y en otros lugares, y revoca sus claves de API. Los programas que las usan dejarán de funcionar hasta que cree claves nuevas.</translation>
    </message>
    <message>
        <source>Your password was changed. Your other sessions were logged out.</source>
        <translation>Se ha cambiado su contraseña. Se han cerrado sus otras sesiones.</translation>
    </message>
    <message>
        <source>&amp;Log In Again…</source>
        <translation>&amp;Volver a iniciar sesión…</translation>
    </message>
</context>
<context>
    <name>sc::ui::SpendChart</name>
    <message>
        <source>Spent per day</source>
        <translation>Gasto diario</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No usage to show yet.</source>
        <translation>Todavía no hay uso que mostrar.</translation>
    </message>
    <message>
        <source>Nothing spent in these %1 days.</source>
        <translation>No se gastó nada en estos %1 días.</translation>
    </message>
</context>
<context>
    <name>sc::ui::StatementModel</name>
    <message>
        <source>Paid out</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>A cobrar</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Liquidación</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>sc::ui::ThresholdsDialog</name>
    <message>
        <source>Low-Balance Alerts</source>
        <translation>Avisos de saldo bajo</translation>
    </message>
    <message>
        <source>Warn me when my available credit falls below these amounts. Leave an amount at “off” to use fewer alerts.</source>
        <translation>Avisarme cuando mi saldo disponible baje de estos importes. Deje un importe en «desactivado» para usar menos avisos.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Alert %1:</source>
        <translation>Aviso %1:</translation>
    </message>
    <message>
        <source>The alerts were not saved: %1</source>
        <translation>No se guardaron los avisos: %1</translation>
    </message>
</context>
<context>
    <name>sc::ui::TopUpDialog</name>
    <message>
        <source>Pay</source>
        <translation>Pagar</translation>
    </message>
    <message>
        <source>Add Credit</source>
        <translation>Añadir saldo</translation>
    </message>
    <message>
        <source>Credit is kept in your organization&apos;s billing currency.</source>
        <translation>El saldo se lleva en la moneda de facturación de su organización.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>Al menos %1.</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <source>Card number:</source>
        <translation>Número de tarjeta:</translation>
    </message>
    <message>
        <source>Code from your bank</source>
        <translation>Código de su banco</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>Prepaid credit pays for your instances by the hour. It is added once the card&apos;s bank accepts the payment.</source>
        <translation>El saldo prepago paga sus instancias por horas. Se añade en cuanto el banco de la tarjeta acepta el pago.</translation>
    </message>
    <message>
        <source>Card numbers are not stored by SpareCloud.</source>
        <translation>SpareCloud no guarda los números de tarjeta.</translation>
    </message>
    <message>
        <source>The number looks right.</source>
        <translation>El número parece correcto.</translation>
    </message>
    <message>
        <source>This is not a valid card number; check it for a typo.</source>
        <translation>Este no es un número de tarjeta válido; compruebe si tiene alguna errata.</translation>
    </message>
    <message>
        <source>Sending the code to your bank…</source>
        <translation>Enviando el código a su banco…</translation>
    </message>
    <message>
        <source>Asking your card&apos;s bank for %1…</source>
        <translation>Solicitando %1 al banco de su tarjeta…</translation>
    </message>
    <message>
        <source>Done: %1 was added to your credit.</source>
        <translation>Hecho: se añadieron %1 a su saldo.</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>The payment service could not take the payment, and nothing was charged. Try again later.</source>
        <translation>El servicio de pagos no pudo aceptar el pago y no se cobró nada. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Your bank is checking the code…</source>
        <translation>Su banco está comprobando el código…</translation>
    </message>
    <message>
        <source>Your card&apos;s bank wants to confirm this payment. Enter the code it sent you.</source>
        <translation>El banco de su tarjeta quiere confirmar este pago. Introduzca el código que le envió.</translation>
    </message>
    <message>
        <source>Your card&apos;s bank wants to confirm this payment: %1</source>
        <translation>El banco de su tarjeta quiere confirmar este pago: %1</translation>
    </message>
    <message>
        <source>Waiting for the code from your bank.</source>
        <translation>Esperando el código de su banco.</translation>
    </message>
    <message>
        <source>Your card&apos;s bank is processing the payment of %1…</source>
        <translation>El banco de su tarjeta está procesando el pago de %1…</translation>
    </message>
    <message>
        <source>The bank is still processing the payment. Your credit goes up as soon as it succeeds; you can close this window.</source>
        <translation>El banco aún está procesando el pago. Su saldo aumentará en cuanto se complete; puede cerrar esta ventana.</translation>
    </message>
    <message>
        <source>The payment was sent, but its outcome could not be asked for: %1 Your credit goes up as soon as it succeeds.</source>
        <translation>El pago se envió, pero no se pudo consultar su resultado: %1 Su saldo aumentará en cuanto se complete.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>sc::ui::TransactionModel</name>
    <message>
        <source>Credit added</source>
        <translation>Saldo añadido</translation>
    </message>
    <message>
        <source>Held for a bid or lease</source>
        <translation>Retenido para una puja o un alquiler</translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation>Retención liberada</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Revertido</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Lease #%1</source>
        <translation>Alquiler n.º %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Alquiler</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Abono</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Adeudado</translation>
    </message>
    <message>
        <source>Double-click to see lease #%1 on the Instances page</source>
        <translation>Haga doble clic para ver el alquiler n.º %1 en la página Instancias</translation>
    </message>
</context>
<context>
    <name>sc::ui::UploadDialog</name>
    <message>
        <source>Upload an Image</source>
        <translation>Subir una imagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>What buyers of your organization will see</source>
        <translation>Lo que verán los compradores de su organización</translation>
    </message>
    <message>
        <source>For example Debian 12</source>
        <translation>Por ejemplo, Debian 12</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>What it runs, how to log in, anything a colleague should know</source>
        <translation>Qué ejecuta, cómo iniciar sesión, todo lo que un compañero debería saber</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>&amp;Sistema operativo:</translation>
    </message>
    <message>
        <source>Minimum &amp;memory:</source>
        <translation>&amp;Memoria mínima:</translation>
    </message>
    <message>
        <source>Minimum &amp;disk:</source>
        <translation>&amp;Disco mínimo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>El nombre %1.</translation>
    </message>
    <message>
        <source>Recognised from the file&apos;s first bytes.</source>
        <translation>Detectado a partir de los primeros bytes del archivo.</translation>
    </message>
    <message>
        <source>The file looks like a %1 image. The broker checks the format and refuses an image that is not what it is declared as.</source>
        <translation>El archivo parece una imagen %1. El bróker comprueba el formato y rechaza una imagen que no sea lo que se declaró.</translation>
    </message>
</context>
<context>
    <name>sc::ui::UploadPanel</name>
    <message>
        <source>Clear Finished</source>
        <translation>Quitar terminadas</translation>
    </message>
    <message>
        <source>Remove the uploads that are done, failed or cancelled from this list</source>
        <translation>Quitar de esta lista las subidas terminadas, fallidas o canceladas</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Subidas</translation>
    </message>
    <message>
        <source>Nothing on its way</source>
        <translation>Nada en curso</translation>
    </message>
    <message>
        <source>1 file on its way</source>
        <translation>1 archivo en curso</translation>
    </message>
    <message>
        <source>%1 files on their way</source>
        <translation>%1 archivos en curso</translation>
    </message>
</context>
<context>
    <name>sc::ui::UploadRow</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this upload and drop what the broker received of it</source>
        <translation>Detener esta subida y descartar lo que el bróker haya recibido de ella</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Comprobando el archivo</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Being verified by the broker</source>
        <translation>El bróker la está verificando</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
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
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>Computing its checksum: %1 of %2</source>
        <translation>Calculando su suma de comprobación: %1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Waiting for the file before it to be checked</source>
        <translation>Esperando a que se compruebe el archivo anterior</translation>
    </message>
    <message>
        <source>Checked; waiting for the upload before it</source>
        <translation>Comprobado; esperando a la subida anterior</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 de %2 enviados</translation>
    </message>
    <message>
        <source>Every byte is in; the broker checks the checksum and the %1 format</source>
        <translation>Han llegado todos los bytes; el bróker comprueba la suma de comprobación y el formato %1</translation>
    </message>
    <message>
        <source>%1, now in your appliances</source>
        <translation>%1, ya en sus appliances</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Go on from where the broker stopped receiving</source>
        <translation>Continuar desde donde el bróker dejó de recibir</translation>
    </message>
    <message>
        <source>Stop for now; resuming goes on from where it stopped</source>
        <translation>Detener por ahora; al reanudar, continúa desde donde se detuvo</translation>
    </message>
</context>
<context>
    <name>sc::ui::UtilizationChart</name>
    <message>
        <source>CPU, memory (%)</source>
        <translation>CPU, memoria (%)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Network in</source>
        <translation>Red entrante</translation>
    </message>
    <message>
        <source>Network out</source>
        <translation>Red saliente</translation>
    </message>
    <message>
        <source>Select a running instance to see its use.</source>
        <translation>Seleccione una instancia en marcha para ver su uso.</translation>
    </message>
    <message>
        <source>No measurements yet.</source>
        <translation>Aún no hay mediciones.</translation>
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
        <translation>Red (%1)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
</context>
<context>
    <name>sc::ui::WatchDialog</name>
    <message>
        <source>Watch this search</source>
        <translation>Vigilar esta búsqueda</translation>
    </message>
    <message>
        <source>The broker tells you when an offer that matches this search appears at your price. You see it here, also while you do something else in the app.</source>
        <translation>El bróker le avisa cuando aparece una oferta que coincide con esta búsqueda a su precio. Lo verá aquí, también mientras hace otra cosa en la aplicación.</translation>
    </message>
    <message>
        <source>/h</source>
        <comment>price per hour</comment>
        <translation>/h</translation>
    </message>
    <message>
        <source>Notify me when an offer at no more than</source>
        <translation>Avisarme cuando aparezca una oferta de como máximo</translation>
    </message>
    <message>
        <source>a slot appears</source>
        <translation>por plaza</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Vigilar</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Búsqueda:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Give the watch a name, so you recognize its notifications.</source>
        <translation>Dé un nombre a la alerta para reconocer sus notificaciones.</translation>
    </message>
    <message>
        <source>You already watch %1 searches, the most the broker keeps for one person. Delete one you no longer need in the Watches tab, then try again.</source>
        <translation>Ya vigila %1 búsquedas, el máximo que el bróker guarda por persona. Elimine una que ya no necesite en la pestaña «Alertas» y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The name must have 1 to %1 characters.</source>
        <translation>El nombre debe tener entre 1 y %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the most you would pay per hour for a slot.</source>
        <translation>Indique lo máximo que pagaría por hora y plaza.</translation>
    </message>
    <message>
        <source>The broker cannot watch this search: %1</source>
        <translation>El bróker no puede vigilar esta búsqueda: %1</translation>
    </message>
    <message>
        <source>This broker cannot watch searches yet.</source>
        <translation>Este bróker todavía no puede vigilar búsquedas.</translation>
    </message>
    <message>
        <source>The watch could not be created: %1</source>
        <translation>No se pudo crear la alerta: %1</translation>
    </message>
    <message>
        <source>at least %1 GiB RAM</source>
        <translation>al menos %1 GiB de RAM</translation>
    </message>
    <message>
        <source>at least %1 GiB disk</source>
        <translation>al menos %1 GiB de disco</translation>
    </message>
    <message>
        <source>★ %1 or better</source>
        <translation>★ %1 o más</translation>
    </message>
    <message>
        <source>Any offer</source>
        <translation>Cualquier oferta</translation>
    </message>
    <message>
        <source>at least %1 vCPU</source>
        <translation>al menos %1 vCPU</translation>
    </message>
    <message>
        <source>available for at least %1 h</source>
        <translation>disponible al menos %1 h</translation>
    </message>
</context>
<context>
    <name>sc::ui::WatchModel</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Looks for</source>
        <translation>Busca</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Como máximo</translation>
    </message>
    <message>
        <source>Matching now</source>
        <translation>Coinciden ahora</translation>
    </message>
    <message>
        <source>Last notified</source>
        <translation>Último aviso</translation>
    </message>
</context>
<context>
    <name>sc::ui::WatchesPanel</name>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Marcar todo como leído</translation>
    </message>
    <message>
        <source>No watches yet. Search in “Find offers”, then choose “Watch this search…” to be told when a matching offer appears at your price.</source>
        <translation>Todavía no hay alertas. Busque en «Buscar ofertas» y elija «Vigilar esta búsqueda…» para recibir un aviso cuando aparezca una oferta adecuada a su precio.</translation>
    </message>
    <message>
        <source>Your watches</source>
        <translation>Sus alertas</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>This broker cannot watch searches yet.</source>
        <translation>Este bróker todavía no puede vigilar búsquedas.</translation>
    </message>
    <message>
        <source>Your watches could not be loaded: %1</source>
        <translation>No se pudieron cargar sus alertas: %1</translation>
    </message>
    <message>
        <source>Notifications could not be loaded: %1</source>
        <translation>No se pudieron cargar las notificaciones: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Todavía no hay notificaciones.</translation>
    </message>
    <message>
        <source>The notification could not be marked read: %1</source>
        <translation>No se pudo marcar la notificación como leída: %1</translation>
    </message>
    <message>
        <source>The notifications could not be marked read: %1</source>
        <translation>No se pudieron marcar las notificaciones como leídas: %1</translation>
    </message>
    <message>
        <source>Delete watch</source>
        <translation>Eliminar alerta</translation>
    </message>
    <message>
        <source>Delete the watch “%1”? You will not be told about its offers any more.</source>
        <translation>¿Eliminar la alerta «%1»? Ya no recibirá avisos de sus ofertas.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The watch “%1” could not be deleted: %2</source>
        <translation>No se pudo eliminar la alerta «%1»: %2</translation>
    </message>
    <message>
        <source>The watch “%1” is deleted.</source>
        <translation>La alerta «%1» está eliminada.</translation>
    </message>
    <message>
        <source>%1: %2
New matching offers: %3 · %4</source>
        <translation>%1: %2
Nuevas ofertas que coinciden: %3 · %4</translation>
    </message>
    <message>
        <source>Click a notification to see its offer in the market, or its instance</source>
        <translation>Haga clic en una notificación para ver su oferta en el mercado o su instancia</translation>
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
        <translation>Su instancia está en marcha.</translation>
    </message>
    <message>
        <source>Your instance could not be started.</source>
        <translation>No se pudo iniciar su instancia.</translation>
    </message>
    <message>
        <source>The provider lost your instance.</source>
        <translation>El proveedor perdió su instancia.</translation>
    </message>
    <message>
        <source>Your lease ends soon.</source>
        <translation>Su alquiler termina pronto.</translation>
    </message>
    <message>
        <source>Your lease has ended.</source>
        <translation>Su alquiler ha terminado.</translation>
    </message>
    <message>
        <source>News about your lease %1.</source>
        <translation>Novedades sobre su alquiler %1.</translation>
    </message>
</context>
</TS>
