package io.admitone.server.audit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code java -jar admitone-server.jar audit verify [--organisation <id or slug>]} checks the hash chain of one
 * organisation, or of all, against the configured database; {@code audit verify-export --export <file.jsonl>
 * --checkpoint <file.jws> --jwks <jwks.json>} checks an exported trail against a signed checkpoint with no database.
 * Exit status 0 when everything verifies, 1 when something does not, 2 when the command is wrong or cannot run.
 */
public final class AuditCommandLine {

    static final int VERIFIED = 0;
    static final int BROKEN = 1;
    static final int USAGE = 2;
    private static final String USAGE_TEXT = """
            usage: audit verify [--organisation <id or slug>] [--admitone.db.url=... and other settings]
                   audit verify-export --export <file.jsonl> --checkpoint <file.jws> --jwks <jwks.json>""";

    private AuditCommandLine() {
    }

    /** Whether the process's arguments ask for this command line rather than for the server. */
    public static boolean asked(String[] args) {
        return args.length > 0 && args[0].equals("audit");
    }

    /** Runs {@code audit ...}; the exit status. */
    public static int run(String[] args, PrintStream out) {
        List<String> rest = List.of(args).subList(Math.min(2, args.length), args.length);
        String command = args.length > 1 ? args[1] : "";
        try {
            return switch (command) {
                case "verify" -> DatabaseVerification.run(
                        CommandLineOptions.parse(rest, Set.of("organisation")), out);
                case "verify-export" -> exportVerification(
                        CommandLineOptions.parse(rest, Set.of("export", "checkpoint", "jwks")), out);
                default -> usage(out, "Unknown audit command '" + command + "'");
            };
        } catch (IllegalArgumentException wrong) {
            return usage(out, wrong.getMessage());
        } catch (RuntimeException failed) {
            // a database that cannot be reached or read: no verdict either way, so not the status of a break
            out.println("audit " + command + " could not run: " + failed.getMessage());
            return USAGE;
        }
    }

    private static int exportVerification(CommandLineOptions options, PrintStream out) {
        if (!options.properties().isEmpty()) {
            throw new IllegalArgumentException("Unknown options " + options.properties());
        }
        return ExportVerification.run(Path.of(options.required("export")), Path.of(options.required("checkpoint")),
                Path.of(options.required("jwks")), out);
    }

    private static int usage(PrintStream out, String problem) {
        out.println(problem);
        out.println(USAGE_TEXT);
        return USAGE;
    }
}
