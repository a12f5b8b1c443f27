// xapi: reads its configuration, opens the hypervisor and the database, builds a fresh host's
// objects on first boot, then serves the XenAPI on the Unix socket, HTTP and HTTPS until SIGTERM.
import API
import Database
import Datamodel
import Dispatch
import Events
import Foundation
import Glibc
import HTTP
import Hypervisor

let log = Logger(label: "xapi")

func fail(_ message: String) -> Never {
    log.error(message)
    exit(1)
}

let options: CommandLineOptions
do {
    options = try CommandLineOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("xapi: \(error)\n\n\(CommandLineOptions.usage)".utf8))
    exit(2)
}
if options.showHelp {
    print(CommandLineOptions.usage, terminator: "")
    exit(0)
}

var configuration = Configuration()
do {
    if let file = options.configFile { try configuration.load(file: file) }
    for (key, value) in options.overrides { try configuration.set(key, value) }
} catch {
    fail("configuration: \(error)")
}
Logger.setLevel(Logger.Level(name: configuration.logLevel) ?? .info)
signal(SIGPIPE, SIG_IGN)

do {
    try FileManager.default.createDirectory(atPath: configuration.dataDirectory, withIntermediateDirectories: true)
} catch {
    fail("cannot create data directory \(configuration.dataDirectory): \(error.localizedDescription)")
}

let hypervisor: HypervisorStack
do {
    hypervisor = try openHypervisorStack(HypervisorKind(rawValue: configuration.hypervisor) ?? .auto)
} catch {
    fail("hypervisor: \(error)")
}
log.info("hypervisor: \(hypervisor.kind.rawValue)")

let store: ObjectStore
do {
    store = try ObjectStore(path: configuration.databasePath, classes: APIServer.storeClasses,
                            recordTypes: Datamodel.recordTypes, relations: Datamodel.relations,
                            synchronous: configuration.databaseSynchronous == "normal" ? .normal : .full)
} catch {
    fail("cannot open database \(configuration.databasePath): \(error)")
}

let facts = HostFacts.probe()
do {
    try FirstBoot.run(store: store, control: hypervisor.control, facts: facts,
                      configuration: FirstBootConfiguration(dataDirectory: configuration.dataDirectory))
} catch {
    fail("first boot: \(error)")
}

let authenticator: any Authenticator
do {
    if configuration.authentication == "file" {
        authenticator = try PasswordFileAuthenticator(path: configuration.authFile)
    } else {
        authenticator = PAMAuthenticator(service: configuration.pamService)
    }
} catch {
    fail("cannot read auth file \(configuration.authFile): \(error.localizedDescription)")
}

let api: APIServer
do {
    api = try APIServer(store: store, authenticator: authenticator,
                        eventSettings: EventSettings(queueLength: configuration.eventQueueLength,
                                                     batchInterval: configuration.eventBatchInterval),
                        environment: HostEnvironment(dataDirectory: configuration.dataDirectory, hypervisor: hypervisor))
} catch {
    fail("api: \(error)")
}
api.startHousekeeping()
api.startStorageAutoScan(interval: configuration.srAutoScanInterval)
if configuration.eventHeartbeatInterval > 0 { api.startEventHeartbeat(interval: configuration.eventHeartbeatInterval) }

var router = Router()
let xml = RPCEndpoint(api: api, codec: .xml)
router.add("POST", "/", xml)
router.add("POST", "/jsonrpc", RPCEndpoint(api: api, codec: .json))
for path in ["/", "/json", "/jsonrpc"] { router.add("OPTIONS", path, OptionsEndpoint()) }
router.add("PUT", "/import_raw_vdi", RawVDIImport(api: api))
router.add("GET", "/export_raw_vdi", RawVDIExport(api: api))

var serverConfiguration = HTTPServerConfiguration()
serverConfiguration.maxRequestBodySize = configuration.maxRequestSize
serverConfiguration.idleTimeout = .milliseconds(Int64(configuration.idleTimeout * 1000))
serverConfiguration.unixSocketMode = UInt32(configuration.unixSocketMode)
serverConfiguration.streamedRequestBodies = { method, path in method == "PUT" && path == "/import_raw_vdi" }
let server = HTTPServer(configuration: serverConfiguration, handler: router)

do {
    _ = try server.listen(.unix(path: configuration.unixSocket, aliases: configuration.unixSocketAliases))
    log.info("listening on unix:\(configuration.unixSocket)")
    if !configuration.http.isEmpty {
        guard let address = ListenAddress(configuration.http) else { fail("http: not ADDR:PORT: \(configuration.http)") }
        _ = try server.listen(.tcp(host: address.host, port: address.port))
        log.info("listening on http://\(configuration.http)")
    }
    if !configuration.https.isEmpty {
        guard let address = ListenAddress(configuration.https) else { fail("https: not ADDR:PORT: \(configuration.https)") }
        try SelfSignedCertificate.ensure(certificatePath: configuration.certificatePath, keyPath: configuration.keyPath,
                                         commonName: facts.hostname,
                                         subjectAltNames: [facts.hostname, facts.management.ipv4Address, "localhost", "127.0.0.1"])
        let tls = try TLSContext(certificatePath: configuration.certificatePath, keyPath: configuration.keyPath)
        _ = try server.listen(.tls(host: address.host, port: address.port, tls))
        log.info("listening on https://\(configuration.https)")
    }
} catch {
    fail("\(error)")
}

// SIGTERM and SIGINT: stop accepting, let in-flight calls finish, exit 0. The handler runs on the
// main queue: top-level code is main-actor isolated, and dispatchMain() serves that queue.
var signalSources: [DispatchSourceSignal] = []
for sig in [SIGTERM, SIGINT] {
    signal(sig, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: sig, queue: .main)
    source.setEventHandler {
        log.info("signal \(sig): shutting down")
        SystemdNotify.send("STOPPING=1")
        // Stop accepting; calls in flight get a few seconds to finish and be answered. Blocked
        // event calls are answered now rather than at their timeouts.
        api.stopEvents()
        server.stop(gracePeriod: .seconds(10))
        exit(0)
    }
    source.resume()
    signalSources.append(source)
}

// SIGUSR1 on the simulated hypervisor: its xenstore is written to <data dir>/simulated-xenstore.txt
// (what a real host's `xenstore-ls` would show), for tests and for looking around.
if let simulation = hypervisor.simulation {
    signal(SIGUSR1, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGUSR1, queue: .main)
    let file = configuration.dataDirectory + "/simulated-xenstore.txt"
    source.setEventHandler { simulation.xenstored.writeDump(to: file) }
    source.resume()
    signalSources.append(source)
}

log.info("xapi ready: host \(facts.hostname), \(Datamodel.classes.count) classes, \(api.methodNames.count) methods")
SystemdNotify.send("READY=1")
dispatchMain()
