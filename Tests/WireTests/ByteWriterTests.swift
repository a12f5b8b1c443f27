// The fast formatters against their slow references.
import XCTest
@testable import Wire

final class ByteWriterTests: XCTestCase {
    func testDecimalMatchesString() {
        for v: Int64 in [0, 1, -1, 9, 10, -10, 99, 100, 123_456_789, .max, .min, .max - 1, .min + 1] {
            var w = ByteWriter(capacity: 0)
            w.append(decimal: v)
            let written = text(w.finish())
            XCTAssertEqual(written, String(v))
        }
    }

    /// The civil-date arithmetic agrees with gmtime (`XenDate.wireString`) across eras and leap days.
    func testWireDateMatchesWireString() {
        var samples: [Int64] = [0, -1, 1, 86_399, 86_400, -86_400, -86_401, 951_782_400, 951_868_799, 4_107_542_399,
                                253_402_300_799, -62_135_596_800, 1_704_164_645, 1_709_164_799, 1_709_164_800]
        var x: Int64 = -62_000_000_000
        while x < 253_000_000_000 {
            samples.append(x)
            x += 7_777_777
        }
        for s in samples {
            let date = XenDate(secondsSince1970: s)
            var w = ByteWriter(capacity: 0)
            w.append(wireDate: date)
            let written = text(w.finish())
            XCTAssertEqual(written, date.wireString, "\(s)")
        }
        // Out of range years fall back instead of trapping.
        for s in [Int64.max, Int64.min, 253_402_300_800, -62_167_219_201] {
            var w = ByteWriter(capacity: 0)
            w.append(wireDate: XenDate(secondsSince1970: s))
            let written = w.finish()
            XCTAssertFalse(written.isEmpty)
        }
    }

    func testWireDateRoundTripsThroughParser() {
        for s: Int64 in [0, 1_704_164_645, 951_868_799] {
            var w = ByteWriter(capacity: 0)
            w.append(wireDate: XenDate(secondsSince1970: s))
            let written = text(w.finish())
            XCTAssertEqual(XenDate(wireString: written)?.secondsSince1970, s)
        }
    }

    func testBase64() {
        XCTAssertEqual(Base64.decode("".utf8), [])
        XCTAssertEqual(Base64.decode("Zg==".utf8), bytes("f"))
        XCTAssertEqual(Base64.decode("Zm8=".utf8), bytes("fo"))
        XCTAssertEqual(Base64.decode("Zm9v".utf8), bytes("foo"))
        XCTAssertEqual(Base64.decode("Zm9vYg".utf8), bytes("foob"))
        XCTAssertEqual(Base64.decode("Zm9v\r\nYmFy".utf8), bytes("foobar"))
        XCTAssertEqual(Base64.decode("+/+/".utf8), [0xFB, 0xFF, 0xBF])
        XCTAssertNil(Base64.decode("Z".utf8))
        XCTAssertNil(Base64.decode("Zg=a".utf8))
        XCTAssertNil(Base64.decode("Zg===".utf8))
        XCTAssertNil(Base64.decode("Zm9v=".utf8))
        XCTAssertNil(Base64.decode("Zm-v".utf8))
    }
}

final class XenDateDecodingTests: XCTestCase {
    /// The canonical fast path agrees with `init(wireString:)`, including timegm's roll-over.
    func testFastPathMatchesWireString() {
        var samples = ["19700101T00:00:00Z", "20240102T03:04:05Z", "20240102T03:04:05", "20000229T23:59:60Z",
                       "20230229T12:00:00Z", "20230431T00:00:00", "00010101T00:00:00Z", "99991231T23:59:59Z",
                       "16000301T00:00:00Z", "19691231T23:59:59Z", "21000228T00:00:00Z", "21000301T00:00:00Z"]
        var s: Int64 = -62_000_000_000
        while s < 253_000_000_000 {
            samples.append(XenDate(secondsSince1970: s).wireString)
            s += 3_333_333_333
        }
        for text in samples {
            XCTAssertEqual(XenDate(decoding: text), XenDate(wireString: text), text)
            XCTAssertNotNil(XenDate(decoding: text), text)
        }
        for text in ["20241302T00:00:00Z", "20240100T00:00:00Z", "20240102T24:00:00Z", "2024010203:04:05Z",
                     "20240102T03:04:05X", "2024-01-02T03:04:05Z", "2024-01-02T03:04:05.5+01:00", "", "x"] {
            XCTAssertEqual(XenDate(decoding: text), XenDate(wireString: text), text)
        }
    }
}
