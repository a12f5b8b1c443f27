// The get_all_records_where language: parsing (with menhir's precedence), errors, evaluation.
import Database
import Datamodel
import Wire
import XCTest

final class FilterExpressionTests: XCTestCase {
    typealias N = FilterExpression.Node

    private func parse(_ s: String) throws -> N { try FilterExpression(s).root }
    private func f(_ name: String, _ value: String) -> N { .equal(.field(name), .literal(value)) }

    func testAtoms() throws {
        XCTAssertEqual(try parse("true"), .true)
        XCTAssertEqual(try parse("  false\n"), .false)
        XCTAssertEqual(try parse(#"field "name__label" = "foo""#), f("name__label", "foo"))
        XCTAssertEqual(try parse(#"field "is_a_template"="true""#), f("is_a_template", "true"))
        XCTAssertEqual(try parse(#""a"="b""#), .equal(.literal("a"), .literal("b")))
        XCTAssertEqual(try parse(#""x"=field "y""#), .equal(.literal("x"), .field("y")))
        XCTAssertEqual(try parse(#"field "a"=field "b""#), .equal(.field("a"), .field("b")))
        XCTAssertEqual(try parse(#"field "k"="""#), f("k", ""))
        XCTAssertEqual(try parse(#"((true))"#), .true)
    }

    func testAndOrAreOneLeftAssociativeLevel() throws {
        // %left LAND LOR: `a and b or c` is `(a and b) or c`; `a or b and c` is `(a or b) and c`.
        XCTAssertEqual(try parse("true and false or true"), .or(.and(.true, .false), .true))
        XCTAssertEqual(try parse("true or false and false"), .and(.or(.true, .false), .false))
        XCTAssertEqual(try parse("true or (false and false)"), .or(.true, .and(.false, .false)))
    }

    func testNotBindsLooserThanAndOr() throws {
        // %right LNOT is declared first, so `not a and b` is `not (a and b)`.
        XCTAssertEqual(try parse("not true and false"), .not(.and(.true, .false)))
        XCTAssertEqual(try parse("false and not true or true"), .and(.false, .not(.or(.true, .true))))
        XCTAssertEqual(try parse("not not true"), .not(.not(.true)))
        XCTAssertEqual(try parse("(not true) and false"), .and(.not(.true), .false))
        let e = try FilterExpression(#"field "name__label" = "foo" and not (field "is_a_template"="true")"#)
        XCTAssertEqual(e.root, .and(f("name__label", "foo"), .not(f("is_a_template", "true"))))
    }

    func testParseErrorsAreInvalidValue() {
        let syntax = "Xapi_database__Db_filter_parse.Error"
        let lexing = #"Failure("lexing: empty token")"#
        let cases: [(String, String)] = [
            ("", syntax), ("field", syntax), (#"field "a""#, syntax), (#"field "a" ="#, syntax),
            ("true and", syntax), ("(true", syntax), ("true)", syntax), ("true true", syntax),
            (#""a""#, syntax), (#"field "a" = "b" = "c""#, syntax),
            ("TRUE", lexing), ("x", lexing), (#"field "a" = "unterminated"#, lexing),
            ("true\r", lexing), ("trueish", lexing), ("field 'a' = 'b'", lexing),
        ]
        for (text, reason) in cases {
            XCTAssertThrowsError(try FilterExpression(text), text) { error in
                XCTAssertEqual(error as? XenAPIError, XenAPIError("INVALID_VALUE", [text, reason]), text)
            }
        }
    }

    func testEvaluationAgainstRecordsComparesDBStrings() throws {
        var vm = Fixtures.makeVM(nameLabel: "web", powerState: .running, memory: 512)
        vm.isATemplate = false
        vm.tags = ["a", "b"]
        vm.otherConfig = ["k": "v"]
        vm.ratio = 0.1
        let ref = "OpaqueRef:1"
        func matches(_ s: String) throws -> Bool { try FilterExpression(s).matches(vm, ref: ref) }

        XCTAssertTrue(try matches(#"field "name__label"="web""#))
        XCTAssertTrue(try matches(#"field "name_label"="web""#))
        XCTAssertTrue(try matches(#"field "power_state"="Running""#))
        XCTAssertFalse(try matches(#"field "power_state"="running""#))
        XCTAssertTrue(try matches(#"field "is_a_template"="false""#))
        XCTAssertTrue(try matches(#"field "memory"="512""#))
        XCTAssertTrue(try matches(#"field "ratio"="0.100000000000000006""#))
        XCTAssertTrue(try matches(#"field "tags"="('a' 'b')""#))
        XCTAssertTrue(try matches(#"field "other_config"="(('k' 'v'))""#))
        XCTAssertTrue(try matches(#"field "resident_on"="OpaqueRef:NULL""#))
        XCTAssertTrue(try matches(#"field "_ref"="OpaqueRef:1""#))
        XCTAssertTrue(try matches(#"field "name__label"="web" and not (field "is_a_template"="true")"#))
        XCTAssertTrue(try matches("true"))
        XCTAssertFalse(try matches("false"))
    }

    func testMissingFieldFailsOnlyWhenCompared() throws {
        let vm = Fixtures.makeVM()
        XCTAssertFalse(try FilterExpression(#"false and field "nope"="x""#).matches(vm, ref: "r"))
        XCTAssertTrue(try FilterExpression(#"true or field "nope"="x""#).matches(vm, ref: "r"))
        XCTAssertThrowsError(try FilterExpression(#"field "nope"="x""#).matches(vm, ref: "r")) { error in
            XCTAssertEqual(error as? XenAPIError, XenAPIError("INTERNAL_ERROR", ["missing field", "nope", ""]))
        }
    }

    func testFieldNames() throws {
        let e = try FilterExpression(#"field "a"="1" or not field "b"=field "c""#)
        XCTAssertEqual(e.fieldNames, ["a", "b", "c"])
    }
}
