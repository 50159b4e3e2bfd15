import Invariants
import Testing

struct DisplayTextTests {
    @Test(arguments: [
        ("plain — ✓ 10 €", "plain — ✓ 10 €"),
        ("line one\ninvariants: ✗ forged", "line one\\ninvariants: ✗ forged"),
        ("tab\there\r\u{1B}[31m", "tab\\there\\r\\u{1B}[31m"),
        ("exe.\u{202E}txt", "exe.\\u{202E}txt"),
        ("\u{202A}\u{202B}\u{202C}\u{202D}", "\\u{202A}\\u{202B}\\u{202C}\\u{202D}"),
        ("\u{2066}a\u{2067}b\u{2068}c\u{2069}", "\\u{2066}a\\u{2067}b\\u{2068}c\\u{2069}"),
        ("zero\u{200B}width\u{200C}\u{200D}\u{2060}\u{FEFF}", "zero\\u{200B}width\\u{200C}\\u{200D}\\u{2060}\\u{FEFF}"),
        ("\u{200E}\u{200F}\u{061C}", "\\u{200E}\\u{200F}\\u{61C}"),
        ("c1\u{85}\u{9B}del\u{7F}", "c1\\u{85}\\u{9B}del\\u{7F}"),
        ("sep\u{2028}\u{2029}", "sep\\u{2028}\\u{2029}"),
        ("tag\u{E0041}", "tag\\u{E0041}"),
    ])
    func escapesWhatCouldDisplayAsSomethingElse(text: String, expected: String) {
        #expect(DisplayText.oneLine(text) == expected)
    }

    @Test func keepingLineBreaksKeepsOnlyNewlines() {
        #expect(DisplayText.keepingLineBreaks("{\n  \"a\": \"x\u{202E}\"\r\n}") == "{\n  \"a\": \"x\\u{202E}\"\\r\n}")
    }
}
