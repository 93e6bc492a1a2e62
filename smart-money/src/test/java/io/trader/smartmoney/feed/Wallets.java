package io.trader.smartmoney.feed;

import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.data.LeaderboardRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tracked wallets for tests: {@code t1} Tier 1, {@code t2} Tier 2, {@code t3} Tier 3, addresses by index. */
final class Wallets {

    private Wallets() {
    }

    static String address(int i) {
        return "0x" + String.format("%040x", i + 1);
    }

    static List<TrackedWallet> of(int t1, int t2, int t3) {
        List<TrackedWallet> out = new ArrayList<>();
        int i = 0;
        for (int n = 0; n < t1 + t2 + t3; n++, i++) {
            Tier tier = n < t1 ? Tier.WHALE : n < t1 + t2 ? Tier.CORE : Tier.EXTENDED;
            out.add(new TrackedWallet(new LeaderboardRow(address(i), BigDecimal.valueOf(1_000_000L - i), null, Map.of()),
                    tier, 1000.0 - i));
        }
        return out;
    }
}
