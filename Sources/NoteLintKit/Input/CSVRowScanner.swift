/// Cuts CSV text (RFC 4180) read from a ``BlockInput`` into rows of fields, one row at a time,
/// so that memory holds one row and one block. Fields are separated by commas and rows by LF
/// or CRLF; a field in double quotes may hold commas, line breaks and `""` for a quote.
///
/// It is lenient where RFC 4180 is strict, as spreadsheets are: a quote inside an unquoted
/// field is kept as it is, and text after a closing quote is added to the field. Blank lines
/// (and lines of spaces and tabs only) are skipped. A row longer than the input's
/// ``BlockInput/maxRecordSize`` is scanned to its end without being kept.
struct CSVRowScanner {
    /// A row: its fields' bytes one after another (unquoted, without the line break), and
    /// where each field ends.
    struct Row {
        var bytes: [UInt8] = []
        var fieldEnds: [Int] = []
        /// The line of the file where the row starts, from 1.
        var line = 1
        /// The line where a quoted field opened that the file ended inside, if one did (the
        /// field then runs to the end of the file, or past the longest row allowed).
        var unclosedQuoteLine: Int?
        /// True if the row is longer than the input's ``BlockInput/maxRecordSize``: its bytes
        /// were dropped as it was read (only its lines are known).
        var isTooLong = false

        var fieldCount: Int { fieldEnds.count }

        /// Where field `index` lies in ``bytes``.
        func range(ofField index: Int) -> Range<Int> {
            (index == 0 ? 0 : fieldEnds[index - 1])..<fieldEnds[index]
        }

        /// The line of the file on which the byte at `offset` of ``bytes`` lies.
        func line(atOffset offset: Int) -> Int {
            line + bytes[..<offset].reduce(0) { $1 == Self.lineFeed ? $0 + 1 : $0 }
        }

        fileprivate static let lineFeed: UInt8 = 0x0A
    }

    private enum State {
        /// At the start of a field.
        case fieldStart
        /// Inside a field that did not start with a quote.
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// Just after a quote inside a quoted field: the field's end, or the first half of `""`.
        case quoteInQuoted
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), carriageReturn: UInt8 = 0x0D, lineFeed: UInt8 = 0x0A

    private let input: BlockInput
    private var position = 0
    private var line = 1
    private var finished = false
    /// The last row read by ``nextRow()``.
    private(set) var row = Row()

    init(input: BlockInput) {
        self.input = input
    }

    /// Reads the next row into ``row``; false at the end of the file.
    mutating func nextRow() throws(InputProblem) -> Bool {
        guard !finished else { return false }
        startRow()
        var state = State.fieldStart
        var quoteLine = line
        var quoted = false
        while true {
            if position == input.count {
                dropIfTooLong()
                position = 0
                let more: Bool
                do {
                    more = try input.readBlock()
                } catch {
                    finished = true
                    throw error
                }
                if !more {
                    finished = true
                    if state == .quoted {
                        row.unclosedQuoteLine = quoteLine
                    } else {
                        dropCarriageReturn()
                        if !quoted && isBlank() { return false }
                    }
                    endField()
                    dropIfTooLong()
                    return true
                }
            }
            let block = input.block
            while position < block.count {
                if state == .quoted {
                    // Copy the run up to the next quote at once.
                    let end = ByteBlocks.firstIndex(of: Self.quote, in: block, from: position) ?? block.count
                    let run = UnsafeBufferPointer(rebasing: block[position..<end])
                    row.bytes.append(contentsOf: run)
                    line += ByteBlocks.count(of: Self.lineFeed, in: run)
                    position = end
                    if end < block.count {
                        position += 1
                        state = .quoteInQuoted
                    }
                    continue
                }
                let byte = block[position]
                position += 1
                switch (state, byte) {
                case (.quoteInQuoted, Self.quote):
                    row.bytes.append(Self.quote)
                    state = .quoted
                case (.quoteInQuoted, Self.carriageReturn):
                    break
                case (.fieldStart, Self.quote):
                    state = .quoted
                    quoteLine = line
                    quoted = true
                case (_, Self.comma):
                    endField()
                    state = .fieldStart
                case (_, Self.lineFeed):
                    line += 1
                    if state != .quoteInQuoted { dropCarriageReturn() }
                    if !quoted && isBlank() {
                        startRow()
                        state = .fieldStart
                        continue
                    }
                    endField()
                    dropIfTooLong()
                    return true
                default:
                    row.bytes.append(byte)
                    state = .unquoted
                }
            }
        }
    }

    private mutating func startRow() {
        row.bytes.removeAll(keepingCapacity: true)
        row.fieldEnds.removeAll(keepingCapacity: true)
        row.line = line
        row.unclosedQuoteLine = nil
        row.isTooLong = false
    }

    private mutating func endField() {
        row.fieldEnds.append(row.bytes.count)
    }

    /// Drops a carriage return that ends the current field (the first half of a CRLF).
    private mutating func dropCarriageReturn() {
        if row.bytes.count > (row.fieldEnds.last ?? 0), row.bytes.last == Self.carriageReturn { row.bytes.removeLast() }
    }

    /// Marks the row too long and drops its bytes if it is longer than the input allows.
    private mutating func dropIfTooLong() {
        guard row.bytes.count > input.maxRecordSize else { return }
        row.isTooLong = true
        row.bytes.removeAll(keepingCapacity: true)
        row.fieldEnds.removeAll(keepingCapacity: true)
    }

    /// True if the row so far is one field of spaces and tabs (or nothing): a blank line.
    private func isBlank() -> Bool {
        !row.isTooLong && row.fieldEnds.isEmpty && row.bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
