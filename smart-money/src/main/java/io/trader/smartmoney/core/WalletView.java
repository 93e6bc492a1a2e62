package io.trader.smartmoney.core;

import io.trader.smartmoney.data.WalletState;

/**
 * A tracked wallet as the signal sees it: its weight (with its tier) and its latest state, null when it has not
 * been read yet (it still counts in the coverage's denominator).
 *
 * @param weight the wallet's weight and tier
 * @param state  its latest state, or null
 */
public record WalletView(TraderWeight weight, WalletState state) {

    public WalletView {
        if (weight == null || weight.tier() == null) {
            throw new IllegalArgumentException("a wallet view needs a weight with a tier");
        }
        if (state != null && !state.address().equals(weight.address())) {
            throw new IllegalArgumentException("state of " + state.address() + " given for " + weight.address());
        }
    }

    public String address() {
        return weight.address();
    }
}
