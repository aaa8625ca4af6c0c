import Foundation

/// Keeps compiled catalogues on disk so that start-up is a load, not a compile.
///
/// The cache holds only rules (never note text). Its key is a hash of the engine's archive
/// format, the running program's identity and every rule file's name and contents (the
/// program's identity alone stands for the rules built into it), so an edited rule file or a
/// new notelint compiles afresh. The folder is `$NOTELINT_CACHE_DIR`, else `$XDG_CACHE_HOME/notelint`,
/// else `~/.cache/notelint`; `NOTELINT_CACHE_DIR=off` turns the cache off. A cache that cannot
/// be read or written is ignored: notelint then compiles, as it would without one.
public enum CatalogueCache {
    /// The folder used, or nil when caching is off.
    public static var directory: String? {
        if let explicit = environment("NOTELINT_CACHE_DIR") {
            return explicit.isEmpty || explicit == "off" ? nil : explicit
        }
        if let xdg = environment("XDG_CACHE_HOME"), !xdg.isEmpty { return xdg + "/notelint" }
        if let home = environment("HOME"), !home.isEmpty { return home + "/.cache/notelint" }
        return nil
    }

    /// One environment variable (`ProcessInfo`'s environment copies them all, at start-up's cost).
    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The catalogue for `files`: loaded from the cache when it holds them, else compiled and stored.
    public static func catalogue(for files: [RuleFile]) throws(NoteLintError) -> Catalogue {
        try catalogue(for: files, key: { key(for: files) })
    }

    /// The catalogue of the rules built into notelint (``RuleFile/bundled``). They are part of
    /// the program, so the program's identity stands for them and their text is not hashed
    /// (a twentieth of start-up), unless the identity is unknown. The marker file's name holds
    /// a NUL, which no rule file's name can.
    static func bundledCatalogue() throws(NoteLintError) -> Catalogue {
        try catalogue(for: RuleFile.bundled, key: {
            programIdentity.isEmpty ? key(for: RuleFile.bundled) : key(for: [RuleFile(name: "\u{0}bundled", contents: "")])
        })
    }

    private static func catalogue(for files: [RuleFile], key: () -> String) throws(NoteLintError) -> Catalogue {
        guard let directory else { return try Catalogue(RuleLoader.load(files)) }
        let path = directory + "/catalogue-" + key() + ".bin"
        if let file = MappedFile(path: path), let catalogue = Catalogue(archive: file.bytes, keepingAlive: file) {
            return catalogue
        }
        let catalogue = try Catalogue(RuleLoader.load(files))
        store(CatalogueArchive.encode(catalogue), at: path, in: directory)
        return catalogue
    }

    /// A hex digest of the archive format, the running program's identity and the files (two
    /// 64-bit lanes, eight bytes a step). The program's size and modification time stand for
    /// the compiler code that built the archive, so a rebuilt notelint never reads an older
    /// build's archive.
    static func key(for files: [RuleFile]) -> String {
        var first: UInt64 = 0xCBF2_9CE4_8422_2325
        var second: UInt64 = 0x6C62_272E_07BB_0142
        func mix(_ bytes: UnsafeRawBufferPointer) {
            var (a, b) = (first, second)
            var offset = 0
            while offset + 8 <= bytes.count {
                let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                a = (a ^ word) &* 0x0000_0100_0000_01B3
                a ^= a >> 29
                b = (b &+ word) &* 0x9E37_79B9_7F4A_7C15
                b ^= b >> 31
                offset += 8
            }
            while offset < bytes.count {
                a = (a ^ UInt64(bytes[offset])) &* 0x0000_0100_0000_01B3
                b = (b &+ UInt64(bytes[offset])) &* 0x9E37_79B9_7F4A_7C15
                offset += 1
            }
            // The length ends each part, so that moving bytes between parts changes the key.
            a = (a ^ UInt64(bytes.count)) &* 0x0000_0100_0000_01B3
            b = (b &+ UInt64(bytes.count)) &* 0x9E37_79B9_7F4A_7C15
            (first, second) = (a, b)
        }
        func mix(_ text: String) {
            var copy = text
            copy.withUTF8 { mix(UnsafeRawBufferPointer($0)) }
        }
        withUnsafeBytes(of: CatalogueArchive.magic.littleEndian) { mix($0) }
        mix(programIdentity)
        for file in files {
            mix(file.name)
            mix(file.contents)
        }
        return String(first, radix: 16) + String(second, radix: 16)
    }

    /// The running executable's size and modification time ("" if unknown).
    private static let programIdentity: String = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "" }
        return "\(status.st_size):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()

    private static func store(_ bytes: [UInt8], at path: String, in directory: String) {
        let manager = FileManager.default
        guard (try? manager.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil else { return }
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        guard manager.createFile(atPath: temporary, contents: Data(bytes)) else { return }
        if rename(temporary, path) != 0 { try? manager.removeItem(atPath: temporary) }
        prune(directory, keeping: path)
    }

    /// How many compiled catalogues the cache keeps (other builds of notelint, other rule folders).
    static let keptArchives = 4

    /// Removes all but the ``keptArchives`` most recently written catalogues from `directory`
    /// (never `kept`, the one just stored), so that rebuilt notelints and edited rules do not
    /// fill the disk.
    static func prune(_ directory: String, keeping kept: String) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return }
        let archives = names.filter { $0.hasPrefix("catalogue-") && $0.hasSuffix(".bin") }.map { directory + "/" + $0 }
        guard archives.count > keptArchives else { return }
        let byAge = archives.map { path -> (path: String, modified: Double) in
            var status = stat()
            let modified = stat(path, &status) == 0 ? Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9 : 0
            return (path, modified)
        }.sorted { ($0.modified, $0.path) > ($1.modified, $1.path) }
        for old in byAge.dropFirst(keptArchives) where old.path != kept {
            try? manager.removeItem(atPath: old.path)
        }
    }
}
