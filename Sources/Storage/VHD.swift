// A virtual disk stored as a VHD chain: the leaf file, where writes go, and its read-only
// ancestors, found through parent locators and verified by UUID. This is what a VDI's bytes are.
// Byte I/O is in VHD+IO.swift; copy, coalesce and allocated ranges in their own files.
import Foundation

/// An open VHD with its parents. Not thread-safe: use it from one thread at a time.
public final class VHD {
    /// The files of the chain, leaf first, root last.
    public let layers: [VHDFile]

    /// Chains longer than this are refused as malformed (loops are caught anyway). XenServer's
    /// SM keeps chains to 30 (sm vhdutil.py MAX_CHAIN_SIZE).
    public static let maxChainDepth = 64
    /// XenServer's VHD block size, and the unit its VDI sizes round up to.
    public static let blockSize: UInt64 = UInt64(VHDDynamicHeader.defaultBlockSize)

    init(layers: [VHDFile]) {
        precondition(!layers.isEmpty)
        self.layers = layers
    }

    public var leaf: VHDFile { layers[0] }
    public var path: String { leaf.path }
    public var virtualSize: UInt64 { leaf.virtualSize }
    public var uniqueID: UUID { leaf.uniqueID }
    public var isWritable: Bool { leaf.isWritable }

    /// The leaf file's size in bytes: a VDI's `physical_utilisation` on a file SR (ancestors are
    /// accounted to their own VDIs). Grows by about one block per block first written.
    public func physicalUtilisation() throws -> UInt64 { try leaf.physicalSize() }

    /// The virtual size XenServer gives a VDI asked to be `requested` bytes: at least 2 MiB,
    /// rounded up to a whole 2 MiB block, at most 2040 GiB (sm vhdutil.py:
    /// validate_and_round_vhd_size; blktap __vhd_create rounds the same way). xapi itself does
    /// not round; the SM's answer becomes the VDI's virtual_size.
    public static func roundedVirtualSize(_ requested: UInt64) throws -> UInt64 {
        guard requested <= VHDFile.maxVirtualSize else {
            throw StorageError(.invalidArgument, detail: "virtual size \(requested) exceeds the "
                + "VHD maximum of \(VHDFile.maxVirtualSize) bytes (2040 GiB)")
        }
        let size = max(requested, blockSize)
        return (size + blockSize - 1) / blockSize * blockSize
    }

    /// Creates an empty dynamic VHD of `roundedVirtualSize(virtualSize)` bytes, open for writing.
    /// Only metadata is written: a footer copy, header, BAT and batmap, and the footer, with one
    /// write and no fsync; call `flush()` when the new file must survive a crash.
    public static func create(
        at path: String, virtualSize: UInt64,
        blockSize: UInt32 = VHDDynamicHeader.defaultBlockSize
    ) throws -> VHD {
        let size = try roundedVirtualSize(virtualSize)
        return VHD(layers: [
            try VHDFile.createSparse(at: path, virtualSize: size, blockSize: blockSize, parent: nil)
        ])
    }

    /// Creates a differencing VHD over `parentPath` (a snapshot or clone leaf), open for writing.
    /// Its size is the parent's, or `virtualSize` rounded if larger. The parent chain is opened
    /// read-only and verified; nothing in it is modified. Like `create`, no fsync.
    public static func createDifferencing(
        at path: String, parent parentPath: String, virtualSize: UInt64? = nil
    ) throws -> VHD {
        let parent = try open(at: parentPath)
        var size = parent.virtualSize
        if let virtualSize {
            let rounded = try roundedVirtualSize(virtualSize)
            guard rounded >= size else {
                throw StorageError(.invalidArgument, path: path, detail: "virtual size \(rounded) "
                    + "is smaller than the parent's \(size)")
            }
            size = rounded
        }
        let reference = VHDFile.ParentReference(
            path: parent.path, uniqueID: parent.uniqueID,
            modificationTime: try parent.leaf.file.modificationTime())
        let child = try VHDFile.createSparse(
            at: path, virtualSize: size, blockSize: VHDDynamicHeader.defaultBlockSize,
            parent: reference)
        return VHD(layers: [child] + parent.layers)
    }

    /// Creates a fixed VHD: `roundedVirtualSize(virtualSize)` bytes of zeros (a sparse hole)
    /// followed by the footer.
    public static func createFixed(at path: String, virtualSize: UInt64) throws -> VHD {
        VHD(layers: [try VHDFile.createFixed(at: path, virtualSize: roundedVirtualSize(virtualSize))])
    }

    /// Opens the VHD at `path` and its ancestors. Only the leaf is writable, and only if asked.
    /// Fails with `.parentNotFound` when no locator names an existing file and with
    /// `.parentMismatch` when the files named are not the recorded parent.
    public static func open(at path: String, writable: Bool = false) throws -> VHD {
        var layers = [try VHDFile.open(at: path, writable: writable)]
        while let child = layers.last, child.diskType == .differencing,
            let expected = child.header?.parentUniqueID
        {
            guard layers.count < maxChainDepth else {
                throw StorageError.malformed(path, "chain deeper than \(maxChainDepth)")
            }
            let candidates = try child.parentCandidates()
            guard !candidates.isEmpty else {
                throw StorageError(.parentNotFound, path: child.path, detail: "no parent at "
                    + (try child.parentLocations()).map { "\"\($0)\"" }.joined(separator: ", "))
            }
            var found: VHDFile?
            var seen: [String] = []
            for candidate in candidates {
                if layers.contains(where: { $0.path == candidate }) {
                    throw StorageError.malformed(child.path, "parent chain loops back to \(candidate)")
                }
                let parent = try VHDFile.open(at: candidate)
                if parent.uniqueID == expected {
                    found = parent
                    break
                }
                seen.append("\(candidate) is \(parent.uniqueID.uuidString.lowercased())")
            }
            guard let parent = found else {
                throw StorageError(.parentMismatch, path: child.path, detail: "parent should be "
                    + "\(expected.uuidString.lowercased()) but " + seen.joined(separator: ", "))
            }
            layers.append(parent)
        }
        return VHD(layers: layers)
    }

    /// Writes pending metadata of the leaf and makes its writes durable (`fsync`).
    public func flush() throws {
        try leaf.flush()
    }

    /// Closes every file of the chain (pending leaf metadata is written first).
    public func close() throws {
        var failure: (any Error)?
        for layer in layers {
            do { try layer.close() } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
    }

    /// Grows the virtual disk to `roundedVirtualSize(newSize)`. Only the leaf changes; space
    /// beyond a parent's size reads as zeros.
    public func resize(to newSize: UInt64) throws {
        try leaf.resize(to: VHD.roundedVirtualSize(newSize))
    }

    /// Structural problems of every file of the chain, each prefixed with its path; empty when
    /// consistent.
    public func check() throws -> [String] {
        var problems: [String] = []
        for layer in layers {
            problems += try layer.check().map { "\(layer.path): \($0)" }
        }
        return problems
    }
}

@available(*, unavailable)
extension VHD: Sendable {}
