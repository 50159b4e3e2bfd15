import Foundation
import Testing

/// Every ```swift block of the guides in Docs/ is compiled (and, where it runs, run) by the test suite:
/// its lines appear, in order and without anything between them, in one of the guide test files below
/// (leading indentation and blank lines aside). A block that is not meant to compile says so on the line
/// before its fence: `<!-- not compiled: reason -->`. See Docs/README.md.
struct DocSnippetTests {
    /// Where guide code lives, relative to the package root: every `.swift` file under these folders.
    static let guideCode = [
        "Tests/InvariantsTestingTests/DocSnippets", "Tests/InvariantsCLITests/DocSnippets", "Tests/TestingGuideTests",
    ]

    /// Guides whose blocks are not wired into tests yet, with why; each entry should shrink to nothing.
    /// A guide listed here whose blocks all compile fails the test, so the list cannot go stale.
    static let notYetWired: [String: String] = [:]

    /// One ```swift block of a guide.
    struct Block: CustomStringConvertible {
        var file: String
        var line: Int
        var lines: [String]
        var notCompiled: Bool
        var description: String { "\(file):\(line)" }
    }

    static var root: URL {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            directory.deleteLastPathComponent()
        }
        return directory
    }

    /// The ```swift blocks of a Markdown file, with the line of their opening fence.
    static func blocks(in file: String, text: String) -> [Block] {
        var blocks: [Block] = []
        var current: Block?
        var previous = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if var block = current {
                if trimmed == "```" {
                    blocks.append(block)
                    current = nil
                } else {
                    block.lines.append(String(line))
                    current = block
                }
            } else if trimmed == "```swift" {
                let marked = previous.hasPrefix("<!-- not compiled:") && previous.hasSuffix("-->")
                current = Block(file: file, line: index + 1, lines: [], notCompiled: marked)
            }
            previous = trimmed
        }
        return blocks
    }

    /// The lines that count: without leading and trailing spaces, runs of spaces as one (so a guide may align
    /// its comments where `swift format` does not), blank lines dropped.
    static func normalized(_ lines: [Substring]) -> [Substring] {
        lines.map { line in
            line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                .trimmingCharacters(in: .whitespaces)[...]
        }
        .filter { !$0.isEmpty }
    }

    /// Whether `needle` occurs as consecutive lines of `haystack`.
    static func contains(_ haystack: [Substring], _ needle: [Substring]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    static func guideSources() throws -> [Substring] {
        var lines: [Substring] = []
        for path in guideCode {
            let url = Self.root.appendingPathComponent(path)
            let files =
                url.pathExtension == "swift"
                ? [url]
                : (FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
                    .filter { $0.pathExtension == "swift" }
            for file in files {
                lines += normalized(try String(contentsOf: file, encoding: .utf8).split(separator: "\n"))
            }
        }
        return lines
    }

    @Test func everySwiftBlockOfTheGuidesIsCompiledByATest() throws {
        let docs = Self.root.appendingPathComponent("Docs")
        let guides = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }
            .sorted()
        let sources = try Self.guideSources()
        var checked = 0
        for guide in guides {
            let file = "Docs/" + guide
            let text = try String(contentsOf: docs.appendingPathComponent(guide), encoding: .utf8)
            let blocks = Self.blocks(in: file, text: text).filter { !$0.notCompiled }
            let missing = blocks.filter { !Self.contains(sources, Self.normalized($0.lines.map { $0[...] })) }
            if let reason = Self.notYetWired[file] {
                #expect(
                    !missing.isEmpty || blocks.isEmpty,
                    "\(file) is fully wired now: remove it from notYetWired (\(reason))")
                continue
            }
            checked += blocks.count
            for block in missing {
                Issue.record(
                    """
                    \(block): this ```swift block is not in any guide test (\(Self.guideCode.joined(separator: ", "))). \
                    Put its code, verbatim, in a test there, or mark it with <!-- not compiled: reason --> on \
                    the line before the fence.
                    """)
            }
        }
        #expect(checked > 0)
    }

    @Test func theCheckFindsBlocksMarksAndMissingLines() {
        let text = """
            Text.

            ```swift
            let a = 1
                let b = 2
            ```

            <!-- not compiled: a sketch -->
            ```swift
            sketch()
            ```
            """
        let blocks = Self.blocks(in: "Docs/X.md", text: text)
        #expect(blocks.map(\.description) == ["Docs/X.md:3", "Docs/X.md:9"])
        #expect(blocks.map(\.notCompiled) == [false, true])
        let source = Self.normalized(["func f() {", "    let a = 1", "", "    let b = 2", "}"])
        #expect(Self.contains(source, Self.normalized(blocks[0].lines.map { $0[...] })))
        #expect(!Self.contains(source, Self.normalized(["let b = 2", "let a = 1"])))
    }
}
