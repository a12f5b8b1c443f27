// The fast formatters against their slow references.
import XCTest
@testable import Wire

final class ByteWriterTests: XCTestCase {
    func testDecimalMatchesString() {
        for v: Int64 in [0, 1, -1, 9, 10, -10, 99, 100, 123_456_789, .max, .min, .max - 1, .min + 1] {
            var w = ByteWriter(capacity: 0)
            w.append(decimal: v)
            XCTAssertEqual(text(w.bytes), String(v))
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
            XCTAssertEqual(text(w.bytes), date.wireString, "\(s)")
        }
        // Out of range years fall back instead of trapping.
        for s in [Int64.max, Int64.min, 253_402_300_800, -62_167_219_201] {
            var w = ByteWriter(capacity: 0)
            w.append(wireDate: XenDate(secondsSince1970: s))
            XCTAssertFalse(w.bytes.isEmpty)
        }
    }

    func testWireDateRoundTripsThroughParser() {
        for s: Int64 in [0, 1_704_164_645, 951_868_799] {
            var w = ByteWriter(capacity: 0)
            w.append(wireDate: XenDate(secondsSince1970: s))
            XCTAssertEqual(XenDate(wireString: text(w.bytes))?.secondsSince1970, s)
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
