// A node's access list as xs_get_permissions/xs_set_permissions carry it (struct xs_permissions[]):
// the first entry names the owner and what every other domain may do; later entries grant one
// domain its own access. The owner and dom0 (privileged) may always read and write.

public struct XenStorePermissions: Sendable, Hashable, CustomStringConvertible {
    /// `XS_PERM_NONE`/`READ`/`WRITE`/both.
    public enum Access: UInt32, Sendable, Hashable {
        case none = 0
        case read = 1
        case write = 2
        case readWrite = 3

        public var canRead: Bool { rawValue & 1 != 0 }
        public var canWrite: Bool { rawValue & 2 != 0 }
        /// The one-letter form of `xenstore-ls -p` and the wire protocol: n, r, w, b.
        public var letter: Character {
            switch self {
            case .none: "n"
            case .read: "r"
            case .write: "w"
            case .readWrite: "b"
            }
        }

        public init?(letter: Character) {
            switch letter {
            case "n": self = .none
            case "r": self = .read
            case "w": self = .write
            case "b": self = .readWrite
            default: return nil
            }
        }
    }

    public struct Entry: Sendable, Hashable {
        public var domid: UInt32
        public var access: Access
        public init(domid: UInt32, access: Access) {
            self.domid = domid
            self.access = access
        }
    }

    public var owner: UInt32
    /// What a domain that is neither the owner nor in `acl` may do.
    public var others: Access
    public var acl: [Entry]

    public init(owner: UInt32, others: Access = .none, acl: [Entry] = []) {
        self.owner = owner
        self.others = others
        self.acl = acl
    }

    /// What `domid` may do here; dom0 and the owner may do everything.
    public func access(for domid: UInt32) -> Access {
        if domid == 0 || domid == owner { return .readWrite }
        return acl.first { $0.domid == domid }?.access ?? others
    }

    /// xenopsd's `rwperm_for_guest`: the guest owns the node; nobody else but dom0 sees it.
    public static func guestReadWrite(_ domid: UInt32) -> XenStorePermissions {
        XenStorePermissions(owner: domid)
    }

    /// xenopsd's `roperm_for_guest`: dom0 owns the node; the guest may read it.
    public static func guestReadOnly(_ domid: UInt32) -> XenStorePermissions {
        XenStorePermissions(owner: 0, acl: [Entry(domid: domid, access: .read)])
    }

    /// Owned by dom0, invisible to every guest.
    public static let dom0Only = XenStorePermissions(owner: 0)

    /// `xenstore-ls -p` notation: `n0`, `n3,r0` (owner+others first, then the ACL entries).
    public var description: String {
        ([String(others.letter) + String(owner)] + acl.map { String($0.access.letter) + String($0.domid) })
            .joined(separator: ",")
    }
}
