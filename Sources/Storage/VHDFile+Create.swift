// Creating VHD files as blktap's __vhd_create lays them out (vhd/lib/libvhd.c): footer copy at 0,
// dynamic disk header at 512, BAT at 1536, batmap header and map, parent locators, then the
// footer; no data blocks. All metadata goes out in one write, so creating even a 2 TiB disk costs
// one write of its 4 MiB BAT.
import Foundation

extension VHDFile {
    /// The largest virtual size: 2040 GiB, XenServer's limit for VHD (sm vhdutil.py
    /// MAX_VHD_SIZE; xapi Constants.max_vhd_size) and qemu's VHD_MAX_SECTORS × 512.
    public static let maxVirtualSize: UInt64 = 2040 << 30

    /// A parent for a new differencing disk: where it is and what identifies it.
    struct ParentReference {
        /// Canonical path.
        var path: String
        var uniqueID: UUID
        var modificationTime: Int
    }

    /// Creates a dynamic disk, or a differencing disk when `parent` is given. `virtualSize` must
    /// be a multiple of 512 within `maxVirtualSize`; `blockSize` a power of two from 512 bytes to
    /// 2 MiB. Fails with `.alreadyExists` rather than replace a file.
    static func createSparse(
        at path: String, virtualSize: UInt64, blockSize: UInt32, parent: ParentReference?,
        uniqueID: UUID = UUID()
    ) throws -> VHDFile {
        guard virtualSize % 512 == 0, virtualSize > 0, virtualSize <= maxVirtualSize else {
            throw StorageError(.invalidArgument, path: path, detail: "virtual size \(virtualSize) "
                + "is not a multiple of 512 between 512 and \(maxVirtualSize)")
        }
        guard blockSize >= 512, blockSize <= VHDDynamicHeader.defaultBlockSize,
            blockSize & (blockSize - 1) == 0
        else {
            throw StorageError(.invalidArgument, path: path, detail: "block size \(blockSize) is "
                + "not a power of two from 512 to 2097152")
        }
        let entries = UInt32((virtualSize + UInt64(blockSize) - 1) / UInt64(blockSize))
        var footer = VHDFooter(
            diskType: parent == nil ? .dynamic : .differencing, size: virtualSize,
            uniqueID: uniqueID, timestamp: VHDTimestamp.now())
        footer.dataOffset = 512
        var header = VHDDynamicHeader(
            tableOffset: 1536, maxTableEntries: entries, blockSize: blockSize)
        let batmap = VHDBatmap(headerOffset: 1536 + header.tableBytes, entries: entries)
        var metadataEnd = batmap.mapOffset + UInt64(batmap.mapSectors) * 512

        // The directory must exist before locators can be computed relative to it.
        let directory = try FilePaths.canonical(FilePaths.directory(of: path))
        let filePath = directory + "/" + FilePaths.baseName(of: path)
        var locatorData: [(offset: UInt64, bytes: [UInt8])] = []
        if let parent {
            header.parentUniqueID = parent.uniqueID
            header.parentTimestamp = VHDTimestamp.from(unix: parent.modificationTime)
            header.parentUnicodeName = FilePaths.baseName(of: parent.path)
            let slots = locatorPayloads(parentPath: parent.path, childDirectory: directory)
            for (i, (code, bytes)) in slots.enumerated() {
                let space = (UInt64(bytes.count) + 511) / 512 * 512
                header.parentLocators[i] = VHDParentLocator(
                    platformCode: code, dataSpace: UInt32(space), dataLength: UInt32(bytes.count),
                    dataOffset: metadataEnd)
                locatorData.append((metadataEnd, bytes))
                metadataEnd += space
            }
        }

        // One buffer: footer copy, header, BAT (all unused), batmap, locators, footer.
        var image = [UInt8](repeating: 0, count: Int(metadataEnd) + VHDFooter.size)
        let footerBytes = footer.encoded()
        image.set(bytes: footerBytes, at: 0)
        image.set(bytes: header.encoded(), at: 512)
        image.withUnsafeMutableBytes {
            _ = UnsafeMutableRawBufferPointer(rebasing: $0[1536..<1536 + Int(entries) * 4])
                .initializeMemory(as: UInt8.self, repeating: 0xFF)
        }
        image.set(bytes: batmap.encodedHeader(currentSize: virtualSize),
                  at: Int(batmap.mapOffset) - VHDBatmap.headerSize)
        for (offset, bytes) in locatorData { image.set(bytes: bytes, at: Int(offset)) }
        image.set(bytes: footerBytes, at: Int(metadataEnd))

        let file = try ImageFile(path: filePath, mode: .createExclusive)
        do {
            try file.write(image, at: 0)
        } catch {
            try? file.close()
            try? FilePaths.remove(filePath)
            throw error
        }
        return VHDFile(
            path: filePath, file: file, footer: footer, header: header,
            bat: [UInt32](repeating: unusedEntry, count: Int(entries)), batmap: batmap,
            nextFreeSector: metadataEnd / 512, footerOffset: metadataEnd)
    }

    /// Creates a fixed disk: `virtualSize` bytes of zeros (a hole) and the footer.
    static func createFixed(at path: String, virtualSize: UInt64) throws -> VHDFile {
        guard virtualSize % 512 == 0, virtualSize > 0, virtualSize <= maxVirtualSize else {
            throw StorageError(.invalidArgument, path: path, detail: "virtual size \(virtualSize) "
                + "is not a multiple of 512 between 512 and \(maxVirtualSize)")
        }
        let footer = VHDFooter(diskType: .fixed, size: virtualSize, timestamp: VHDTimestamp.now())
        let directory = try FilePaths.canonical(FilePaths.directory(of: path))
        let filePath = directory + "/" + FilePaths.baseName(of: path)
        let file = try ImageFile(path: filePath, mode: .createExclusive)
        do {
            try file.write(footer.encoded(), at: virtualSize)
        } catch {
            try? file.close()
            try? FilePaths.remove(filePath)
            throw error
        }
        return VHDFile(
            path: filePath, file: file, footer: footer, header: nil, bat: [], batmap: nil,
            nextFreeSector: 0, footerOffset: virtualSize)
    }

    /// The three locators XenServer writes, in blktap's slot order (libvhd.c:
    /// vhd_write_parent_locators): MacX with the relative path as a file URL, W2ku and W2ru.
    /// blktap puts the relative path in all three; we put the absolute path in W2ku, the
    /// "Windows absolute path" the specification defines it as, which blktap resolves alike.
    static func locatorPayloads(parentPath: String, childDirectory: String)
        -> [(VHDPlatformCode, [UInt8])]
    {
        let relative = FilePaths.relative(parentPath, from: childDirectory)
        return [
            (.macX, VHDParentLocator.encode(relative, as: .macX)),
            (.w2ku, VHDParentLocator.encode(parentPath, as: .w2ku)),
            (.w2ru, VHDParentLocator.encode(relative, as: .w2ru)),
        ]
    }
}
