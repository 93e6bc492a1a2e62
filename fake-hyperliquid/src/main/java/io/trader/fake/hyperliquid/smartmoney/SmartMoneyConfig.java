package io.trader.fake.hyperliquid.smartmoney;

/**
 * How the fake's smart-money data is generated: the synthetic leaderboard, the wallets' positions and the script
 * that moves them. Everything is deterministic from {@code seed}.
 *
 * @param seed             seed of every generated wallet, row and scripted change
 * @param smartWallets     synthetic "smart" wallets (with positions), spread over every account-size tier
 * @param vaultRows        vault rows in the leaderboard (besides HLP); listed by {@code /Mainnet/vaults}
 * @param noiseRows        small, uninteresting leaderboard rows (generated on the fly while streaming)
 * @param changesPerSecond scripted changes per second of wall-clock time while the script runs (1..1000)
 * @param scriptRunning    whether the script starts running with the fake
 * @param maxTrackedUsers  distinct users one IP may follow across user-specific websocket subscriptions
 *                         (the venue's is 10)
 */
public record SmartMoneyConfig(long seed, int smartWallets, int vaultRows, int noiseRows, double changesPerSecond,
                               boolean scriptRunning, int maxTrackedUsers) {

    /** The venue's limit of distinct users per IP across user subscriptions. */
    public static final int VENUE_MAX_USERS = 10;
    /**
     * Noise rows of {@link #big()}: the real leaderboard's row count (about 30k). Rows are the recorded sample's size
     * (about 460 bytes compact), so the body is about 14 MB; a write-up reports 25 MB for the real one.
     */
    public static final int BIG_NOISE_ROWS = 30_000;

    public SmartMoneyConfig {
        if (smartWallets < 1 || smartWallets > 100_000 || vaultRows < 0 || vaultRows > 10_000
                || noiseRows < 0 || noiseRows > 1_000_000) {
            throw new IllegalArgumentException("need 1..100000 smart wallets, 0..10000 vault rows and 0..1000000"
                    + " noise rows");
        }
        if (!(changesPerSecond >= 1 && changesPerSecond <= 1000)) {
            throw new IllegalArgumentException("changesPerSecond must be 1..1000, got " + changesPerSecond);
        }
        if (maxTrackedUsers < 1) {
            throw new IllegalArgumentException("maxTrackedUsers must be >= 1");
        }
    }

    /** Seed 1, 500 smart wallets, 20 vaults, 2000 noise rows, script stopped (2 changes/s when started), 10 users. */
    public static SmartMoneyConfig defaults() {
        return new SmartMoneyConfig(1, 500, 20, 2000, 2, false, VENUE_MAX_USERS);
    }

    /** The defaults with {@value #BIG_NOISE_ROWS} noise rows (a leaderboard of about 14 MB, streamed). */
    public static SmartMoneyConfig big() {
        return defaults().withNoiseRows(BIG_NOISE_ROWS);
    }

    public SmartMoneyConfig withSeed(long s) {
        return new SmartMoneyConfig(s, smartWallets, vaultRows, noiseRows, changesPerSecond, scriptRunning,
                maxTrackedUsers);
    }

    public SmartMoneyConfig withNoiseRows(int n) {
        return new SmartMoneyConfig(seed, smartWallets, vaultRows, n, changesPerSecond, scriptRunning,
                maxTrackedUsers);
    }

    public SmartMoneyConfig withScript(boolean running, double perSecond) {
        return new SmartMoneyConfig(seed, smartWallets, vaultRows, noiseRows, perSecond, running, maxTrackedUsers);
    }

    public SmartMoneyConfig withMaxTrackedUsers(int n) {
        return new SmartMoneyConfig(seed, smartWallets, vaultRows, noiseRows, changesPerSecond, scriptRunning, n);
    }

    /** Total leaderboard rows: smart wallets, vaults, HLP and noise. */
    public int leaderboardRows() {
        return smartWallets + vaultRows + 1 + noiseRows;
    }
}
