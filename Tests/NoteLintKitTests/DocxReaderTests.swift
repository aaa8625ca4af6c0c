import Foundation
import Testing
import ZIPFoundation
@testable import NoteLintKit

/// .docx files are built here at run time (no binary fixtures); names and sentences are invented.
@Suite struct DocxReaderTests {
    // MARK: - Fixtures

    /// A word/document.xml whose body is `body`, with the declaration and namespaces Word writes.
    private func documentXML(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">\
        <w:body>\(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>
        """
    }

    /// A paragraph with one run of plain text.
    private func paragraph(_ text: String) -> String {
        "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>"
    }

    /// A fresh temporary folder, removed by the caller.
    private func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "notelint-docx-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes a zip archive at `path` with these entries, deflated unless `stored`.
    private func writeZip(at path: String, entries: [(String, Data)], stored: Bool = false) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: stored ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }

    /// Writes a minimal .docx whose word/document.xml holds `xml` bytes, and returns its path.
    private func writeDocx(xmlBytes: Data, in folder: String, stored: Bool = false) throws -> String {
        let path = folder + "/note.docx"
        let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """
        let relationships = """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/></Relationships>
        """
        try writeZip(at: path, entries: [("[Content_Types].xml", Data(contentTypes.utf8)), ("_rels/.rels", Data(relationships.utf8)),
                                         ("word/document.xml", xmlBytes)], stored: stored)
        return path
    }

    /// The paragraphs of a .docx built with this body, read through the file like a user's.
    private func paragraphs(ofBody body: String) throws -> [String] {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try DocxReader.paragraphs(path: writeDocx(xmlBytes: Data(documentXML(body).utf8), in: folder)).get()
    }

    /// The paragraphs the scanner finds in `xml`, without a zip.
    private func scan(_ xml: String) -> [String] {
        Array(xml.utf8).withUnsafeBufferPointer { DocxReader.paragraphs(documentXML: $0) }
    }

    /// The message of the problem reading `path`, or nil if it was read.
    private func problemMessage(_ path: String, sizeLimit: Int = DocxReader.maximumDocumentXMLSize) -> String? {
        guard case .failure(let problem) = DocxReader.paragraphs(path: path, sizeLimit: sizeLimit) else { return nil }
        #expect(problem.path == path)
        #expect(problem.kind == .error)
        return problem.message
    }

    // MARK: - Text

    /// In a batch, a Word document is linted as its text, with paragraphs as lines.
    @Test func aBatchReportsFindingsByParagraph() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let body = [paragraph("Home visit, 3 March"), "<w:p/>", paragraph("Ms Hale failed to protect Amy (6)."),
                    paragraph("Mr Hale and Ms Hale have a volatile relationship.")].joined()
        let path = try writeDocx(xmlBytes: Data(documentXML(body).utf8), in: folder)
        let batch = BatchLinter(catalogue: try Catalogue.bundled(), workers: 1)
        var outcomes: [BatchLinter.Outcome] = []
        let summary = try batch.run([.file(path)], render: { _ in "" }) { outcomes.append($0) }
        #expect(summary.documents == 1)
        #expect(!summary.hasErrors)
        let findings = outcomes.flatMap(\.findings)
        #expect(findings.map(\.ruleID) == ["failure-to-protect", "volatile-relationship"])
        #expect(findings.map(\.start.line) == [3, 4])
        #expect(findings.map(\.start.column) == [9, 28])
    }

    @Test func readsPlainParagraphs() throws {
        let body = paragraph("Zoë attended school today.") + paragraph("Her mother, Siân Pryce, was present at the meeting.")
        #expect(try paragraphs(ofBody: body) == ["Zoë attended school today.", "Her mother, Siân Pryce, was present at the meeting."])
    }

    @Test func joinsTextSplitOverRuns() throws {
        let body = """
        <w:p w:rsidR="00A1" w14:paraId="1A2B3C4D"><w:pPr><w:pStyle w:val="Normal"/></w:pPr>\
        <w:r><w:t xml:space="preserve">The mother </w:t></w:r><w:proofErr w:type="spellStart"/>\
        <w:r w:rsidRPr="00B2"><w:rPr><w:b/><w:i/></w:rPr><w:t>fai</w:t></w:r><w:proofErr w:type="spellEnd"/>\
        <w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>\
        <w:r><w:t>led to protect</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>
        """
        #expect(try paragraphs(ofBody: body) == ["The mother failed to protect."])
        #expect(scan("<w:p><w:r><w:t>fai</w:t></w:r><w:r><w:t>led to protect</w:t></w:r></w:p>") == ["failed to protect"])
    }

    @Test func keepsPreservedSpaces() throws {
        let body = """
        <w:p><w:r><w:t xml:space="preserve">  Rhys Morgan </w:t></w:r><w:r><w:t xml:space="preserve"> visited  the home</w:t></w:r>\
        <w:r><w:t xml:space='preserve'> </w:t></w:r><w:r><w:t>today.</w:t></w:r></w:p>
        """
        #expect(try paragraphs(ofBody: body) == ["  Rhys Morgan  visited  the home today."])
    }

    @Test func decodesEntities() throws {
        let body = paragraph("Tom &amp; Jerry&apos;s &lt;b&gt; &quot;plan&quot; caf&#233; &#xE9;&#XE9; &#x1F600; &#128512;")
            + paragraph("kept: &nbsp; &#xD800; &#0; &#12a; & alone &amp")
        #expect(try paragraphs(ofBody: body) == ["Tom & Jerry's <b> \"plan\" café é&#XE9; 😀 😀",
                                                 "kept: &nbsp; &#xD800; &#0; &#12a; & alone &amp"])
    }

    @Test func readsTableCellsInOrder() throws {
        let body = paragraph("Before the table.") + """
        <w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol w:w="4513"/><w:gridCol w:w="4513"/></w:tblGrid>\
        <w:tr><w:tc><w:tcPr><w:tcW w:w="4513" w:type="dxa"/></w:tcPr>\(paragraph("Name"))</w:tc>\
        <w:tc>\(paragraph("Role"))</w:tc></w:tr>\
        <w:tr><w:tc>\(paragraph("Ffion Hughes"))</w:tc>\
        <w:tc>\(paragraph("Social worker"))\(paragraph("Allocated in March."))</w:tc></w:tr></w:tbl>
        """ + paragraph("After the table.")
        #expect(try paragraphs(ofBody: body) == ["Before the table.", "Name", "Role", "Ffion Hughes", "Social worker",
                                                 "Allocated in March.", "After the table."])
    }

    @Test func rendersTabsBreaksAndHyphens() throws {
        let body = """
        <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>\
        <w:r><w:t>Name:</w:t><w:tab/><w:t>Zoë</w:t><w:br/><w:t>Age:</w:t><w:cr/><w:t>nine</w:t>\
        <w:noBreakHyphen/><w:t>ish</w:t><w:softHyphen/><w:t>.</w:t><w:lastRenderedPageBreak/><w:br w:type="page"/></w:r>\
        <w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>End</w:t></w:r></w:p>
        """
        #expect(try paragraphs(ofBody: body) == ["Name:\tZoë Age: nine-ish. \tEnd"])
    }

    @Test func ignoresDeletedMovedAndFieldCodeText() throws {
        let body = """
        <w:p><w:r><w:t xml:space="preserve">He </w:t></w:r>\
        <w:del w:id="1" w:author="A. Writer" w:date="2025-03-03T10:00:00Z"><w:r><w:delText>claimed</w:delText><w:tab/></w:r></w:del>\
        <w:ins w:id="2" w:author="A. Writer"><w:r><w:t>said</w:t></w:r></w:ins>\
        <w:r><w:t xml:space="preserve"> it on </w:t></w:r>\
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3 March 2025</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
        <w:moveFrom w:id="3" w:author="A. Writer"><w:r><w:t xml:space="preserve"> at home</w:t></w:r></w:moveFrom>\
        <w:r><w:t>.</w:t></w:r></w:p>
        """
        #expect(try paragraphs(ofBody: body) == ["He said it on 3 March 2025."])
    }

    @Test func keepsEmptyParagraphs() throws {
        let body = paragraph("First.") + "<w:p/>" + "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr></w:p>"
            + "<w:p w14:paraId=\"00000001\"></w:p>" + paragraph("Second.")
        #expect(try paragraphs(ofBody: body) == ["First.", "", "", "", "Second."])
    }

    @Test func preservesCurlyQuotesAndNonASCII() throws {
        let text = "“I’m fine,” said Zoë; Siân’s reply — ‘not really’ — was noted. Łukasz, Ngozi, Dóra, 李华 👍"
        #expect(try paragraphs(ofBody: paragraph(text)) == [text])
    }

    @Test func readsATextBoxOnceAndSkipsCommentsAndOddMarkup() {
        let xml = documentXML("""
        <!-- a comment with <w:t>hidden</w:t> in it --><w:p w:custom="a>b" w:other='c"d'><w:r><w:t>Outer </w:t></w:r>\
        <w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>\
        <w:p><w:r><w:t>In the box</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>\
        <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In the box</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>\
        </mc:AlternateContent></w:r><w:r><w:t><![CDATA[text & <raw>]]></w:t></w:r></w:p>
        """)
        #expect(scan(xml) == ["In the box", "Outer text & <raw>"])
    }

    @Test func keepsTheTextOfAnUnfinishedDocument() {
        #expect(scan("<w:body><w:p><w:r><w:t>Complete.</w:t></w:r></w:p><w:p><w:r><w:t>Cut off he") == ["Complete.", "Cut off he"])
        #expect(scan("") == [])
    }

    @Test func findsTheDocumentPartWhateverItsCase() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/note.docx"
        try writeZip(at: path, entries: [("Word/Document.xml", Data(documentXML(paragraph("Mixed case.")).utf8))])
        #expect(try DocxReader.paragraphs(path: path).get() == ["Mixed case."])
    }

    // MARK: - Problems

    @Test func reportsMissingFilesAndFolders() throws {
        #expect(problemMessage("/nonexistent/note.docx") == "no such file or directory")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(problemMessage(folder) == "is a directory")
    }

    @Test func reportsAnUnreadableFile() throws {
        #expect(DocxReader.openFailureMessage(errno: EACCES) == "permission denied (cannot read the file)")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var path = try writeDocx(xmlBytes: Data(documentXML(paragraph("Secret.")).utf8), in: folder)
        chmod(path, 0)
        if geteuid() == 0 {
            // Root reads any file; a write-only kernel setting is one that root cannot read.
            path = "/proc/sys/vm/compact_memory"
            let descriptor = open(path, O_RDONLY)
            guard descriptor < 0, errno == EACCES else {
                if descriptor >= 0 { close(descriptor) }
                return
            }
        }
        #expect(problemMessage(path) == "permission denied (cannot read the file)")
    }

    @Test func reportsAFileThatIsNotAZip() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let message = "not a Word document (.docx): cannot open it as a zip archive"
        for (name, bytes) in [("text.docx", Data("Zoë attended school.\n".utf8)), ("empty.docx", Data()),
                              ("short.docx", Data([0xD0, 0xCF])), ("pk.docx", Data("PK\u{3}\u{4}truncated".utf8))] {
            #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: bytes))
            #expect(problemMessage(folder + "/" + name) == message, "\(name)")
        }
    }

    @Test func reportsAZipWithoutADocumentPart() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/sheet.docx"
        try writeZip(at: path, entries: [("xl/workbook.xml", Data("<workbook/>".utf8)), ("word/styles.xml", Data("<w:styles/>".utf8))])
        #expect(problemMessage(path) == "not a Word document: it has no word/document.xml")
    }

    /// An OLE compound file's signature, some padding, and these stream names in UTF-16LE.
    private func oleFile(streams: [String]) -> Data {
        var bytes = DocxReader.oleSignature + [UInt8](repeating: 0, count: 504)
        for name in streams { bytes += name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0, 0] }
        return Data(bytes)
    }

    @Test func reportsOldWordAndEncryptedFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cases: [(String, [String], String)] = [
            ("old.doc", ["Root Entry", "WordDocument", "1Table"], "a Word 97–2003 .doc file: save it as .docx or text and try again"),
            ("locked.docx", ["Root Entry", "EncryptionInfo", "EncryptedPackage"],
             "a password-protected Word document: remove the password in Word (File > Info > Protect Document), save it and try again"),
            ("other.docx", ["Root Entry", "Workbook"],
             "an Office 97–2003 file or a password-protected document, not a .docx: save it as an unprotected .docx or as text and try again"),
        ]
        for (name, streams, message) in cases {
            #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: oleFile(streams: streams)))
            #expect(problemMessage(folder + "/" + name) == message, "\(name)")
        }
        // A file too large to look inside gets the message that covers both.
        #expect(problemMessage(folder + "/locked.docx", sizeLimit: 100) == cases[2].2)
    }

    @Test func reportsInvalidUTF8AndUTF16() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = Array(documentXML(paragraph("Zo")).utf8)
        let offset = before.count - Array("</w:t></w:r></w:p><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>".utf8).count
        var bytes = before
        bytes.insert(0xEB, at: offset)
        let path = try writeDocx(xmlBytes: Data(bytes), in: folder)
        #expect(problemMessage(path) == "invalid UTF-8 in word/document.xml at byte \(offset): open the document in Word, save it again and try again")

        try FileManager.default.removeItem(atPath: path)
        var utf16 = Data([0xFF, 0xFE])
        for unit in documentXML(paragraph("Zoë")).utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(problemMessage(try writeDocx(xmlBytes: utf16, in: folder)) == "word/document.xml is UTF-16, not UTF-8: open the document in Word, save it again and try again")
    }

    @Test func readsAByteOrderMark() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try writeDocx(xmlBytes: Data([0xEF, 0xBB, 0xBF] + Array(documentXML(paragraph("Marked.")).utf8)), in: folder)
        #expect(try DocxReader.paragraphs(path: path).get() == ["Marked."])
    }

    @Test func refusesADocumentPartOverTheSizeLimit() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let xml = Data(documentXML(paragraph(String(repeating: "Long note. ", count: 200))).utf8)
        let path = try writeDocx(xmlBytes: xml, in: folder)
        let message = "too large: word/document.xml is over 1000 bytes uncompressed; save the document as text and try again"
        #expect(problemMessage(path, sizeLimit: 1000) == message)
        #expect(problemMessage(path, sizeLimit: xml.count) == nil)
        #expect(DocxReader.maximumDocumentXMLSize == 256 << 20)

        // A size in the central directory that understates the real one is caught while reading.
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let centralHeader: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        var patched = 0
        for index in 0..<(bytes.count - 63) where Array(bytes[index..<(index + 4)]) == centralHeader
            && String(decoding: bytes[(index + 46)..<(index + 63)], as: UTF8.self) == "word/document.xml" {
            bytes.replaceSubrange((index + 24)..<(index + 28), with: [100, 0, 0, 0])
            patched += 1
        }
        #expect(patched == 1)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(problemMessage(path, sizeLimit: 1000) == message)
    }

    @Test func reportsADamagedDocumentPart() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = "Checksum sentinel paragraph."
        let path = try writeDocx(xmlBytes: Data(documentXML(paragraph(text)).utf8), in: folder, stored: true)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let needle = Array(text.utf8)
        let found = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }
        let start = try #require(found)
        bytes[start] = UInt8(ascii: "X")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(problemMessage(path) == "damaged Word document: word/document.xml fails its checksum; open it in Word, save it again and try again")
    }
}
