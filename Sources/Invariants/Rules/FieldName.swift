/// How a message names a checked field (`\Quote.tax`), and whether its value may be shown.
@usableFromInline
struct FieldName: Sendable {
    /// `\Quote.tax`.
    let text: String
    /// Whether the field's name suggests a secret, so messages must not show its value.
    let isSensitive: Bool

    init(_ keyPath: AnyKeyPath) {
        self.text = String(describing: keyPath)
        self.isSensitive = SensitiveNames.matches(text)
    }

    /// The observed value as a message shows it: `[Filtered]` for a secret-looking field.
    func show(_ value: some Any) -> String {
        isSensitive ? "[Filtered]" : ObservedValue.describe(value)
    }
}
