// Datetimes straight into the buffer as `YYYYMMDDTHH:MM:SSZ`, the form `XenDate.wireString`
// produces, without gmtime or String building (a VM record carries several).

extension ByteWriter {
    /// `YYYYMMDDTHH:MM:SSZ`; years outside 0...9999 defer to `wireString`.
    mutating func append(wireDate date: XenDate) {
        let seconds = date.secondsSince1970
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 {
            secondOfDay += 86_400
            days -= 1
        }
        // Civil date from days since 1970-01-01 (H. Hinnant, "chrono-Compatible Low-Level Date
        // Algorithms", days_from_civil inverse); exact for the proleptic Gregorian calendar.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard (0...9_999).contains(year) else {
            append(raw: date.wireString)
            return
        }
        append(digits: year, width: 4)
        append(digits: month, width: 2)
        append(digits: day, width: 2)
        append(byte: UInt8(ascii: "T"))
        append(digits: secondOfDay / 3_600, width: 2)
        append(byte: UInt8(ascii: ":"))
        append(digits: secondOfDay / 60 % 60, width: 2)
        append(byte: UInt8(ascii: ":"))
        append(digits: secondOfDay % 60, width: 2)
        append(byte: UInt8(ascii: "Z"))
    }
}
