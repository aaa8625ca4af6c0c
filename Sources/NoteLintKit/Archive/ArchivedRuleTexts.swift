/// A rule's texts (``RuleTexts``) as they lie in a compiled archive mapped from the cache,
/// read each time they are asked for: the lint itself never asks (see ``RuleTextStore``).
struct ArchivedRuleTexts: @unchecked Sendable {
    /// The texts' section of the archive.
    let bytes: UnsafeRawBufferPointer
    /// What keeps `bytes` alive (the mapped file).
    let owner: AnyObject

    func read() -> RuleTexts {
        var reader = BinaryReader(bytes)
        do {
            return try CatalogueArchive.readTexts(&reader)
        } catch {
            // The archive was written whole by this build and renamed into place; a section
            // that does not read back means the file was changed under notelint.
            preconditionFailure("notelint's compiled rule cache is damaged: delete the files in \(CatalogueCache.directory ?? "its cache folder") and run again")
        }
    }
}
