// The output buffer both encoders write into: UTF-8 bytes copied straight into raw storage,
// no intermediate Strings or Array appends per element. Invariant: `count <= capacity`; the
// storage is owned (noncopyable) and freed when the writer goes away.

/// An append-only byte buffer with the few primitives the codecs need.
struct ByteWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    /// Bytes written so far.
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written, copied out once.
    consuming func finish() -> [UInt8] {
        let n = count
        let source = base
        return [UInt8](unsafeUninitializedCapacity: n) { buf, initialized in
            if let dest = buf.baseAddress { dest.update(from: source, count: n) }
            initialized = n
        }
    }

    /// The bytes written, as a String (they are UTF-8 by construction).
    consuming func finishString() -> String {
        let n = count
        let source = base
        return String(unsafeUninitializedCapacity: n) { buf in
            if let dest = buf.baseAddress { dest.update(from: source, count: n) }
            return n
        }
    }

    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if capacity - count < n { grow(n) }
    }

    private mutating func grow(_ n: Int) {
        var newCapacity = capacity * 2
        while newCapacity - count < n { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress else { return }
        let n = buffer.count
        reserve(n)
        let dest = UnsafeMutableRawPointer(base + count)
        let src = UnsafeRawPointer(source)
        // Tags and short values: a few overlapping word moves beat a call to memcpy.
        if n >= 8 && n <= 32 {
            Self.move8(src, dest)
            if n > 16 {
                Self.move8(src + 8, dest + 8)
                Self.move8(src + n - 16, dest + n - 16)
            }
            Self.move8(src + n - 8, dest + n - 8)
        } else if n >= 4 && n < 8 {
            dest.storeBytes(of: src.loadUnaligned(as: UInt32.self), as: UInt32.self)
            (dest + n - 4).storeBytes(of: (src + n - 4).loadUnaligned(as: UInt32.self), as: UInt32.self)
        } else {
            dest.copyMemory(from: src, byteCount: n)
        }
        count += n
    }

    @inline(__always)
    private static func move8(_ src: UnsafeRawPointer, _ dest: UnsafeMutableRawPointer) {
        dest.storeBytes(of: src.loadUnaligned(as: UInt64.self), as: UInt64.self)
    }

    @inline(__always)
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    @inline(__always)
    mutating func append(byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// The string's UTF-8 as is.
    mutating func append(raw text: String) {
        Self.withUTF8(text) { append($0) }
    }

    /// Calls `body` with the string's UTF-8 without copying native strings.
    @inline(__always)
    static func withUTF8(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if text.utf8.withContiguousStorageIfAvailable(body) == nil {
            var copy = text
            copy.withUTF8(body)
        }
    }

    /// Decimal digits, `-` for negatives; no allocation.
    mutating func append(decimal value: Int64) {
        reserve(20)
        var magnitude = value.magnitude  // UInt64: Int64.min needs no special case
        var length = 1
        var probe = magnitude
        while probe >= 10 {
            probe /= 10
            length += 1
        }
        if value < 0 {
            base[count] = UInt8(ascii: "-")
            count += 1
        }
        var i = count + length
        repeat {
            i -= 1
            base[i] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude != 0
        count += length
    }

    /// `value` as exactly `width` digits with leading zeros (0 ≤ value < 10^width).
    @inline(__always)
    mutating func append(digits value: Int64, width: Int) {
        reserve(width)
        var v = value
        var i = count + width
        while i > count {
            i -= 1
            base[i] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
            v /= 10
        }
        count += width
    }
}
