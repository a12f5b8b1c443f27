// Line-oriented logging to stderr (the journal under systemd). One write(2) per line so lines from
// concurrent threads never interleave. Passwords never reach here: callers log method names only.
import Glibc
import Synchronization

public struct Logger: Sendable {
    public enum Level: Int, Sendable, Comparable {
        case debug, info, warning, error
        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }

        public init?(name: String) {
            switch name {
            case "debug": self = .debug
            case "info": self = .info
            case "warning": self = .warning
            case "error": self = .error
            default: return nil
            }
        }
    }

    public let label: String
    private static let threshold = Atomic<Int>(Level.info.rawValue)

    public init(label: String) { self.label = label }

    public static func setLevel(_ level: Level) { threshold.store(level.rawValue, ordering: .relaxed) }

    public func log(_ level: Level, _ message: @autoclosure () -> String) {
        guard level.rawValue >= Self.threshold.load(ordering: .relaxed) else { return }
        // systemd's journal understands <N> priority prefixes (sd-daemon(3)).
        let priority: String
        switch level {
        case .debug: priority = "<7>"
        case .info: priority = "<6>"
        case .warning: priority = "<4>"
        case .error: priority = "<3>"
        }
        let line = "\(priority)\(label): \(message())\n"
        var bytes = Array(line.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }

    public func debug(_ m: @autoclosure () -> String) { log(.debug, m()) }
    public func info(_ m: @autoclosure () -> String) { log(.info, m()) }
    public func warning(_ m: @autoclosure () -> String) { log(.warning, m()) }
    public func error(_ m: @autoclosure () -> String) { log(.error, m()) }
}
