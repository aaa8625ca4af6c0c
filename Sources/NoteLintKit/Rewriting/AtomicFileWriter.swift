import Foundation

/// Replaces a file's contents atomically and keeps a backup of the original.
///
/// The new text goes to a temporary file in the same folder (same permissions as the
/// original), the original is copied to a backup (`note.txt.bak`, or `.bak.2`, `.bak.3`…
/// so that no earlier backup is overwritten), and only then is the temporary file renamed
/// over the original. If any step fails the original is untouched.
public enum AtomicFileWriter {
    /// Writes `contents` to `path`; returns the backup's path.
    @discardableResult
    public static func replace(_ path: String, with contents: String) throws(NoteLintError) -> String {
        let manager = FileManager.default
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).notelint-\(UUID().uuidString)")
        do {
            try Data(contents.utf8).write(to: temporary, options: [.withoutOverwriting])
            if let permissions = try? manager.attributesOfItem(atPath: path)[.posixPermissions] {
                try manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
            }
        } catch {
            try? manager.removeItem(at: temporary)
            throw NoteLintError.input(path: path, problem: "cannot write a temporary file beside it: \(error.localizedDescription)")
        }
        var backup = path + ".bak"
        var suffix = 2
        while manager.fileExists(atPath: backup) {
            backup = path + ".bak.\(suffix)"
            suffix += 1
        }
        do {
            try manager.copyItem(atPath: path, toPath: backup)
        } catch {
            try? manager.removeItem(at: temporary)
            throw NoteLintError.input(path: path, problem: "cannot write the backup \(backup): \(error.localizedDescription)")
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw NoteLintError.input(path: path, problem: "cannot replace the file (\(reason)); it is unchanged")
        }
        return backup
    }
}
