import Foundation
import ArgumentParser

@main
struct NoteLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notelint",
        abstract: "Flags mutualising and victim-blaming language about domestic abuse in case notes, and suggests perpetrator-pattern rewordings.",
        discussion: """
        Exit codes: 0 nothing at or above the --severity threshold; 1 findings; 2 usage, configuration or input errors.
        """,
        version: NoteLintVersion.current,
        subcommands: [LintCommand.self, StatsCommand.self, CompareCommand.self, RulesCommand.self, ExplainCommand.self, CheckRulesCommand.self, CorpusCommand.self, RewriteCommand.self],
        defaultSubcommand: LintCommand.self
    )

    /// Runs the command; usage errors exit 2 (not ArgumentParser's 64), as documented.
    static func main() {
        do {
            if let run = LintRun.plain(Array(CommandLine.arguments.dropFirst())) {
                try run.run()
                return
            }
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            // The usual ending (1 for findings): exit at once. `exitCode(for:)` would first build
            // ArgumentParser's message for the error, which costs about a millisecond.
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code.rawValue == 64 {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// The version printed by `--version`.
enum NoteLintVersion {
    static let current = "0.1.0"
}
