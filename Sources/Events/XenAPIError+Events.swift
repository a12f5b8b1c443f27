// The event API's failures, with their parameters in xapi's order (ocaml/xapi-consts/api_errors.ml,
// ocaml/xapi/xapi_event.ml).
import Wire

extension XenAPIError {
    public static func eventSubscriptionParseFailure(_ subscription: String) -> XenAPIError {
        XenAPIError("EVENT_SUBSCRIPTION_PARSE_FAILURE", [subscription])
    }

    public static func eventFromTokenParseFailure(_ token: String) -> XenAPIError {
        XenAPIError("EVENT_FROM_TOKEN_PARSE_FAILURE", [token])
    }

    /// The parameter is the session's track id (`trackid=<md5 of the ref>`), not the ref.
    public static func sessionNotRegistered(trackID: String) -> XenAPIError {
        XenAPIError("SESSION_NOT_REGISTERED", [trackID])
    }

    public static let eventsLost = XenAPIError("EVENTS_LOST", [])
}
