import Foundation
import Invariants
import Testing

struct JSONValueTests {
    // MARK: Parsing

    @Test func parsesEveryKindOfValueKeepingNumberText() throws {
        let value = try JSONValue(parsing: #" {"a": [true, false, null], "n": -12.50e+3, "s": "x", "o": {}} "#)
        #expect(
            value
                == .object([
                    "a": .array([.bool(true), .bool(false), .null]),
                    "n": .number("-12.50e+3"),
                    "s": .string("x"),
                    "o": .object([:]),
                ])
        )
    }

    @Test func parsesFromDataAndFromText() throws {
        #expect(try JSONValue(parsing: Data("[1, 2]".utf8)) == [1, 2])
        #expect(try JSONValue(parsing: "\"top\"") == "top")
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONValue(parsing: #""q\" b\\ s\/ \b\f\n\r\t \u00e9 \ud83d\ude00""#)
        #expect(value == .string("q\" b\\ s/ \u{8}\u{c}\n\r\t é 😀"))
    }

    @Test(arguments: [
        (#"{"a": 1 "b": 2}"#, "line 1, column 9: expected ',' or '}' after object member"),
        ("[1, 2", "line 1, column 6: expected ',' or ']' after array element"),
        (#"{"a" 1}"#, "line 1, column 6: expected ':' after object key"),
        ("{1: 2}", "line 1, column 2: expected a string key or '}'"),
        (#"{"a": 1,}"#, "line 1, column 9: expected a string key after ','"),
        ("", "line 1, column 1: expected a JSON value, found end of input"),
        ("[tru]", "line 1, column 2: expected a JSON value"),
        ("01", "line 1, column 2: unexpected data after the JSON value"),
        ("-", "line 1, column 2: expected a digit in number"),
        ("1.", "line 1, column 3: expected a digit after '.' in number"),
        ("1e+", "line 1, column 4: expected a digit in number exponent"),
        (#""abc"#, "line 1, column 1: unterminated string"),
        (#""a\x""#, "line 1, column 3: invalid escape sequence in string"),
        (#""\u12G4""#, "line 1, column 2: expected 4 hex digits after \\u"),
        (#""\ud83d""#, "line 1, column 2: unpaired UTF-16 surrogate in \\u escape"),
        ("\"a\nb\"", "line 1, column 3: unescaped control character U+000A in string"),
        ("{\n  \"price\": 12,\n  \"tax\": 1.\n}", "line 3, column 12: expected a digit after '.' in number"),
        ("[\"é\", x]", "line 1, column 7: expected a JSON value"),
    ])
    func reportsTheLineColumnAndWhatWasExpected(input: String, message: String) {
        #expect(throws: (any Error).self) { try JSONValue(parsing: input) }
        do {
            _ = try JSONValue(parsing: input)
        } catch {
            #expect(String(describing: error) == message)
        }
    }

    @Test func parseErrorsCarryTheByteOffset() {
        #expect(throws: JSONParseError(line: 1, column: 7, offset: 7, message: "expected a JSON value")) {
            try JSONValue(parsing: "[\"é\", x]")
        }
        #expect(throws: JSONParseError(line: 2, column: 2, offset: 5, message: "expected a JSON value")) {
            try JSONValue(parsing: "[1,\n x]")
        }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONParseError(line: 1, column: 1, offset: 0, message: "invalid UTF-8 in string")) {
            try JSONValue(parsing: Data([0x22, 0xFF, 0x22]))
        }
    }

    @Test func limitsNestingDepth() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: JSONParseError(line: 1, column: 513, offset: 512, message: "nesting deeper than 512 levels")) {
            try JSONValue(parsing: deep)
        }
    }

    // MARK: Serialization

    @Test func serializesCompactlyWithSortedKeysAndLiteralNumbers() {
        let value: JSONValue = ["b": .number("1.50"), "a": [nil, true, .number("-1e-7")], "c": [:]]
        #expect(value.serialized() == #"{"a":[null,true,-1e-7],"b":1.50,"c":{}}"#)
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() throws {
        let value = JSONValue.string("say \"hi\" \\ /\n\t\u{1}é😀")
        #expect(value.serialized() == #""say \"hi\" \\ /\u000a\u0009\u0001é😀""#)
        #expect(try JSONValue(parsing: value.serialized()) == value)
    }

    @Test func numbersRoundTripExactlyThroughTheParserAndSerializer() throws {
        for literal in ["12.345", "0.1", "1.50", "-0", "123456789012345678901234567890123456789012", "6.02E+23"] {
            #expect(try JSONValue(parsing: literal).serialized() == literal)
        }
    }

    // MARK: Codable

    @Test(arguments: [
        "12.345", "0.1", "-42", "-0.005", "123456789012345678901234567890", "99999999999999999999999999999999999999",
        "3.14159265358979323846264338327950288",
    ])
    func numbersRoundTripExactlyThroughJSONEncoderAndDecoder(literal: String) throws {
        let value = JSONValue.array([.number(literal)])
        let data = try JSONEncoder().encode(value)
        #expect(String(decoding: data, as: UTF8.self) == "[\(literal)]")
        #expect(try JSONDecoder().decode(JSONValue.self, from: data) == value)
    }

    @Test(arguments: [
        ("1e3", "1000"), ("1.5E-7", "0.00000015"), ("1.50", "1.5"), ("-0", "0"),
        ("12345678901234567890123456789012345678901234", "12345678901234567890123456789012345678900000"),
        ("1e200", "1e+200"),
    ])
    func jsonDecoderNormalisesNumbersAsDecimalDoes(literal: String, normalised: String) throws {
        let decoded = try JSONDecoder().decode(JSONValue.self, from: Data("[\(literal)]".utf8))
        #expect(decoded == [.number(normalised)])
    }

    @Test func encodesNumbersAsJSONNumbersNotStrings() throws {
        let value: JSONValue = ["price": .number("9.99"), "big": .number("1e200"), "s": "9.99", "n": nil, "f": false]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(
            String(decoding: try encoder.encode(value), as: UTF8.self)
                == #"{"big":1e+200,"f":false,"n":null,"price":9.99,"s":"9.99"}"#
        )
    }

    @Test func refusesToEncodeANumberThatIsNotAJSONLiteral() {
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(JSONValue.number("12,5")) }
    }

    @Test func decodesEveryKindThroughJSONDecoder() throws {
        let text = #"{"a":[true,null,"x",{"b":-1.25}]}"#
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) == JSONValue(parsing: text))
    }

    @Test func encodingAnEncodableKeepsDecimalDigits() throws {
        struct Line: Encodable {
            var sku: String
            var price: Decimal
        }
        let value = try JSONValue.encoding(Line(sku: "A-1", price: Decimal(string: "12.345")!))
        #expect(value == ["sku": "A-1", "price": .number("12.345")])
    }

    // MARK: Access

    @Test func subscriptsReadMembersAndElements() throws {
        let value = try JSONValue(parsing: #"{"lines": [{"sku": "A"}, {"sku": "B"}]}"#)
        #expect(value["lines"]?[1]?["sku"] == "B")
        #expect(value["lines"]?[2] == nil)
        #expect(value["missing"] == nil)
        #expect(value[0] == nil)
        #expect(value["lines"]?[0]?["sku"]?.stringValue == "A")
        #expect(JSONValue.number("7").numberText == "7")
    }
}
