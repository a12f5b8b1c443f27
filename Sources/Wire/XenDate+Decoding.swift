// A fast path for the datetime form xapi and most clients send, `YYYYMMDDTHH:MM:SS[Z]`,
// read straight from the bytes; anything else goes through `init(wireString:)`.

extension XenDate {
    /// Same result as `init(wireString:)`, without Substring work for the canonical form.
    init?(decoding text: String) {
        let fast: Int64?? = text.utf8.withContiguousStorageIfAvailable { Self.canonicalSeconds($0) }
        if case .some(.some(let seconds)) = fast {
            self.init(secondsSince1970: seconds)
        } else {
            self.init(wireString: text)
        }
    }

    /// Seconds for exactly `YYYYMMDDTHH:MM:SS` or `…Z`, nil for any other shape or range.
    private static func canonicalSeconds(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard b.count == 17 || (b.count == 18 && b[17] == UInt8(ascii: "Z")),
              b[8] == UInt8(ascii: "T"), b[11] == UInt8(ascii: ":"), b[14] == UInt8(ascii: ":")
        else { return nil }
        func number(_ from: Int, _ width: Int) -> Int64? {
            var v: Int64 = 0
            for i in from..<(from + width) {
                let d = b[i] &- 0x30
                guard d < 10 else { return nil }
                v = v * 10 + Int64(d)
            }
            return v
        }
        guard let year = number(0, 4), let month = number(4, 2), let day = number(6, 2),
              let hour = number(9, 2), let minute = number(12, 2), let second = number(15, 2),
              year >= 1, (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second <= 60
        else { return nil }
        // days_from_civil (H. Hinnant); like timegm, a day past the month's end rolls forward.
        let y = month <= 2 ? year - 1 : year
        let era = y / 400  // y ≥ 0
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return days * 86_400 + hour * 3_600 + minute * 60 + second
    }
}
