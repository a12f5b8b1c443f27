// VIF MAC addresses as xapi makes them (xapi_vif_helpers.ml gen_mac): deterministic from the VM's
// mac_seed and the device number, locally administered and unicast.
import Glibc

enum MACAddress {
    /// h1 = MD5 applied 2·device+1 times to the seed, h2 = MD5(h1); bytes h1[0...3] ++ h2[1...2].
    static func generate(device: Int, seed: String) -> String {
        var h1 = Array(seed.utf8)
        for _ in 0..<(2 * max(0, device) + 1) { h1 = MD5.digest(h1) }
        let h2 = MD5.digest(h1)
        return format([h1[0], h1[1], h1[2], h1[3], h2[1], h2[2]])
    }

    static func random() -> String {
        format((0..<6).map { _ in UInt8.random(in: 0...255) })
    }

    /// Byte 0 gets the local bit set and the multicast bit cleared (mac_from_int_array).
    private static func format(_ bytes: [UInt8]) -> String {
        var b = bytes
        b[0] = (b[0] | 0x02) & ~0x01
        return b.map { String($0, radix: 16).leftPadded(2) }.joined(separator: ":")
    }

    /// `aa:bb:cc:dd:ee:ff` (either case, `-` also accepted as xapi's is_valid_MAC does).
    static func isValid(_ mac: String) -> Bool {
        let parts = mac.split(separator: ":", omittingEmptySubsequences: false)
        let groups = parts.count == 6 ? parts : mac.split(separator: "-", omittingEmptySubsequences: false)
        return groups.count == 6 && groups.allSatisfy { $0.count == 2 && $0.allSatisfy(\.isHexDigit) }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
