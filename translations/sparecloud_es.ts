<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
</TS>
