package io.trader.app.cli;

import io.trader.app.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in this JVM and captures what it prints. */
final class Cli {

    private Cli() {
    }

    record Outcome(int exit, String out, String err) {

        /** Non-blank stderr lines that are not log lines (the console's own messages). */
        List<String> messages() {
            return err.lines().filter(l -> !l.isBlank() && !l.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")).toList();
        }

        /** The single error line of a refused start, without the {@code trader: } prefix. */
        String error() {
            List<String> lines = messages();
            if (lines.size() != 1 || !lines.get(0).startsWith("trader: ")) {
                throw new AssertionError("expected one 'trader: ...' line on stderr (exit " + exit + "), got:\n" + err);
            }
            if (err.contains("Exception") || err.contains("\tat ")) {
                throw new AssertionError("stack trace on stderr:\n" + err);
            }
            return lines.get(0).substring("trader: ".length());
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static synchronized Outcome run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            exit = Main.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        Outcome r = new Outcome(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        err.print(r.err());
        return r;
    }
}
