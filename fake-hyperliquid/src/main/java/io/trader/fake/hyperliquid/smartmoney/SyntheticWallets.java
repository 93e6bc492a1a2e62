package io.trader.fake.hyperliquid.smartmoney;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The generated population, deterministic from the seed: {@code smartWallets} smart wallets whose account values
 * cover every size tier (about 10 of $20M+, about 25 of $10M+, then log-uniform down to $30k), the vaults, HLP, and
 * noise rows made on demand from their index (so a 30k-row leaderboard never sits in memory). Window figures are
 * consistent: roi has the sign of pnl, volume grows with the window, about a fifth of the smart wallets lose money.
 */
public final class SyntheticWallets {

    /** HLP, the venue's own liquidity vault (a real address). */
    public static final String HLP = "0xdfc24b077bc1425ad1dea75bcb6f8158e10df303";
    private static final double[] WINDOW_SHARE = {0.004, 0.02, 0.07, 0.6};
    private static final double[] WINDOW_VLM_DAYS = {1, 7, 30, 400};

    private final long seed;
    private final List<WalletProfile> smart = new ArrayList<>();
    private final List<WalletProfile> vaults = new ArrayList<>();
    private final WalletProfile hlp;
    private final int noiseRows;

    public SyntheticWallets(SmartMoneyConfig cfg) {
        this.seed = cfg.seed();
        this.noiseRows = cfg.noiseRows();
        SplittableRandom r = new SplittableRandom(cfg.seed());
        for (int i = 0; i < cfg.smartWallets(); i++) {
            double value;
            if (i < 10) {
                value = 20e6 + r.nextDouble() * 60e6;
            } else if (i < 25) {
                value = 10e6 + r.nextDouble() * 10e6;
            } else {
                value = Math.exp(Math.log(30e3) + r.nextDouble() * (Math.log(10e6) - Math.log(30e3)));
            }
            boolean loser = r.nextDouble() < 0.2;
            smart.add(profile(r, address(r), value, i % 7 == 0 ? "smart-" + i : null, WalletProfile.Kind.SMART,
                    loser));
        }
        for (int i = 0; i < cfg.vaultRows(); i++) {
            vaults.add(profile(r, address(r), 50e3 + r.nextDouble() * 5e6, "Vault " + i, WalletProfile.Kind.VAULT,
                    r.nextDouble() < 0.3));
        }
        hlp = profile(r, HLP, 350e6 + r.nextDouble() * 50e6, "Hyperliquidity Provider (HLP)",
                WalletProfile.Kind.HLP, false);
    }

    public List<WalletProfile> smart() {
        return List.copyOf(smart);
    }

    public List<WalletProfile> vaults() {
        return List.copyOf(vaults);
    }

    public WalletProfile hlp() {
        return hlp;
    }

    /** Every wallet that holds positions: the smart ones, the vaults and HLP. */
    public List<WalletProfile> withPositions() {
        List<WalletProfile> all = new ArrayList<>(smart);
        all.addAll(vaults);
        all.add(hlp);
        return all;
    }

    /** Leaderboard rows: smart, vaults, HLP, then the noise rows. */
    public int rows() {
        return smart.size() + vaults.size() + 1 + noiseRows;
    }

    /** Row {@code i} of {@link #rows()} (noise rows are generated from their index each time). */
    public WalletProfile row(int i) {
        if (i < smart.size()) {
            return smart.get(i);
        }
        int j = i - smart.size();
        if (j < vaults.size()) {
            return vaults.get(j);
        }
        if (j == vaults.size()) {
            return hlp;
        }
        int n = j - vaults.size() - 1;
        if (n >= noiseRows) {
            throw new IndexOutOfBoundsException("row " + i + " of " + rows());
        }
        SplittableRandom r = new SplittableRandom(noiseSeed(seed, n));
        double value = Math.exp(Math.log(10) + r.nextDouble() * (Math.log(80e3) - Math.log(10)));
        return profile(r, address(r), value, null, WalletProfile.Kind.NOISE, r.nextDouble() < 0.55);
    }

    private static WalletProfile profile(SplittableRandom r, String address, double value, String name,
                                         WalletProfile.Kind kind, boolean loser) {
        List<WalletProfile.WindowPerf> w = new ArrayList<>();
        double turnover = 0.5 + r.nextDouble() * 20;
        for (int k = 0; k < 4; k++) {
            double ret = WINDOW_SHARE[k] * (0.2 + r.nextDouble() * 1.6) * (loser ? -1 : 1);
            if (!loser && k < 2 && r.nextDouble() < 0.25) {
                ret = -ret; // winners lose on some days and weeks too
            }
            double pnl = value * ret;
            double roi = pnl / Math.max(1, value - pnl);
            double vlm = value * turnover * WINDOW_VLM_DAYS[k] * (0.5 + r.nextDouble());
            w.add(new WalletProfile.WindowPerf(WalletProfile.WINDOWS.get(k), money(pnl, 6),
                    BigDecimal.valueOf(roi).setScale(10, RoundingMode.HALF_EVEN), money(vlm, 2)));
        }
        return new WalletProfile(address, money(value, 10), name, kind, w);
    }

    private static BigDecimal money(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(Math.max(2, scale), RoundingMode.HALF_EVEN);
    }

    /**
     * The seed of noise row {@code n}: mixed, because a SplittableRandom seeded {@code s} walks {@code s + k x gamma}
     * and a seed of the form {@code seed x gamma + n + 1} lands on the smart wallets' own walk (noise row 0 then
     * repeated smart wallet 0's address: one address, two leaderboard rows).
     */
    static long noiseSeed(long seed, int n) {
        return mix(mix(seed ^ 0x6A09E667F3BCC909L) + 0xBB67AE8584CAA73BL * (n + 1L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String address(SplittableRandom r) {
        return String.format(Locale.ROOT, "0x%016x%016x%08x", r.nextLong(), r.nextLong(), r.nextInt());
    }
}
