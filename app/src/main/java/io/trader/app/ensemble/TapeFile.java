package io.trader.app.ensemble;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.signal.Feature;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Tape} on disk, so candidates can be replayed again without re-running the zoo's walk-forward.
 * The file starts with a key describing everything the tape depends on (data file, alphas, settings,
 * feature layout); {@link #load} returns the tape only when the key is exactly the one asked for.
 */
public final class TapeFile {

    private static final int MAGIC = 0x54415045; // "TAPE"

    private TapeFile() {
    }

    public static void save(Path file, String key, Tape t) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(part), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeUTF(key);
            out.writeUTF(t.symbol());
            out.writeUTF(t.instrument().symbol());
            out.writeInt(t.instrument().priceScale());
            out.writeInt(t.instrument().qtyScale());
            out.writeLong(t.intervalMs());
            out.writeInt(t.alphas());
            for (String id : t.alphaIds()) {
                out.writeUTF(id);
            }
            out.writeInt(t.bars());
            for (long v : t.times()) {
                out.writeLong(v);
            }
            for (double[] a : new double[][] {t.features(), t.scores(), t.confidences()}) {
                for (double v : a) {
                    out.writeDouble(v);
                }
            }
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The tape in {@code file} if it exists and was recorded under {@code key}; otherwise null. */
    public static Tape load(Path file, String key) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(key)) {
                return null;
            }
            String symbol = in.readUTF();
            InstrumentSpec spec = new InstrumentSpec(in.readUTF(), in.readInt(), in.readInt());
            long interval = in.readLong();
            int a = in.readInt();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < a; i++) {
                ids.add(in.readUTF());
            }
            int n = in.readInt();
            long[] times = new long[n];
            for (int i = 0; i < n; i++) {
                times[i] = in.readLong();
            }
            double[] f = read(in, n * Feature.count());
            double[] s = read(in, n * a);
            double[] c = read(in, n * a);
            return new Tape(symbol, spec, interval, ids, times, f, s, c);
        }
    }

    private static double[] read(DataInputStream in, int n) throws IOException {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = in.readDouble();
        }
        return out;
    }
}
