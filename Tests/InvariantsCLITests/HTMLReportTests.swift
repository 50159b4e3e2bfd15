import Foundation
import Invariants
import Testing

struct HTMLReportTests {
    static let hostile = "<script>alert(1)</script> \"&'"

    private func writeHostileReport() throws -> (TestJournal, URL) {
        let journal = try TestJournal()
        try journal.append([
            TestJournal.record(
                "tax-non-negative", id: 1, input: ["note": .string(Self.hostile), "sku": "A"],
                message: "tax was -0.01 for <b>bold</b>"),
            TestJournal.record("tax-non-negative", id: 2, at: Date(timeIntervalSince1970: 1_795_444_196)),
            TestJournal.record("auth.check/suspended-denied", id: 3, severity: .critical),
        ])
        let page = journal.file("report.html")
        let result = try CLIRunner.run("report", journal.path, "--html", page.path)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("Wrote \(page.path): 3 violations"))
        return (journal, page)
    }

    @Test func capturedValuesAreEscapedAndThePageIsSelfContained() throws {
        let (journal, page) = try writeHostileReport()
        _ = journal
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>bold"))
        // Pretty JSON escapes the quote as \", then HTML escapes every character that could be markup.
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\&quot;&amp;&#39;"))
        #expect(html.contains("tax was -0.01 for &lt;b&gt;bold&lt;/b&gt;"))
        #expect(html.contains("<svg class=\"chart\""))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("default-src 'none'"))
        #expect(html.contains("<code>pricing.quote/tax-non-negative</code>"))
    }

    /// Renders the page in headless Chromium (installed by .ci/run; skipped with the reason where it is
    /// missing): a screenshot, and the DOM as the browser built it, in which the hostile input is text and no
    /// script element exists. Chromium's profile lives in the journal's scratch directory, so nothing is
    /// left behind.
    @Test(.enabled(if: Chromium.isAvailable, Chromium.skipReason))
    func rendersInAHeadlessBrowserWithTheScriptAsText() throws {
        let chromium = try #require(Chromium.executable)
        let (journal, page) = try writeHostileReport()
        let profile = "--user-data-dir=\(journal.file("chromium-profile").path)"
        let screenshot = journal.file("report.png")
        let shot = try Self.run(
            chromium, "--headless", "--no-sandbox", "--disable-gpu", profile, "--screenshot=\(screenshot.path)",
            "--window-size=1200,1600", page.absoluteString)
        #expect(shot.status == 0)
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 20_000)  // a blank 1200×1600 page compresses to a few kilobytes
        if let keep = ProcessInfo.processInfo.environment["INVARIANTS_KEEP_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: screenshot, to: URL(fileURLWithPath: keep))
        }

        let dom = try Self.run(
            chromium, "--headless", "--no-sandbox", "--disable-gpu", profile, "--dump-dom", page.absoluteString)
        #expect(dom.status == 0)
        #expect(!dom.output.contains("<script"))
        #expect(dom.output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(dom.output.contains("Invariants report"))
    }

    private static func run(_ executable: String, _ arguments: String...) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
