// Datetime text forms: xapi writes `YYYYMMDDTHH:MM:SSZ` and accepts that, RFC 3339 with a zone
// or offset, and zone-less forms taken as UTC (ocaml/libs/clock/date.ml, of_iso8601).
import Glibc

extension XenDate {
    /// `YYYYMMDDTHH:MM:SSZ`.
    public var wireString: String {
        var t = time_t(secondsSince1970)
        var tm = Glibc.tm()
        gmtime_r(&t, &tm)
        func pad(_ v: Int32, _ width: Int) -> String {
            let s = String(v)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        return pad(tm.tm_year + 1900, 4) + pad(tm.tm_mon + 1, 2) + pad(tm.tm_mday, 2) + "T"
            + pad(tm.tm_hour, 2) + ":" + pad(tm.tm_min, 2) + ":" + pad(tm.tm_sec, 2) + "Z"
    }

    /// Parses `YYYYMMDDTHH:MM:SS[Z]`, `YYYY-MM-DDTHH:MM:SS[.f](Z|±hh:mm)` and zone-less forms.
    public init?(wireString text: String) {
        var s = Substring(text)
        func digits(_ n: Int) -> Int32? {
            guard s.count >= n else { return nil }
            let part = s.prefix(n)
            guard part.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int32(part) else { return nil }
            s = s.dropFirst(n)
            return v
        }
        func skip(_ c: Character) -> Bool {
            if s.first == c { s = s.dropFirst(); return true }
            return false
        }
        guard let year = digits(4) else { return nil }
        let dashed = skip("-")
        guard let month = digits(2) else { return nil }
        if dashed && !skip("-") { return nil }
        guard let day = digits(2), skip("T") || skip("t") || skip(" "),
              let hour = digits(2), skip(":"), let minute = digits(2), skip(":"),
              let second = digits(2) else { return nil }
        if skip(".") { while let c = s.first, c.isNumber { s = s.dropFirst() } }
        var offset: Int64 = 0
        if skip("Z") || skip("z") || s.isEmpty {
        } else if let sign = s.first, sign == "+" || sign == "-" {
            s = s.dropFirst()
            guard let oh = digits(2) else { return nil }
            _ = skip(":")
            let om = digits(2) ?? 0
            offset = Int64(oh) * 3600 + Int64(om) * 60
            if sign == "-" { offset = -offset }
        } else {
            return nil
        }
        guard s.isEmpty, (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60,
              second <= 60 else { return nil }
        var tm = Glibc.tm()
        tm.tm_year = year - 1900
        tm.tm_mon = month - 1
        tm.tm_mday = day
        tm.tm_hour = hour
        tm.tm_min = minute
        tm.tm_sec = second
        self.init(secondsSince1970: Int64(timegm(&tm)) - offset)
    }

    public static func now() -> XenDate {
        XenDate(secondsSince1970: Int64(time(nil)))
    }
}
