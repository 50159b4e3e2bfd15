public import Logging
public import PostgresNIO

/// The review store's tables, created or migrated at start, one numbered step at a time.
///
/// `invariants_schema_version` lists the steps applied. ``migrate(_:logger:)`` takes a transaction-scoped
/// advisory lock first, so instances starting at once migrate once; steps only add, so an older instance
/// keeps working against a newer schema.
///
/// Every item and verdict is stored whole, as the JSON its `Codable` conformance writes, in a `jsonb`
/// column; the other columns are copies for indexes and queries. A field the library adds to `ReviewItem`
/// or `ReviewVerdict` flows through without a migration.
public enum ReviewSchema {
    /// The version ``migrate(_:logger:)`` brings a database to.
    public static var currentVersion: Int { steps.count }

    /// The advisory lock key serialising migrations (`'invariants-review'` hashed once, by hand).
    static let lockKey: Int64 = 0x1_6A_11_DE_5C_4E_3A

    /// The numbered steps; step `n` takes the schema from version `n - 1` to `n`.
    static let steps: [[String]] = [
        [
            """
            CREATE TABLE invariants_review_items (
                seq           bigserial PRIMARY KEY,
                id            text NOT NULL UNIQUE,
                queue         text NOT NULL,
                set_id        text NOT NULL,
                passed        boolean NOT NULL,
                origin        text NOT NULL,
                request_id    text,
                instance      text,
                created_at    timestamptz NOT NULL,
                stored_at     timestamptz NOT NULL DEFAULT now(),
                completed     boolean NOT NULL DEFAULT false,
                claimed_by    text,
                claimed_until timestamptz,
                item          jsonb NOT NULL
            )
            """,
            "CREATE INDEX invariants_review_items_pending ON invariants_review_items (queue, completed, seq)",
            "CREATE INDEX invariants_review_items_set ON invariants_review_items (set_id, passed)",
            "CREATE INDEX invariants_review_items_request ON invariants_review_items (request_id)",
            """
            CREATE TABLE invariants_review_verdicts (
                item_id  text NOT NULL REFERENCES invariants_review_items (id) ON DELETE CASCADE,
                reviewer text NOT NULL,
                label    text NOT NULL,
                given_at timestamptz NOT NULL,
                seq      bigserial NOT NULL,
                verdict  jsonb NOT NULL,
                PRIMARY KEY (item_id, reviewer)
            )
            """,
        ]
    ]

    /// Creates the tables, or applies the steps a database lacks; returns the version it was at before.
    ///
    /// ```swift
    /// try await ReviewSchema.migrate(client, logger: logger)   // 0 on an empty database, then 1
    /// ```
    @discardableResult
    public static func migrate(_ client: PostgresClient, logger: Logger) async throws -> Int {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(lockKey))", logger: logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS invariants_schema_version (
                    version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: logger)
            var found = 0
            for try await version in try await connection.query(
                "SELECT coalesce(max(version), 0) FROM invariants_schema_version", logger: logger
            ).decode(Int.self) {
                found = version
            }
            for (index, step) in steps.enumerated() where index + 1 > found {
                for statement in step {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO invariants_schema_version (version) VALUES (\(index + 1))", logger: logger)
            }
            return found
        }
    }
}
