import Foundation
import Testing
@testable import NoteLintKit

@Suite struct OrderedPipelineTests {
    /// Work that takes longer for some items than others, so that later items finish first.
    static func uneven(_ item: Int) -> String {
        if item % 3 == 0 { Thread.sleep(forTimeInterval: 0.002) }
        return "item \(item)"
    }

    @Test(arguments: [1, 2, 4]) func resultsComeBackInTheOrderSubmitted(workers: Int) {
        let pipeline = OrderedPipeline<Int, String>(workers: workers, maxItems: 5, maxWeight: .max, work: Self.uneven)
        defer { pipeline.finish() }
        var results: [String] = []
        for item in 0..<60 {
            while pipeline.isFull, let oldest = pipeline.takeNext() { results.append(oldest) }
            pipeline.submit(item, weight: 1)
        }
        while let result = pipeline.takeNext() { results.append(result) }
        #expect(results.map { $0.split(separator: " ")[1] } == (0..<60).map { "\($0)"[...] })
        #expect(pipeline.takeNext() == nil)
    }

    @Test func oneWorkerDoesTheWorkOnTheCallingThread() {
        let pipeline = OrderedPipeline<Int, pthread_t>(workers: 1, maxItems: 2, maxWeight: .max) { _ in pthread_self() }
        defer { pipeline.finish() }
        pipeline.submit(7, weight: 0)
        #expect(pipeline.takeNext() == pthread_self())
    }

    @Test func itIsFullAtItsItemLimitOrItsWeightLimit() {
        let pipeline = OrderedPipeline<Int, Int>(workers: 2, maxItems: 3, maxWeight: 100) { $0 }
        defer { pipeline.finish() }
        pipeline.submit(1, weight: 10)
        pipeline.submit(2, weight: 10)
        #expect(!pipeline.isFull)
        pipeline.submit(3, weight: 10)
        #expect(pipeline.isFull, "three items")
        #expect(pipeline.takeNext() == 1)
        #expect(!pipeline.isFull)
        pipeline.submit(4, weight: 80)
        #expect(pipeline.isFull, "weights 10 + 10 + 80")
        #expect(pipeline.takeNext() == 2)
        #expect(pipeline.takeNext() == 3)
        #expect(!pipeline.isFull, "one item, of weight 80")
        #expect(pipeline.takeNext() == 4)
    }

    @Test func finishingEarlyDropsWhatIsLeftAndStopsTheWorkers() {
        let done = Counter()
        let pipeline = OrderedPipeline<Int, Int>(workers: 2, maxItems: 100, maxWeight: .max) { item in
            Thread.sleep(forTimeInterval: 0.001)
            done.increment()
            return item
        }
        for item in 0..<100 { pipeline.submit(item, weight: 1) }
        #expect(pipeline.takeNext() == 0)
        pipeline.finish()
        let afterFinish = done.value
        Thread.sleep(forTimeInterval: 0.02)
        #expect(done.value == afterFinish, "no work is done after finish returns")
        #expect(afterFinish < 100)
    }
}

/// A count that several threads may add to.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
