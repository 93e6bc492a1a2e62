package io.trader.fake.hyperliquid.smartmoney;

import java.util.SplittableRandom;

/**
 * The leaderboard body {@code {"leaderboardRows":[...]}} in pieces of about {@code chunkChars} characters, rows in
 * an order shuffled deterministically from the seed (the venue's order is meaningless too). Only one piece exists at
 * a time, so a 30k-row (about 25 MB) answer is never held whole. Not thread-safe: one stream per response.
 */
public final class LeaderboardStream {

    private final SyntheticWallets wallets;
    private final int[] order;
    private final int chunkChars;
    private int next = -1;

    public LeaderboardStream(SyntheticWallets wallets, long seed, int chunkChars) {
        this.wallets = wallets;
        this.chunkChars = Math.max(256, chunkChars);
        this.order = new int[wallets.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = order.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** The next piece of the body, or {@code null} once it has all been returned. */
    public String nextChunk() {
        if (next > order.length) {
            return null;
        }
        StringBuilder sb = new StringBuilder(chunkChars + 1024);
        if (next < 0) {
            sb.append("{\"leaderboardRows\":[");
            next = 0;
        }
        while (next < order.length && sb.length() < chunkChars) {
            if (next > 0) {
                sb.append(',');
            }
            appendRow(sb, wallets.row(order[next]));
            next++;
        }
        if (next == order.length) {
            sb.append("]}");
            next++;
        }
        return sb.toString();
    }

    /** Appends one row in the venue's shape and field order. */
    static void appendRow(StringBuilder sb, WalletProfile p) {
        sb.append("{\"ethAddress\":\"").append(p.address()).append("\",\"accountValue\":\"")
                .append(p.accountValue().toPlainString()).append("\",\"windowPerformances\":[");
        for (int k = 0; k < p.windows().size(); k++) {
            WalletProfile.WindowPerf w = p.windows().get(k);
            if (k > 0) {
                sb.append(',');
            }
            sb.append("[\"").append(w.window()).append("\",{\"pnl\":\"").append(w.pnl().toPlainString())
                    .append("\",\"roi\":\"").append(w.roi().toPlainString()).append("\",\"vlm\":\"")
                    .append(w.vlm().toPlainString()).append("\"}]");
        }
        sb.append("],\"prize\":0,\"displayName\":");
        if (p.displayName() == null) {
            sb.append("null");
        } else {
            sb.append('"').append(p.displayName().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        sb.append('}');
    }

    /**
     * The {@code /Mainnet/vaults} body: one entry per vault and HLP, in the shape a third-party write-up of the
     * stats-data endpoint shows ({@code [{apr, pnls:[[window,[..]]], summary:{name, vaultAddress, leader, tvl,
     * isClosed, relationship:{type}, createTimeMillis}}]}; no recording of it exists). {@code pnls} carries each
     * window's pnl once rather than a history series.
     */
    public static String vaultsJson(SyntheticWallets wallets, long createTime) {
        StringBuilder sb = new StringBuilder("[");
        java.util.List<WalletProfile> all = new java.util.ArrayList<>(wallets.vaults());
        all.add(wallets.hlp());
        for (int i = 0; i < all.size(); i++) {
            WalletProfile v = all.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"apr\":").append(v.windows().get(3).roi().doubleValue()).append(",\"pnls\":[");
            for (int k = 0; k < 4; k++) {
                WalletProfile.WindowPerf w = v.windows().get(k);
                sb.append(k > 0 ? "," : "").append("[\"").append(w.window()).append("\",[\"0.0\",\"")
                        .append(w.pnl().toPlainString()).append("\"]]");
            }
            sb.append("],\"summary\":{\"name\":\"").append(v.displayName()).append("\",\"vaultAddress\":\"")
                    .append(v.address()).append("\",\"leader\":\"").append(leader(v.address()))
                    .append("\",\"tvl\":\"").append(v.accountValue().toPlainString())
                    .append("\",\"isClosed\":false,\"relationship\":{\"type\":\"")
                    .append(v.kind() == WalletProfile.Kind.HLP ? "parent" : "normal")
                    .append("\"},\"createTimeMillis\":").append(createTime - 86_400_000L * (30 + i)).append("}}");
        }
        return sb.append(']').toString();
    }

    private static String leader(String vault) {
        return "0x" + new StringBuilder(vault.substring(2)).reverse();
    }
}
