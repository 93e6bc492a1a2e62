package io.trader.app.report;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium} in headless mode, for tests that open a report in a real browser. Without it on the
 * PATH the calling test is aborted with a message starting with "skipped:" (CI installs it and fails on such
 * skips), never passed.
 */
final class Chromium {

    private final Path binary;
    private final Path work;

    private Chromium(Path binary, Path work) {
        this.binary = binary;
        this.work = work;
    }

    /** The browser, with scratch space (a fresh profile per run) under {@code work}. */
    static Chromium require(Path work) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, "chromium");
                if (Files.isExecutable(candidate)) {
                    return new Chromium(candidate, work);
                }
            }
        }
        Assumptions.abort("skipped: 'chromium' is not on the PATH; install Debian's chromium package "
                + "(apt-get install chromium), as .ci/run does");
        return null;
    }

    /** The page's DOM after its scripts ran. */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return new String(run("--dump-dom", page.toUri().toString()), StandardCharsets.UTF_8);
    }

    /** A PNG of the top {@code width} x {@code height} pixels of the page. */
    Path screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
                page.toUri().toString());
        return png;
    }

    private byte[] run(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(work, "chromium", ".log");
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + String.join(" ", cmd));
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("chromium exited with " + p.exitValue() + ": " + Files.readString(log));
        }
        return out;
    }
}
