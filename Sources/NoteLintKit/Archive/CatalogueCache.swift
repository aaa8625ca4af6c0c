import Foundation

/// Keeps compiled catalogues on disk so that start-up is a load, not a compile.
///
/// The cache holds only rules (never note text). Its key is a hash of the engine's archive
/// format and every rule file's name and contents, so an edited rule file or a new notelint
/// compiles afresh. The folder is `$NOTELINT_CACHE_DIR`, else `$XDG_CACHE_HOME/notelint`,
/// else `~/.cache/notelint`; `NOTELINT_CACHE_DIR=off` turns the cache off. A cache that cannot
/// be read or written is ignored: notelint then compiles, as it would without one.
public enum CatalogueCache {
    /// The folder used, or nil when caching is off.
    public static var directory: String? {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["NOTELINT_CACHE_DIR"] {
            return explicit.isEmpty || explicit == "off" ? nil : explicit
        }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/notelint" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/notelint" }
        return nil
    }

    /// The catalogue for `files`: loaded from the cache when it holds them, else compiled and stored.
    public static func catalogue(for files: [RuleFile]) throws(NoteLintError) -> Catalogue {
        guard let directory else { return try Catalogue(RuleLoader.load(files)) }
        let path = directory + "/catalogue-" + key(for: files) + ".bin"
        if let bytes = readFile(path), let catalogue = Catalogue(archive: bytes) {
            return catalogue
        }
        let catalogue = try Catalogue(RuleLoader.load(files))
        store(CatalogueArchive.encode(catalogue), at: path, in: directory)
        return catalogue
    }

    /// A hex digest of the archive format, the running program's identity and the files (two
    /// 64-bit FNV-1a hashes). The program's size and modification time stand for the compiler
    /// code that built the archive, so a rebuilt notelint never reads an older build's archive.
    static func key(for files: [RuleFile]) -> String {
        var first: UInt64 = 0xCBF2_9CE4_8422_2325
        var second: UInt64 = 0x6C62_272E_07BB_0142
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 &+ 0x9E37_79B9
            }
        }
        mix(withUnsafeBytes(of: CatalogueArchive.magic) { Array($0) })
        mix(programIdentity.utf8)
        for file in files {
            mix(file.name.utf8)
            mix([0])
            mix(file.contents.utf8)
            mix([0])
        }
        return String(first, radix: 16) + String(second, radix: 16)
    }

    /// The running executable's size and modification time ("" if unknown).
    private static let programIdentity: String = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "" }
        return "\(status.st_size):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()

    /// The bytes of the file at `path`, read straight into an array (no intermediate copy).
    private static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let got = read(descriptor, buffer.baseAddress! + done, size - done)
                if got <= 0 { complete = false; break }
                done += got
            }
            count = done
        }
        return complete ? bytes : nil
    }

    private static func store(_ bytes: [UInt8], at path: String, in directory: String) {
        let manager = FileManager.default
        guard (try? manager.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil else { return }
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        guard manager.createFile(atPath: temporary, contents: Data(bytes)) else { return }
        if rename(temporary, path) != 0 { try? manager.removeItem(atPath: temporary) }
    }
}
