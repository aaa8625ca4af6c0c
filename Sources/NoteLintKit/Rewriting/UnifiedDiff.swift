/// A line-based unified diff (`diff -u` style) between two texts.
public enum UnifiedDiff {
    /// Lines of context around each change.
    public static let contextLines = 3

    /// The diff of `old` against `new`, labelled with `oldName` and `newName`; empty if equal.
    public static func diff(old: String, new: String, oldName: String, newName: String) -> String {
        let a = lines(old)
        let b = lines(new)
        guard a != b else { return "" }
        let script = editScript(a, b)
        var output = "--- \(oldName)\n+++ \(newName)\n"
        var index = 0
        while index < script.count {
            guard script[index].kind != .same else { index += 1; continue }
            // A hunk: from contextLines before this change to contextLines after the last change
            // that is close enough to join it.
            var start = index
            var context = 0
            while start > 0, script[start - 1].kind == .same, context < contextLines { start -= 1; context += 1 }
            var end = index
            var lastChange = index
            while end < script.count {
                if script[end].kind != .same { lastChange = end } else if end - lastChange > 2 * contextLines { break }
                end += 1
            }
            end = min(script.count, lastChange + contextLines + 1)
            let hunk = script[start..<end]
            let oldStart = (hunk.first { $0.kind != .insert }?.oldLine ?? script[start].oldLine)
            let newStart = (hunk.first { $0.kind != .delete }?.newLine ?? script[start].newLine)
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            output += "@@ -\(oldStart + (oldCount == 0 ? 0 : 1)),\(oldCount) +\(newStart + (newCount == 0 ? 0 : 1)),\(newCount) @@\n"
            for step in hunk {
                switch step.kind {
                case .same: output += " " + step.text + "\n"
                case .delete: output += "-" + step.text + "\n"
                case .insert: output += "+" + step.text + "\n"
                }
            }
            index = end
        }
        return output
    }

    struct Step {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var text: String
        /// 0-based line numbers in the old and new texts where this step stands.
        var oldLine: Int
        var newLine: Int
    }

    static func lines(_ text: String) -> [String] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if result.last == "" { result.removeLast() }
        return result
    }

    /// The shortest edit script by longest common subsequence over lines, after trimming the
    /// common prefix and suffix (so that a long note with a few changes stays cheap).
    static func editScript(_ a: [String], _ b: [String]) -> [Step] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middleA = Array(a[prefix..<(a.count - suffix)])
        let middleB = Array(b[prefix..<(b.count - suffix)])
        var steps: [Step] = (0..<prefix).map { Step(kind: .same, text: a[$0], oldLine: $0, newLine: $0) }
        let n = middleA.count
        let m = middleB.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        if n > 0, m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i][j] = middleA[i] == middleB[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, middleA[i] == middleB[j] {
                steps.append(Step(kind: .same, text: middleA[i], oldLine: prefix + i, newLine: prefix + j))
                i += 1; j += 1
            } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
                steps.append(Step(kind: .delete, text: middleA[i], oldLine: prefix + i, newLine: prefix + j))
                i += 1
            } else {
                steps.append(Step(kind: .insert, text: middleB[j], oldLine: prefix + i, newLine: prefix + j))
                j += 1
            }
        }
        for k in 0..<suffix {
            steps.append(Step(kind: .same, text: a[a.count - suffix + k], oldLine: a.count - suffix + k, newLine: b.count - suffix + k))
        }
        return steps
    }
}
