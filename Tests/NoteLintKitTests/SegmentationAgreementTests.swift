import Foundation
import Testing
@testable import NoteLintKit

/// The splitters against ICU's iterators over whole documents of real prose: the repository's
/// README, example notes and rule files (thousands of sentences, with Markdown, addresses,
/// quotes and dashes), cut into paragraphs as the linter cuts them.
@Suite struct SegmentationAgreementTests {
    @Test func sentencesAndWordsAgreeWithICUOnTheRepositoryDocuments() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
        let folders = ["Examples", "Rules"].map { root.appendingPathComponent($0) }
        var files = [root.appendingPathComponent("README.md")]
        for folder in folders { files += try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) }
        let sentenceBreaker = try ICUBreaker(.sentence), wordBreaker = try ICUBreaker(.word)
        let sentenceSplitter = SentenceSplitter()!, wordSplitter = WordSplitter()
        var sentenceCount = 0
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            bytes.withUnsafeBufferPointer { document in
                for unit in LineJoiner.units(in: document) {
                    let text = LineJoiner.joinWrappedLines(UnsafeBufferPointer(rebasing: document[unit])) ?? Array(document[unit])
                    text.withUnsafeBufferPointer { text in
                        var icuEnds: [Int] = []
                        sentenceBreaker.forEachSegment(in: text) { icuEnds.append($0.end) }
                        var ends: [Int] = []
                        if sentenceSplitter.segmentEnds(in: text, into: &ends) {
                            #expect(ends == icuEnds, "\(file.lastPathComponent): \(escaped(String(decoding: text, as: UTF8.self)))")
                        }
                        var start = 0
                        for end in icuEnds {
                            let sentence = UnsafeBufferPointer(rebasing: text[start..<end])
                            start = end
                            sentenceCount += 1
                            var icuSegments: [[Int]] = []
                            wordBreaker.forEachSegment(in: sentence) { icuSegments.append([$0.end, Int($0.ruleStatus)]) }
                            var segments: [ICUBreaker.Segment] = []
                            if wordSplitter.segments(in: sentence, into: &segments) {
                                #expect(segments.map { [$0.end, Int($0.ruleStatus)] } == icuSegments,
                                        "\(file.lastPathComponent): \(escaped(String(decoding: sentence, as: UTF8.self)))")
                            }
                        }
                    }
                }
            }
        }
        #expect(sentenceCount > 1000)
    }
}
