import Foundation
import ArgumentParser
import NoteLintKit

/// `--rules DIR`: which catalogue to use.
struct CatalogueOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("Load the rules from this folder instead of the bundled catalogue.", valueName: "DIR"))
    var directory: String?

    /// The compiled catalogue, or exit 2 with the error.
    func catalogue() throws -> Catalogue {
        try Self.catalogue(directory: directory)
    }

    /// The catalogue compiled from the rules in `directory`, or the bundled one; or exit 2
    /// with the error.
    static func catalogue(directory: String?) throws -> Catalogue {
        do {
            guard let directory else { return try Catalogue.bundled() }
            return try CatalogueCache.catalogue(for: RuleFile.load(directory: directory))
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}

/// Writes to standard error with the program's name.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("notelint: \(message)\n".utf8))
    }
}
