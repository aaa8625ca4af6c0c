import Foundation

/// Expands the paths a user names into the files to lint: files as given, folders walked
/// recursively for files with the chosen extensions, in a stable (sorted) order.
public struct PathWalker: Sendable {
    /// File extensions (without the dot, lower-case) that a folder walk picks up.
    public var extensions: Set<String>

    public static let defaultExtensions: Set<String> = ["txt", "md", "markdown", "docx"]

    public init(extensions: Set<String> = PathWalker.defaultExtensions) {
        self.extensions = extensions
    }

    /// One entry of a walk: a file to read, or a problem met on the way.
    public enum Entry: Sendable, Equatable {
        case file(String)
        case standardInput
        case problem(InputProblem)
    }

    /// The files under `paths`, in order; `-` stands for standard input.
    public func entries(for paths: [String]) -> [Entry] {
        var entries: [Entry] = []
        for path in paths {
            if path == "-" {
                entries.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                entries.append(.problem(InputProblem(path: path, message: "no such file or directory")))
                continue
            }
            if isDirectory.boolValue {
                walk(path, into: &entries)
            } else {
                entries.append(.file(path))
            }
        }
        return entries
    }

    /// The extension of the file at `path` (after the last dot of its name), lower-case, or ""
    /// if the name has none.
    public static func fileExtension(of path: String) -> String {
        let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    private func walk(_ directory: String, into entries: inout [Entry]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            entries.append(.problem(InputProblem(path: directory, message: "permission denied (cannot list the directory)")))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(path, into: &entries)
            } else if extensions.contains(Self.fileExtension(of: name)) {
                entries.append(.file(path))
            }
        }
    }
}
