package io.trader.layer0.service;

import io.trader.core.market.Candle;
import io.trader.layer0.core.DateText;
import io.trader.layer0.core.candle.CandleCsv;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The file half of every candle download (any venue): a CSV in {@link CandleCsv}'s layout, resumed after its last
 * complete row (a torn last line, left by a crash mid-write, does not count and is cut before appending), each batch
 * appended with one write and forced to disk. A file whose header is not the candle header is refused.
 */
public final class CandleCsvFiles {

    private static final int TAIL = 64 * 1024;

    private CandleCsvFiles() {
    }

    /**
     * The open time of the file's last complete row, or {@code Long.MIN_VALUE} when it has none (or does not exist),
     * without changing the file; an IOException when it is not a candle CSV.
     */
    public static long lastRow(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return Long.MIN_VALUE;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            return lastRow(raf, file, false);
        }
    }

    /** Creates the file with its header, or checks it and cuts a torn last line; returns the last row's open time. */
    public static long prepare(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, CandleCsv.HEADER + "\n", StandardCharsets.UTF_8);
            return Long.MIN_VALUE;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            return lastRow(raf, file, true);
        }
    }

    /** Appends {@code candles} as rows with one write and forces them to disk; nothing for an empty list. */
    public static void append(Path file, List<Candle> candles) throws IOException {
        if (candles.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder(candles.size() * 64);
        candles.forEach(c -> sb.append(CandleCsv.row(c)).append('\n'));
        ByteBuffer bytes = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
            ch.force(true);
        }
    }

    private static long lastRow(RandomAccessFile raf, Path file, boolean cutTornLine) throws IOException {
        String first = raf.readLine();
        if (!CandleCsv.HEADER.equals(first == null ? null : first.strip())) {
            throw new IOException(file + " is not a candle CSV (header " + first + ")");
        }
        long size = raf.length();
        int n = (int) Math.min(TAIL, size);
        byte[] tail = new byte[n];
        raf.seek(size - n);
        raf.readFully(tail);
        int end = n;
        while (end > 0 && tail[end - 1] != '\n') {
            end--; // a torn last line does not count
        }
        if (cutTornLine && end < n) {
            raf.setLength(size - (n - end));
        }
        int lineStart = end - 1;
        while (lineStart > 0 && tail[lineStart - 1] != '\n') {
            lineStart--;
        }
        String last = new String(tail, Math.max(0, lineStart), Math.max(0, end - 1 - lineStart),
                StandardCharsets.UTF_8).strip();
        long t = CandleCsv.openTimeOf(last);
        return t == DateText.INVALID ? Long.MIN_VALUE : t;
    }
}
