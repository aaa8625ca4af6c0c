/// Finds the spans of a document that are inside quotation marks.
///
/// Straight and curly quotes, double and single, nested. A single quote between two letters
/// ("Ms B's", "don't") is an apostrophe, as is a closing-shaped single quote with no open
/// single quote ("the parents' home"). Quotes are paired within a paragraph; an unpaired
/// quote marks nothing.
enum QuoteScanner {
    /// Byte ranges of quoted spans, quote marks included, sorted by start.
    static func quotedRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: [(mark: Mark, offset: Int)] = []
        var previous: Unicode.Scalar = " "
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars: [(Unicode.Scalar, Int)] = []
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            scalars.append((scalar, offset))
            offset += UTF8.width(scalar)
        }
        for (index, (scalar, start)) in scalars.enumerated() {
            let next: Unicode.Scalar = index + 1 < scalars.count ? scalars[index + 1].0 : " "
            defer { previous = scalar }
            // A blank line ends a paragraph: unpaired quotes are forgotten.
            if scalar == "\n", previous == "\n" || (index >= 2 && previous == "\r" && scalars[index - 2].0 == "\n") {
                open.removeAll()
                continue
            }
            let end = start + UTF8.width(scalar)
            func close(_ mark: Mark) -> Bool {
                guard let position = open.lastIndex(where: { $0.mark == mark }) else { return false }
                ranges.append(open[position].offset..<end)
                open.removeSubrange(position...)
                return true
            }
            switch scalar {
            case "\"", "\u{FF02}":
                if !close(.double) { open.append((.double, start)) }
            case "\u{201C}", "\u{201E}", "\u{00AB}":
                open.append((.double, start))
            case "\u{201D}", "\u{00BB}":
                if !close(.double), scalar == "\u{201D}" { open.append((.double, start)) }
            case "\u{2018}":
                if isLetter(previous) && isLetter(next) { break }
                open.append((.single, start))
            case "'", "\u{2019}":
                if isLetter(previous) && isLetter(next) { break }
                if isOpeningContext(previous), isLetter(next) || next.properties.numericType != nil || next == "\"" {
                    open.append((.single, start))
                } else {
                    _ = close(.single)
                }
            default:
                break
            }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    enum Mark { case double, single }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    private static func isOpeningContext(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || "([{\u{201C}\"-\u{2013}\u{2014}/:".unicodeScalars.contains(scalar)
    }
}
