import InvariantsPostgres
import Testing

struct PostgresSettingsTests {
    @Test func theURLWins() throws {
        let settings = try PostgresSettings.fromEnvironment([
            "INVARIANTS_POSTGRES_URL": "postgresql://ann:s%40cret@db.local:6543/reviews?sslmode=require",
            "PGHOST": "ignored",
        ])
        #expect(
            settings
                == PostgresSettings(
                    host: "db.local", port: 6543, username: "ann", password: "s@cret", database: "reviews",
                    tls: .require))
        #expect(settings.description == "postgres://ann@db.local:6543/reviews")
        #expect(!settings.description.contains("cret"))
    }

    @Test func pgVariablesWithLibpqDefaults() throws {
        let settings = try PostgresSettings.fromEnvironment([
            "PGPORT": "55432", "PGUSER": "fleet", "PGSSLMODE": "disable", "PGPASSWORD": "pw",
        ])
        #expect(settings == PostgresSettings(port: 55432, username: "fleet", password: "pw", tls: .disable))
        #expect(settings.database == "fleet")
        #expect(try PostgresSettings.fromEnvironment(["USER": "bob"]).username == "bob")
    }

    @Test func badValuesNameTheVariable() {
        #expect(
            throws: PostgresSettingsError.invalid(variable: "PGPORT", reason: "expected a port in 1...65535, got 'x'")
        ) {
            try PostgresSettings.fromEnvironment(["PGPORT": "x"])
        }
        #expect(throws: PostgresSettingsError.self) { try PostgresSettings(url: "mysql://a@b/c") }
        #expect(throws: PostgresSettingsError.self) { try PostgresSettings.fromEnvironment(["PGSSLMODE": "maybe"]) }
        #expect(throws: PostgresSettingsError.self) { try PostgresSettings(url: "postgres://host/db") }
    }
}
