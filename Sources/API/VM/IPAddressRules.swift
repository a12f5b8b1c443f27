// xapi's address checks (helpers.ml is_valid_ip, assert_is_valid_ip, assert_is_valid_cidr,
// assert_is_valid_ip_addr): an address of the family, or `address/prefix` with the prefix in
// range, each failing with the name of the parameter.
import Glibc
import Wire

enum IPFamily {
    case ipv4
    case ipv6

    var maxPrefix: Int { self == .ipv4 ? 32 : 128 }
}

enum IPAddressRules {
    static func isValid(_ address: String, _ family: IPFamily) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16)
        return inet_pton(family == .ipv4 ? AF_INET : AF_INET6, address, &buffer) == 1
    }

    /// `address/prefix`: the address and prefix length, or nil.
    static func parseCIDR(_ cidr: String, _ family: IPFamily) -> (address: String, prefix: Int)? {
        let parts = cidr.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let prefix = Int(parts[1]), (0...family.maxPrefix).contains(prefix),
              parts[1].allSatisfy(\.isNumber), isValid(String(parts[0]), family) else { return nil }
        return (String(parts[0]), prefix)
    }

    /// INVALID_IP_ADDRESS_SPECIFIED [field].
    static func assertIP(_ address: String, _ family: IPFamily, field: String) throws {
        if !isValid(address, family) { throw XenAPIError("INVALID_IP_ADDRESS_SPECIFIED", [field]) }
    }

    /// INVALID_CIDR_ADDRESS_SPECIFIED [field].
    static func assertCIDR(_ cidr: String, _ family: IPFamily, field: String) throws {
        if parseCIDR(cidr, family) == nil { throw XenAPIError("INVALID_CIDR_ADDRESS_SPECIFIED", [field]) }
    }

    /// An address, or an address in CIDR form (VIF.ipv4_allowed and the like).
    static func assertIPOrCIDR(_ address: String, _ family: IPFamily, field: String) throws {
        if !isValid(address, family) && parseCIDR(address, family) == nil {
            throw XenAPIError("INVALID_IP_ADDRESS_SPECIFIED", [field])
        }
    }

    /// The comma-separated entries of `list` in `family` (xapi's restrict_to for DNS lists).
    static func restrict(_ list: String, to family: IPFamily) -> [String] {
        list.split(separator: ",").map(String.init).filter { isValid($0, family) }
    }
}
