package io.trader.app.venue.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the embedded PostgreSQL this test started unavailable for a while: SIGSTOP to its postmaster (read from
 * {@code postmaster.pid}) and to that process's children, by process id; SIGCONT brings them back.
 */
final class PostgresPause {

    private final List<Long> pids;

    private PostgresPause(List<Long> pids) {
        this.pids = pids;
    }

    static PostgresPause stop(Path pgDataDir) throws IOException, InterruptedException {
        long postmaster = Long.parseLong(Files.readAllLines(pgDataDir.resolve("postmaster.pid")).get(0).trim());
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster);
        ProcessHandle.of(postmaster).ifPresent(p -> p.children().forEach(c -> pids.add(c.pid())));
        signal("-STOP", pids);
        return new PostgresPause(pids);
    }

    void resume() throws IOException, InterruptedException {
        signal("-CONT", pids);
    }

    private static void signal(String sig, List<Long> pids) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("kill", sig));
        pids.forEach(p -> cmd.add(Long.toString(p)));
        new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }
}
