extension JournalWriter {
    /// Renames the active file to `.1` (shifting `.1` to `.2` …, deleting what passes `maxFiles`) and
    /// opens a new, empty active file.
    mutating func rotate() throws {
        guard let current = file else { return }
        if durability != .none, unsynced { try current.sync() }
        current.close()
        file = nil
        unsynced = false
        // Files a remote sink has not shipped yet are kept past `maxFiles` (shifted up like the others).
        let held = self.held()
        var top = 0
        while JournalSystem.exists(paths.rotated(top + 1)) { top += 1 }
        var keepThrough = rotation.maxFiles - 1
        if !held.isEmpty {
            if let active = JournalSystem.identity(paths.active), held.contains(active.inode) {
                keepThrough = max(keepThrough, 0)
            }
            for index in stride(from: top, through: 1, by: -1) {
                if let file = JournalSystem.identity(paths.rotated(index)), held.contains(file.inode) {
                    keepThrough = max(keepThrough, index)
                    break
                }
            }
        }
        if keepThrough < 0 {
            try JournalSystem.remove(paths.active)
        } else {
            for index in stride(from: top, through: keepThrough + 1, by: -1) {
                try JournalSystem.remove(paths.rotated(index))
            }
            for index in stride(from: min(top, keepThrough), through: 1, by: -1) {
                try JournalSystem.rename(paths.rotated(index), to: paths.rotated(index + 1))
            }
            try JournalSystem.rename(paths.active, to: paths.rotated(1))
        }
        file = try JournalFile.openForAppending(paths.active)
        size = 0
        if durability != .none { try JournalSystem.syncDirectory(paths.directory) }
    }
}
