extension JournalWriter {
    /// Renames the active file to `.1` (shifting `.1` to `.2` …, deleting what passes `maxFiles`) and
    /// opens a new, empty active file.
    mutating func rotate() throws {
        guard let current = file else { return }
        if durability != .none, unsynced { try current.sync() }
        current.close()
        file = nil
        unsynced = false
        if rotation.maxFiles == 0 {
            try JournalSystem.remove(paths.active)
        } else {
            var beyond = rotation.maxFiles
            while JournalSystem.exists(paths.rotated(beyond)) {
                try JournalSystem.remove(paths.rotated(beyond))
                beyond += 1
            }
            for index in stride(from: rotation.maxFiles - 1, through: 1, by: -1)
            where JournalSystem.exists(paths.rotated(index)) {
                try JournalSystem.rename(paths.rotated(index), to: paths.rotated(index + 1))
            }
            try JournalSystem.rename(paths.active, to: paths.rotated(1))
        }
        file = try JournalFile.openForAppending(paths.active)
        size = 0
        if durability != .none { try JournalSystem.syncDirectory(paths.directory) }
    }
}
