import Foundation

/// A file mapped read-only into memory for as long as this object lives. The compiled
/// catalogue's tables point into it, so loading from the cache copies almost nothing.
///
/// The cache only ever replaces a file by renaming a new one over it, which leaves a mapping
/// of the old one intact.
final class MappedFile: @unchecked Sendable {
    /// The file's bytes (page-aligned).
    let bytes: UnsafeRawBufferPointer

    /// Maps the file at `path`; nil if it cannot be opened, is empty or cannot be mapped.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}
