import Invariants

extension ParsedArguments {
    /// The `--max-line-bytes` option shared by the commands that read journals.
    static let maxLineBytesOption = "--max-line-bytes"

    /// The help line of `--max-line-bytes`.
    static let maxLineBytesHelp = """
          --max-line-bytes <n>  Longest line loaded (default 8388608, 8 MiB); a longer line is reported as
                           corrupt (FILE:LINE) and skipped without being loaded.
        """

    /// The longest journal line to load: `--max-line-bytes`, or ``JournalReader/defaultMaxLineBytes``.
    func maxLineBytes() throws(UsageError) -> Int {
        try integer(Self.maxLineBytesOption, in: 64...(1 << 31)) ?? JournalReader.defaultMaxLineBytes
    }
}
