import Testing

@testable import Invariants

/// The free-text secret scan costs steps linear in the text, whatever the text: values that start inside
/// each other are not measured again to the end of the text.
struct SecretScanCostTests {
    /// Texts built to make a naive scan measure one long tail again and again.
    static let adversarialShapes = [
        #""password"=a"#,
        #""password"=a("#,
        #""token": b["#,
        #""api_key"=c"x"#,
        #""secret"=d\"#,
        #"'password'=e{"#,
        #"("X-Api-Key", f"#,
        #"{"key": "password", "value": g"#,
        #""password"=a"token":\"x"#,
    ]

    private static let mebibyte = 1 << 20

    /// The scan's steps over `text`, and its ranges.
    private static func scan(_ text: String, memoBudget: Int? = nil) -> (steps: Int, ranges: [Range<Int>]) {
        var text = text
        return text.withUTF8 { bytes in
            var secrets = LabelledSecrets(bytes, redaction: .default, memoBudget: memoBudget)
            secrets.scan()
            return (secrets.steps, secrets.ranges)
        }
    }

    private static func repeated(_ shape: String, toBytes size: Int) -> String {
        String(repeating: shape, count: size / shape.utf8.count + 1)
    }

    @Test(arguments: adversarialShapes)
    func aMebibyteOfOneShapeScansInLinearSteps(shape: String) {
        let text = Self.repeated(shape, toBytes: Self.mebibyte)
        let steps = Self.scan(text).steps
        #expect(steps <= 16 * text.utf8.count, "\(steps) steps for \(text.utf8.count) bytes of \(shape)")
    }

    @Test func aMebibyteOfMixedShapesScansInLinearSteps() {
        var generator = SplitMix(seed: 7)
        var text = ""
        while text.utf8.count < Self.mebibyte {
            let shape = Self.adversarialShapes[Int(generator.next() % UInt64(Self.adversarialShapes.count))]
            text += String(repeating: shape, count: 1 + Int(generator.next() % 50))
        }
        let (steps, ranges) = Self.scan(text)
        #expect(steps <= 16 * text.utf8.count, "\(steps) steps for \(text.utf8.count) bytes")
        #expect(!ranges.isEmpty)
    }

    /// The counter sees the quadratic cost when nothing is remembered: the bound above means something.
    @Test func withoutTheMemoTheSameShapeCostsQuadraticSteps() {
        let text = Self.repeated(#""password"=a"#, toBytes: 24_000)
        let plain = Self.scan(text, memoBudget: .max).steps
        #expect(plain > 100 * text.utf8.count, "\(plain) steps for \(text.utf8.count) bytes")
        #expect(Self.scan(text).steps <= 16 * text.utf8.count)
    }

    /// Remembering where values end changes how much is walked, never what is found: both ways find the
    /// same ranges on texts mixed from every piece a value's end depends on.
    @Test func rememberedAndPlainMeasuringFindTheSameRanges() {
        let pieces = [
            #""password"="#, #""token": "#, "password=", "api_key: ", #"("X-Api-Key", "#,
            #"{"key": "password", "value": "#, "the password is ", "Bearer ", "a", "b1", " ", "(", ")", "[",
            "]", "{", "}", "\"", "'", #"\""#, "\\", ",", ";", "&", "\n", "=", ":",
        ]
        var generator = SplitMix(seed: 42)
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<(20 + Int(generator.next() % 120)) {
                text += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            let plain = Self.scan(text, memoBudget: .max).ranges
            let remembered = Self.scan(text, memoBudget: 0).ranges
            #expect(plain == remembered, "\(text.debugDescription)")
            if plain != remembered { return }
        }
    }
}

/// A small deterministic generator for the mixed texts.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
