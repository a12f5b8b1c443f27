// The store's contents as a value: nodes by absolute path, each with a value, its permissions, its
// children in creation order (as C xenstored lists them) and the generation of its last change.
// Copying it is how a transaction takes its snapshot; generations are how its commit detects
// conflicts. New nodes inherit their parent's permissions, and a node an unprivileged domain
// creates is owned by that domain (xenstored_core.c construct_node).
import Glibc

struct XenStoreTree: Sendable {
    struct Node: Sendable, Hashable {
        var value: String
        var children: [String]
        var permissions: XenStorePermissions
        /// Bumped on every change of the value, the permissions or the children list.
        var generation: UInt64
    }

    private(set) var nodes: [String: Node] = [
        "/": Node(value: "", children: [], permissions: .dom0Only, generation: 0),
    ]
    private var counter: UInt64 = 0

    func node(_ path: String) -> Node? { nodes[path] }
    func generation(_ path: String) -> UInt64? { nodes[path]?.generation }

    private mutating func nextGeneration() -> UInt64 {
        counter += 1
        return counter
    }

    /// The node itself or its nearest existing ancestor.
    func nearestExisting(_ path: String) -> String {
        var p = path
        while nodes[p] == nil, p != "/" { p = XenStorePath.parent(p) }
        return p
    }

    /// What `domid` may do at `path`: the node's permissions, or for a missing node what it may
    /// do at the nearest existing ancestor (where creating it would be decided).
    func access(_ path: String, domid: UInt32) -> XenStorePermissions.Access {
        nodes[nearestExisting(path)]!.permissions.access(for: domid)
    }

    /// Creates `path` and any missing ancestors with empty values.
    private mutating func create(_ path: String, creator: UInt32) {
        guard nodes[path] == nil else { return }
        let parent = XenStorePath.parent(path)
        create(parent, creator: creator)
        let g = nextGeneration()
        nodes[parent]!.children.append(XenStorePath.lastComponent(path))
        nodes[parent]!.generation = g
        var permissions = nodes[parent]!.permissions
        if creator != 0 { permissions.owner = creator }
        nodes[path] = Node(value: "", children: [], permissions: permissions, generation: g)
    }

    mutating func write(_ path: String, value: String, creator: UInt32 = 0) {
        create(path, creator: creator)
        nodes[path]!.value = value
        nodes[path]!.generation = nextGeneration()
    }

    mutating func mkdir(_ path: String, creator: UInt32 = 0) {
        create(path, creator: creator)
    }

    mutating func setPermissions(_ path: String, _ permissions: XenStorePermissions) throws {
        guard nodes[path] != nil else { throw XenError(call: "xs_set_permissions", errno: ENOENT, detail: path) }
        nodes[path]!.permissions = permissions
        nodes[path]!.generation = nextGeneration()
    }

    /// Removes the subtree. A missing node whose parent exists is already gone (success); a
    /// missing parent is ENOENT, as in xenstored's do_rm.
    mutating func rm(_ path: String) throws {
        guard path != "/" else { throw XenError(call: "xs_rm", errno: EINVAL, detail: path) }
        guard nodes[path] != nil else {
            if nodes[XenStorePath.parent(path)] != nil { return }
            throw XenError(call: "xs_rm", errno: ENOENT, detail: path)
        }
        removeSubtree(path)
        let parent = XenStorePath.parent(path)
        let name = XenStorePath.lastComponent(path)
        nodes[parent]!.children.removeAll { $0 == name }
        nodes[parent]!.generation = nextGeneration()
    }

    private mutating func removeSubtree(_ path: String) {
        guard let node = nodes.removeValue(forKey: path) else { return }
        for c in node.children { removeSubtree(XenStorePath.child(path, c)) }
    }

    /// Every path at or below `path`.
    func subtree(_ path: String) -> [String] {
        guard let node = nodes[path] else { return [] }
        var out = [path]
        for c in node.children { out.append(contentsOf: subtree(XenStorePath.child(path, c))) }
        return out
    }

    /// The nodes a write or mkdir of `path` reads or changes: the node, the missing ancestors
    /// it would create, and the existing ancestor whose children list would grow.
    func pathsTouchedByCreate(_ path: String) -> [String] {
        var out = [path]
        var p = path
        while nodes[p] == nil, p != "/" {
            p = XenStorePath.parent(p)
            out.append(p)
        }
        return out
    }

    /// The nodes an rm of `path` changes: the subtree and the parent.
    func pathsTouchedByRemove(_ path: String) -> [String] {
        subtree(path) + [path, XenStorePath.parent(path)]
    }
}
