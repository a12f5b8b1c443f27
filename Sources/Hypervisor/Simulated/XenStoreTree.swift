// The store's contents as a value: nodes by absolute path, each with a value, its children in
// creation order (as C xenstored lists them) and the generation of its last change. Copying it
// is how a transaction takes its snapshot; generations are how its commit detects conflicts.
import Glibc

struct XenStoreTree: Sendable {
    struct Node: Sendable, Hashable {
        var value: String
        var children: [String]
        /// Bumped on every change of the value or of the children list.
        var generation: UInt64
    }

    private(set) var nodes: [String: Node] = ["/": Node(value: "", children: [], generation: 0)]
    private var counter: UInt64 = 0

    func node(_ path: String) -> Node? { nodes[path] }
    func generation(_ path: String) -> UInt64? { nodes[path]?.generation }

    private mutating func nextGeneration() -> UInt64 {
        counter += 1
        return counter
    }

    /// Creates `path` and any missing ancestors with empty values.
    private mutating func create(_ path: String) {
        guard nodes[path] == nil else { return }
        let parent = XenStorePath.parent(path)
        create(parent)
        let g = nextGeneration()
        nodes[parent]!.children.append(XenStorePath.lastComponent(path))
        nodes[parent]!.generation = g
        nodes[path] = Node(value: "", children: [], generation: g)
    }

    mutating func write(_ path: String, value: String) {
        create(path)
        nodes[path]!.value = value
        nodes[path]!.generation = nextGeneration()
    }

    mutating func mkdir(_ path: String) {
        create(path)
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
        return [path] + node.children.flatMap { subtree(XenStorePath.child(path, $0)) }
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
