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
        <source>The instances you lease: where they run, their state and time left.</source>
        <translation>Las instancias que alquila: dónde se ejecutan, su estado y el tiempo que les queda.</translation>
    </message>
    <message>
        <source>See every leased instance with its region, state and remaining lease time</source>
        <translation>Ver cada instancia alquilada con su región, su estado y el tiempo de alquiler restante</translation>
    </message>
    <message>
        <source>Start, stop and restart instances, and follow their CPU, memory and network use</source>
        <translation>Iniciar, detener y reiniciar instancias, y seguir su uso de CPU, memoria y red</translation>
    </message>
    <message>
        <source>Renew a lease before it ends, or resell its remaining time on the market</source>
        <translation>Renovar un alquiler antes de que termine o revender su tiempo restante en el mercado</translation>
    </message>
    <message>
        <source>The VM images your instances boot from.</source>
        <translation>Las imágenes de VM desde las que arrancan sus instancias.</translation>
    </message>
    <message>
        <source>Upload qcow2, raw, VMDK and OVA images; interrupted uploads resume where they stopped</source>
        <translation>Subir imágenes qcow2, raw, VMDK y OVA; las subidas interrumpidas se reanudan donde se quedaron</translation>
    </message>
    <message>
        <source>Have every image&apos;s checksum and format verified before it is used</source>
        <translation>Verificar la suma de comprobación y el formato de cada imagen antes de usarla</translation>
    </message>
    <message>
        <source>Choose the appliance a bid starts as soon as it is filled</source>
        <translation>Elegir el appliance que inicia una puja en cuanto se ejecuta</translation>
    </message>
    <message>
        <source>Your balance, invoices and what each lease has cost.</source>
        <translation>Su saldo, sus facturas y lo que ha costado cada alquiler.</translation>
    </message>
    <message>
        <source>See your balance and every charge and credit in one journal</source>
        <translation>Ver su saldo y todos los cargos y abonos en un único diario</translation>
    </message>
    <message>
        <source>Download monthly invoices</source>
        <translation>Descargar las facturas mensuales</translation>
    </message>
    <message>
        <source>Set a budget for renewing leases automatically</source>
        <translation>Fijar un presupuesto para renovar alquileres automáticamente</translation>
    </message>
    <message>
        <source>For providers: sell your cloud&apos;s spare capacity.</source>
        <translation>Para proveedores: venda la capacidad sobrante de su nube.</translation>
    </message>
    <message>
        <source>Register your cloud&apos;s endpoint and map its hardware to catalog instance types</source>
        <translation>Registrar el endpoint de su nube y asignar su hardware a los tipos de instancia del catálogo</translation>
    </message>
    <message>
        <source>Place asks with a price per hour, an availability window and a maximum lease length</source>
        <translation>Publicar ofertas con un precio por hora, un periodo de disponibilidad y una duración máxima de alquiler</translation>
    </message>
    <message>
        <source>Follow your trades, utilization and provider rating</source>
        <translation>Seguir sus operaciones, la utilización y su valoración como proveedor</translation>
    </message>
    <message>
        <source>Read your settlement statements</source>
        <translation>Consultar sus liquidaciones</translation>
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
    <name>sc::ui::MarketplacePage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load the catalog from the broker again (%1)</source>
        <translation>Volver a cargar el catálogo desde el bróker (%1)</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Standard instance sizes and the regions where sellers offer spare capacity.</source>
        <translation>Tamaños de instancia estándar y las regiones donde los vendedores ofrecen capacidad sobrante.</translation>
    </message>
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
        <source>Instance types: %1 · Regions: %2 · Updated %3</source>
        <translation>Tipos de instancia: %1 · Regiones: %2 · Actualizado a las %3</translation>
    </message>
    <message>
        <source>Instance types: %1 of %2 · Regions: %3 of %4 · Updated %5</source>
        <translation>Tipos de instancia: %1 de %2 · Regiones: %3 de %4 · Actualizado a las %5</translation>
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
</TS>
