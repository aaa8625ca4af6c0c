import Foundation

/// Reads the files of a labelled corpus folder (`Corpus/*.jsonl`, `Corpus/records/*.txt`).
enum CorpusFiles {
    /// The paths and UTF-8 texts of the files in `directory` whose names end in `suffix`, in
    /// name order. `folder` names the folder in the error if it cannot be listed.
    static func texts(endingIn suffix: String, inDirectory directory: String, folder: String) throws(NoteLintError) -> [(path: String, text: String)] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(suffix) }.sorted()
        } catch {
            throw NoteLintError.input(path: directory, problem: "cannot list the \(folder)")
        }
        var texts: [(path: String, text: String)] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw NoteLintError.input(path: path, problem: "cannot read the file as UTF-8")
            }
            texts.append((path, text))
        }
        return texts
    }
}
