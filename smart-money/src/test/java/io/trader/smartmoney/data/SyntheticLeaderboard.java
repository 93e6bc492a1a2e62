package io.trader.smartmoney.data;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A leaderboard document generated row by row while it is read (never held whole): {@code rows} rows like the real
 * ones (all four windows plus perpDay), about 450 bytes each. Counts the bytes handed out so far.
 */
public final class SyntheticLeaderboard extends InputStream {

    private final int rows;
    private int next;
    private byte[] chunk = "{\"leaderboardRows\":[".getBytes(StandardCharsets.US_ASCII);
    private int pos;
    private long served;
    private boolean done;

    public SyntheticLeaderboard(int rows) {
        this.rows = rows;
    }

    /** The row text of index {@code i}: address {@code i} in hex, account value {@code i * 1000.123456}. */
    public static String row(int i) {
        String w = "{\"pnl\":\"%d.5\",\"roi\":\"0.0%d\",\"vlm\":\"%d123.45\"}";
        return "{\"ethAddress\":\"0x" + String.format("%040x", i) + "\",\"accountValue\":\"" + i + "000.123456\","
                + "\"windowPerformances\":[[\"day\"," + w.formatted(i, i % 97, i) + "],[\"week\","
                + w.formatted(i * 2, i % 89, i) + "],[\"month\"," + w.formatted(i * 3, i % 83, i) + "],[\"allTime\","
                + w.formatted(i * 4, i % 79, i) + "],[\"perpDay\"," + w.formatted(1, 1, 1) + "]],"
                + "\"prize\":0,\"displayName\":" + (i % 3 == 0 ? "null" : "\"trader " + i + "\"") + "}";
    }

    public long served() {
        return served;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        while (pos == chunk.length) {
            if (done) {
                return -1;
            }
            if (next < rows) {
                chunk = ((next > 0 ? "," : "") + row(next)).getBytes(StandardCharsets.US_ASCII);
                next++;
            } else {
                chunk = "],\"extra\":{\"a\":[1,2]}}".getBytes(StandardCharsets.US_ASCII);
                done = true;
            }
            pos = 0;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        served += n;
        return n;
    }
}
