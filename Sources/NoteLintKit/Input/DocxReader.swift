import Foundation
import ZIPFoundation

/// Reads the text of a Word (.docx) document as paragraphs.
///
/// A .docx file is a zip archive; its body is the XML part `word/document.xml`, which this
/// reads with a small byte scanner (not Foundation's XMLParser, which would link libxml2).
/// What counts as text, as Word shows it with tracked changes accepted:
/// - the text of `<w:t>` elements, whitespace and all (with or without `xml:space="preserve"`),
///   entities decoded (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;` and numeric ones);
/// - `<w:tab/>` and `<w:ptab/>` as a tab; `<w:noBreakHyphen/>` as "-";
/// - `<w:br/>` and `<w:cr/>` (manual line and page breaks) as a space, not a line feed: they
///   are layout inside a paragraph, and notelint ends a sentence at every line feed;
/// - each `<w:p>` (body, table cell or text box) as one paragraph. An empty paragraph is kept as
///   an empty string, so that paragraph N here is paragraph N in Word (as long as the document
///   has no text boxes: a text box's paragraphs come just before the paragraph that holds it).
///
/// Ignored: deleted text (`<w:delText>`, and anything inside `<w:del>` or `<w:moveFrom>`), field
/// codes (`<w:instrText>`; a field's shown result is kept), the fallback copy of a text box in
/// `<mc:Fallback>`, equations, and the parts outside `word/document.xml` (headers, footers,
/// footnotes, comments).
public enum DocxReader {
    /// The largest `word/document.xml`, uncompressed, that is read: far above any case note.
    static let maximumDocumentXMLSize = 256 * 1024 * 1024

    /// The first bytes of an OLE compound file: a Word 97–2003 .doc, or an encrypted .docx.
    static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The extension of the files it reads, as ``PathWalker/fileExtension(of:)`` gives it.
    public static let fileExtension = "docx"

    /// True if `path` names a Word document (`.docx`, any case).
    public static func isWordDocument(_ path: String) -> Bool {
        PathWalker.fileExtension(of: path) == fileExtension
    }

    /// The document at `path` as text to lint: its paragraphs with a blank line between them,
    /// so that each stays a paragraph (see ``paragraphNumber(ofLine:)``). A document without
    /// text is a notice.
    public static func document(path: String) -> Result<InputDocument, InputProblem> {
        paragraphs(path: path).flatMap { paragraphs in
            guard !paragraphs.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) else {
                return .failure(InputProblem(path: path, message: "empty, nothing to check", kind: .notice))
            }
            return .success(InputDocument(path: path, bytes: Array(paragraphs.joined(separator: "\n\n").utf8)))
        }
    }

    /// The paragraph, as Word numbers them, of line `line` of ``document(path:)``'s text.
    public static func paragraphNumber(ofLine line: Int) -> Int {
        (line + 1) / 2
    }

    /// The paragraphs of the .docx file at `path`, in document order (body text, including table
    /// cells), or a problem the user can act on.
    public static func paragraphs(path: String) -> Result<[String], InputProblem> {
        paragraphs(path: path, sizeLimit: maximumDocumentXMLSize)
    }

    /// Same, refusing a `word/document.xml` over `sizeLimit` bytes uncompressed (a parameter for tests).
    static func paragraphs(path: String, sizeLimit: Int) -> Result<[String], InputProblem> {
        func problem(_ message: String) -> Result<[String], InputProblem> {
            .failure(InputProblem(path: path, message: message))
        }
        // Open it ourselves first, for precise messages about the file itself.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return problem(openFailureMessage(errno: errno)) }
        var status = stat()
        var start = [UInt8](repeating: 0, count: oleSignature.count)
        let startCount = start.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        let isDirectory = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
        close(descriptor)
        if isDirectory { return problem("is a directory") }
        if startCount == oleSignature.count && start == oleSignature {
            return problem(oleMessage(path: path, size: Int(status.st_size), sizeLimit: sizeLimit))
        }

        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            return problem("not a Word document (.docx): cannot open it as a zip archive")
        }
        // Part names in a package are case-insensitive.
        guard let entry = archive["word/document.xml"]
                ?? archive.first(where: { $0.path.lowercased() == "word/document.xml" }),
              entry.type == .file else {
            return problem("not a Word document: it has no word/document.xml")
        }
        let limit = sizeLimit % (1 << 20) == 0 ? "\(sizeLimit >> 20) MB" : "\(sizeLimit) bytes"
        let tooLarge = "too large: word/document.xml is over \(limit) uncompressed; save the document as text and try again"
        guard entry.uncompressedSize <= UInt64(sizeLimit) else { return problem(tooLarge) }

        var xml: [UInt8] = []
        xml.reserveCapacity(Int(entry.uncompressedSize))
        let checksum: CRC32
        var isTooLarge = false
        do {
            checksum = try archive.extract(entry, bufferSize: 64 * 1024) { chunk in
                // The declared size can lie: count what really comes out.
                guard xml.count + chunk.count <= sizeLimit else {
                    isTooLarge = true
                    throw CocoaError(.fileReadTooLarge)
                }
                xml.append(contentsOf: chunk)
            }
        } catch {
            if isTooLarge { return problem(tooLarge) }
            return problem("damaged Word document: cannot decompress word/document.xml; open it in Word, save it again and try again")
        }
        guard checksum == entry.checksum else {
            return problem("damaged Word document: word/document.xml fails its checksum; open it in Word, save it again and try again")
        }

        if xml.starts(with: [0xEF, 0xBB, 0xBF]) { xml.removeFirst(3) }
        if xml.starts(with: [0xFF, 0xFE]) || xml.starts(with: [0xFE, 0xFF]) {
            return problem("word/document.xml is UTF-16, not UTF-8: open the document in Word, save it again and try again")
        }
        if let offset = DocumentReader.firstInvalidUTF8Offset(xml) {
            return problem("invalid UTF-8 in word/document.xml at byte \(offset): open the document in Word, save it again and try again")
        }
        return .success(xml.withUnsafeBufferPointer { paragraphs(documentXML: $0) })
    }

    /// The message for a file that `open(2)` refused with `errno`.
    static func openFailureMessage(errno: Int32) -> String {
        switch errno {
        case ENOENT, ENOTDIR: return "no such file or directory"
        case EACCES, EPERM: return "permission denied (cannot read the file)"
        default: return "cannot open it: " + String(cString: strerror(errno)).lowercased()
        }
    }

    /// The message for an OLE compound file of `size` bytes: which kind it is, told by the names
    /// of its streams (stored as UTF-16LE in its directory), if it is no larger than `sizeLimit`.
    static func oleMessage(path: String, size: Int, sizeLimit: Int) -> String {
        let bytes = size <= sizeLimit ? FileManager.default.contents(atPath: path) ?? Data() : Data()
        func hasStream(_ name: String) -> Bool {
            bytes.range(of: Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) != nil
        }
        if hasStream("EncryptedPackage") {
            return "a password-protected Word document: remove the password in Word (File > Info > Protect Document), save it and try again"
        }
        if hasStream("WordDocument") {
            return "a Word 97–2003 .doc file: save it as .docx or text and try again"
        }
        return "an Office 97–2003 file or a password-protected document, not a .docx: save it as an unprotected .docx or as text and try again"
    }

    /// Same, for the bytes of word/document.xml (exposed for tests). The bytes should be valid
    /// UTF-8 (``paragraphs(path:)`` checks); invalid bytes become U+FFFD. Malformed XML is read
    /// as far as it makes sense: an unclosed paragraph at the end still counts if it has text.
    static func paragraphs(documentXML xml: UnsafeBufferPointer<UInt8>) -> [String] {
        var paragraphs: [String] = []
        // Paragraphs begun and not yet ended (a text box's paragraphs nest inside another's).
        var openParagraphs: [[UInt8]] = []
        var runDepth = 0
        var inText = false
        // Depth inside elements whose content does not count (deleted, moved away, fallback).
        var ignoredDepth = 0
        let count = xml.count
        var index = 0

        while index < count {
            let tagStart = ByteBlocks.firstIndex(of: UInt8(ascii: "<"), in: xml, from: index) ?? count
            if inText, ignoredDepth == 0, tagStart > index, !openParagraphs.isEmpty {
                appendDecodingEntities(UnsafeBufferPointer(rebasing: xml[index..<tagStart]), to: &openParagraphs[openParagraphs.count - 1])
            }
            guard tagStart < count else { break }

            // Comments, CDATA, processing instructions and declarations.
            if xml.spells("<!--", at: tagStart) {
                index = (firstIndex(of: "-->", in: xml, from: tagStart + 4) ?? count) + 3
                continue
            }
            if xml.spells("<![CDATA[", at: tagStart) {
                let end = firstIndex(of: "]]>", in: xml, from: tagStart + 9) ?? count
                if inText, ignoredDepth == 0, !openParagraphs.isEmpty {
                    openParagraphs[openParagraphs.count - 1].append(contentsOf: xml[(tagStart + 9)..<end])
                }
                index = end + 3
                continue
            }
            if xml.spells("<?", at: tagStart) || xml.spells("<!", at: tagStart) {
                index = (firstIndex(of: ">", in: xml, from: tagStart) ?? count) + 1
                continue
            }

            // An element tag: find its end ('>' outside quoted attribute values) and its name.
            var tagEnd = tagStart + 1
            var quote: UInt8 = 0
            while tagEnd < count {
                let byte = xml[tagEnd]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: ">") {
                    break
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                }
                tagEnd += 1
            }
            index = tagEnd + 1
            let isClosing = tagStart + 1 < count && xml[tagStart + 1] == UInt8(ascii: "/")
            let isSelfClosing = !isClosing && tagEnd < count && xml[tagEnd - 1] == UInt8(ascii: "/")
            let nameStart = tagStart + (isClosing ? 2 : 1)
            var nameEnd = nameStart
            while nameEnd < tagEnd {
                let byte = xml[nameEnd]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "/") { break }
                nameEnd += 1
            }
            func isNamed(_ name: StaticString) -> Bool {
                nameEnd - nameStart == name.utf8CodeUnitCount && xml.spells(name, at: nameStart)
            }

            if isNamed("w:del") || isNamed("w:moveFrom") || isNamed("mc:Fallback") {
                if isClosing { ignoredDepth = max(0, ignoredDepth - 1) } else if !isSelfClosing { ignoredDepth += 1 }
                continue
            }
            guard ignoredDepth == 0 else { continue }

            if isNamed("w:t") {
                inText = !isClosing && !isSelfClosing
            } else if isNamed("w:p") {
                if isSelfClosing {
                    paragraphs.append("")
                } else if isClosing {
                    if let paragraph = openParagraphs.popLast() { paragraphs.append(String(decoding: paragraph, as: UTF8.self)) }
                } else {
                    openParagraphs.append([])
                }
            } else if isNamed("w:r") {
                if isClosing { runDepth = max(0, runDepth - 1) } else if !isSelfClosing { runDepth += 1 }
            } else if runDepth > 0, !isClosing, !openParagraphs.isEmpty {
                // Marks inside a run (a <w:tab> outside one is a tab stop in paragraph properties).
                if isNamed("w:tab") || isNamed("w:ptab") {
                    openParagraphs[openParagraphs.count - 1].append(0x09)
                } else if isNamed("w:br") || isNamed("w:cr") {
                    openParagraphs[openParagraphs.count - 1].append(0x20)
                } else if isNamed("w:noBreakHyphen") {
                    openParagraphs[openParagraphs.count - 1].append(UInt8(ascii: "-"))
                }
            }
        }
        for paragraph in openParagraphs where !paragraph.isEmpty {
            paragraphs.append(String(decoding: paragraph, as: UTF8.self))
        }
        return paragraphs
    }

    /// Appends `text` to `output`, decoding the five predefined entities and numeric character
    /// references. An unknown or malformed reference is kept as it is.
    static func appendDecodingEntities(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var index = 0
        while let ampersand = ByteBlocks.firstIndex(of: UInt8(ascii: "&"), in: text, from: index) {
            output.append(contentsOf: text[index..<ampersand])
            index = ampersand + 1
            // The longest reference is "&#x10FFFF;" (or "&#1114111;"): look no further for ';'.
            guard let semicolon = ByteBlocks.firstIndex(of: UInt8(ascii: ";"), in: text, from: ampersand + 1),
                  semicolon - ampersand <= 10 else {
                output.append(UInt8(ascii: "&"))
                continue
            }
            let name = UnsafeBufferPointer(rebasing: text[(ampersand + 1)..<semicolon])
            func isNamed(_ entity: StaticString) -> Bool {
                name.count == entity.utf8CodeUnitCount && name.spells(entity, at: 0)
            }
            var decoded: Unicode.Scalar?
            if isNamed("amp") { decoded = "&" }
            else if isNamed("lt") { decoded = "<" }
            else if isNamed("gt") { decoded = ">" }
            else if isNamed("quot") { decoded = "\"" }
            else if isNamed("apos") { decoded = "'" }
            else if name.count >= 2, name[0] == UInt8(ascii: "#") {
                let isHex = name[1] == UInt8(ascii: "x")
                let digits = String(decoding: name[(isHex ? 2 : 1)...], as: UTF8.self)
                if !digits.isEmpty, digits.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || (isHex && (0x41...0x46 ~= $0 || 0x61...0x66 ~= $0)) }),
                   let value = UInt32(digits, radix: isHex ? 16 : 10), value != 0 {
                    decoded = Unicode.Scalar(value)
                }
            }
            if let decoded {
                UTF8.encode(decoded) { output.append($0) }
                index = semicolon + 1
            } else {
                output.append(UInt8(ascii: "&"))
            }
        }
        output.append(contentsOf: text[index...])
    }

    /// The offset of the first `word` in `bytes` at or after `start`, or nil.
    private static func firstIndex(of word: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while let found = ByteBlocks.firstIndex(of: word.utf8Start[0], in: bytes, from: index) {
            if bytes.spells(word, at: found) { return found }
            index = found + 1
        }
        return nil
    }
}
