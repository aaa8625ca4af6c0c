import Foundation

/// Runs `work` on items on worker threads and gives the results back in the order the items
/// were submitted.
///
/// The caller submits items and takes results on its own thread; the workers never wait for
/// one another, so a slow item holds up only the results behind it, not the other workers.
/// The caller is one of the workers: while it waits for a result it works on the oldest item
/// not yet started, so `workers` workers start `workers - 1` threads and no core is shared
/// by two of them. Items submitted and not yet taken are bounded in number and in total
/// weight (the caller's measure, such as bytes), which bounds memory. With one worker no
/// thread is started: `submit` does the work at once. Call ``finish()`` when done.
final class OrderedPipeline<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    /// How many items may be in the pipeline (submitted, not yet taken) at once.
    let maxItems: Int
    /// The total weight the items in the pipeline may reach before it is full.
    let maxWeight: Int
    private let work: @Sendable (Item) -> Output
    private let workers: Int
    private let condition = NSCondition()
    /// Items submitted and not yet started, oldest first, with their sequence numbers.
    private var waiting: [(sequence: Int, item: Item)] = []
    private var finished: [Int: Output] = [:]
    /// The weight of each item in the pipeline, by sequence number, and their sum.
    private var weights: [Int: Int] = [:]
    private var weight = 0
    private var submitted = 0
    private var taken = 0
    private var closed = false
    private var runningWorkers = 0
    /// Workers waiting for an item, and whether the caller waits for the oldest result: the
    /// condition is broadcast only when one of them can go on.
    private var idleWorkers = 0
    private var callerWaits = false

    /// A pipeline of `workers` workers (at least one; the caller is one of them) holding at
    /// most `maxItems` items, and no more once their weights reach `maxWeight`.
    init(workers: Int, maxItems: Int, maxWeight: Int, work: @escaping @Sendable (Item) -> Output) {
        self.workers = max(1, workers)
        self.maxItems = max(1, maxItems)
        self.maxWeight = maxWeight
        self.work = work
        guard self.workers > 1 else { return }
        runningWorkers = self.workers - 1
        for _ in 1..<self.workers {
            let thread = Thread { [self] in workLoop() }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// True if no more items may be submitted until a result is taken.
    var isFull: Bool {
        condition.lock()
        defer { condition.unlock() }
        return submitted - taken >= maxItems || weight >= maxWeight
    }

    /// Adds `item`, of `weight`, to the pipeline. Call only when it is not ``isFull``.
    func submit(_ item: Item, weight itemWeight: Int) {
        condition.lock()
        let sequence = submitted
        submitted += 1
        weights[sequence] = itemWeight
        weight += itemWeight
        if workers > 1 {
            waiting.append((sequence, item))
            if idleWorkers > 0 { condition.broadcast() }
        } else {
            run((sequence, item))
        }
        condition.unlock()
    }

    /// The result of the oldest item not yet taken, waiting for it if need be; nil if every
    /// submitted item's result has been taken.
    func takeNext() -> Output? {
        condition.lock()
        defer { condition.unlock() }
        guard taken < submitted else { return nil }
        while finished[taken] == nil {
            if !waiting.isEmpty {
                // Work rather than wait: the oldest item not yet started is the one awaited,
                // or one behind it.
                run(waiting.removeFirst())
                continue
            }
            callerWaits = true
            condition.wait()
            callerWaits = false
        }
        let output = finished.removeValue(forKey: taken)
        weight -= weights.removeValue(forKey: taken) ?? 0
        taken += 1
        return output
    }

    /// Drops the items not yet started and waits for the workers to stop. Results not taken
    /// are discarded.
    func finish() {
        condition.lock()
        closed = true
        waiting.removeAll()
        condition.broadcast()
        while runningWorkers > 0 { condition.wait() }
        condition.unlock()
    }

    /// Does the work of `next` with the lock released, and files its output (called, and
    /// returning, with the lock held).
    private func run(_ next: (sequence: Int, item: Item)) {
        condition.unlock()
        let output = work(next.item)
        condition.lock()
        finished[next.sequence] = output
        if callerWaits && next.sequence == taken { condition.broadcast() }
    }

    private func workLoop() {
        condition.lock()
        while true {
            while waiting.isEmpty && !closed {
                idleWorkers += 1
                condition.wait()
                idleWorkers -= 1
            }
            if closed { break }
            run(waiting.removeFirst())
        }
        runningWorkers -= 1
        condition.broadcast()
        condition.unlock()
    }
}
