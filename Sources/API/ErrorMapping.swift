// The one place where errors from below the API become XenAPI errors (ocaml/xapi/exnHelper.ml).
import Wire

enum ErrorMapping {
    static func xenAPIError(for error: Error) -> XenAPIError {
        if let e = error as? XenAPIError { return e }
        return .internalError(String(describing: error))
    }
}
