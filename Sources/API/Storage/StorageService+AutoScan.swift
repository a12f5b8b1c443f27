// SR.other_config["auto-scan"] = "true": xapi rescans such SRs periodically (xapi_periodic_scheduler,
// auto_scan_interval 30 s), so images added or removed by hand show up without an SR.scan.
import Datamodel
import Foundation

extension StorageService {
    /// The SRs to scan now: auto-scan set, a PBD plugged, no operation running on them.
    func autoScanTargets() -> [Ref<SRRecord>] {
        store.read { db in
            db.all(SRRecord.self).filter { _, sr in
                sr.otherConfig["auto-scan"] == "true" && sr.currentOperations.isEmpty
                    && sr.pbds.contains { db.get($0)?.currentlyAttached == true }
            }.map(\.0)
        }
    }

    func startAutoScan(interval: Double) {
        let log = Logger(label: "storage")
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: interval)
                for sr in autoScanTargets() {
                    do {
                        try operations.run(srPolicy, sr, .scan, task: nil) { try synchronise(sr) }
                    } catch {
                        log.warning("auto-scan of SR \(sr.raw): \(error)")
                    }
                }
            }
        }
        thread.name = "xapi-sr-auto-scan"
        thread.start()
    }
}

extension APIServer {
    /// Starts the periodic scan of auto-scan SRs on a thread of its own.
    public func startStorageAutoScan(interval: Double = 30) {
        StorageService(store: store, operations: operations, dataDirectory: environment.dataDirectory)
            .startAutoScan(interval: interval)
    }
}
