// The result of one RPC as the codecs need it.
import Wire

public enum CallOutcome: Sendable, Equatable {
    /// `Status: Success`, `Value: v`.
    case success(Value)
    /// `Status: Failure`, `ErrorDescription: [code, params...]`.
    case failure(XenAPIError)
    /// Written without the Status/Value wrapper (`system.listMethods`).
    case bare(Value)
}
