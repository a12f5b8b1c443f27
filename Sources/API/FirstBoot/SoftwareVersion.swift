// host.software_version as xapi assembles it (ocaml/xapi/xapi_globs.ml software_version,
// ocaml/xapi/create_misc.ml make_software_version): product identity, build facts, the running
// hypervisor and kernel, the XenCenter range, the network backend and the schema version.
import Glibc
import Hypervisor

enum SoftwareVersion {
    static func map(configuration c: FirstBootConfiguration, xen: XenVersion, kernelRelease: String,
                    now: Int64) -> [String: String] {
        [
            "product_version": c.productVersion,
            "product_version_text": c.productVersionText,
            "product_version_text_short": c.productVersionTextShort,
            "platform_name": c.platformName,
            "platform_version": c.platformVersion,
            "product_brand": c.productBrand,
            "xapi": c.xapiVersion,
            "build_number": c.buildNumber,
            "hostname": c.buildHost,
            "date": c.buildDate ?? utcDate(now),
            "xapi_build": c.xapiBuild,
            "xen": xen.description,
            "linux": kernelRelease,
            "xencenter_min": c.xencenterMin,
            "xencenter_max": c.xencenterMax,
            "network_backend": c.networkBackend,
            "db_schema": c.dbSchema,
        ]
    }

    /// `YYYY-MM-DD` of a Unix time, UTC.
    static func utcDate(_ seconds: Int64) -> String {
        var t = time_t(seconds)
        var tm = Glibc.tm()
        gmtime_r(&t, &tm)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(tm.tm_year + 1900)-\(two(tm.tm_mon + 1))-\(two(tm.tm_mday))"
    }

    /// A float as OCaml's string_of_float prints it (`%.12g`, plus a trailing "." when that looks
    /// like an integer): xapi writes host.other_config boot_time/agent_start_time this way.
    static func ocamlFloat(_ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.12g", $0) }
        let s = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return s.contains(where: { $0 == "." || $0 == "e" || $0 == "n" || $0 == "i" }) ? s : s + "."
    }
}
