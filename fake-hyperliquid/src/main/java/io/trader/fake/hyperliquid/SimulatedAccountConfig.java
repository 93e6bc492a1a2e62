package io.trader.fake.hyperliquid;

import io.trader.venue.hyperliquid.exec.Hex;
import io.trader.venue.hyperliquid.exec.Network;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * The one account a {@link SimulatedExchange} trades for, and the venue rules it enforces.
 *
 * @param network        signatures are recovered for this network (testnet by default)
 * @param account        the account (master) address; actions signed by it or an agent act for it
 * @param agents         approved API-wallet addresses that may sign for the account
 * @param vaults         vault / sub-account addresses the account may trade for ({@code vaultAddress})
 * @param initialUsdc    starting collateral
 * @param leverage       initial leverage of every asset (cross)
 * @param takerFeeBps    taker fee, basis points of notional
 * @param makerFeeBps    maker fee (negative: rebate)
 * @param strictNonces   {@code true}: every nonce must exceed the signer's previous one; {@code false} (the venue's
 *                       rule): unused and above the smallest of the signer's 100 highest
 * @param minNotionalUsd smallest order value accepted (the venue's is 10; reduce-only orders are exempt)
 */
public record SimulatedAccountConfig(Network network, String account, Set<String> agents, Set<String> vaults,
                                     BigDecimal initialUsdc, int leverage, BigDecimal takerFeeBps,
                                     BigDecimal makerFeeBps, boolean strictNonces, BigDecimal minNotionalUsd) {

    public SimulatedAccountConfig {
        if (network == null || account == null || initialUsdc == null) {
            throw new IllegalArgumentException("network, account and initialUsdc are required");
        }
        account = Hex.address(account);
        agents = lower(agents);
        vaults = lower(vaults);
        if (leverage < 1) {
            throw new IllegalArgumentException("leverage must be at least 1");
        }
        takerFeeBps = takerFeeBps == null ? new BigDecimal("4.5") : takerFeeBps;
        makerFeeBps = makerFeeBps == null ? new BigDecimal("1.5") : makerFeeBps;
        minNotionalUsd = minNotionalUsd == null ? BigDecimal.TEN : minNotionalUsd;
    }

    /** Testnet, 100000 USDC, leverage 20, base-tier fees, the venue's nonce rule, $10 minimum. */
    public static SimulatedAccountConfig testnet(String account) {
        return new SimulatedAccountConfig(Network.TESTNET, account, Set.of(), Set.of(), new BigDecimal("100000"), 20,
                null, null, false, null);
    }

    public SimulatedAccountConfig withAgents(Set<String> agentAddresses) {
        return new SimulatedAccountConfig(network, account, agentAddresses, vaults, initialUsdc, leverage, takerFeeBps,
                makerFeeBps, strictNonces, minNotionalUsd);
    }

    public SimulatedAccountConfig withNetwork(Network n) {
        return new SimulatedAccountConfig(n, account, agents, vaults, initialUsdc, leverage, takerFeeBps, makerFeeBps,
                strictNonces, minNotionalUsd);
    }

    public SimulatedAccountConfig withStrictNonces(boolean strict) {
        return new SimulatedAccountConfig(network, account, agents, vaults, initialUsdc, leverage, takerFeeBps,
                makerFeeBps, strict, minNotionalUsd);
    }

    public SimulatedAccountConfig withCollateral(BigDecimal usdc) {
        return new SimulatedAccountConfig(network, account, agents, vaults, usdc, leverage, takerFeeBps, makerFeeBps,
                strictNonces, minNotionalUsd);
    }

    private static Set<String> lower(Set<String> addresses) {
        Set<String> out = new HashSet<>();
        if (addresses != null) {
            addresses.forEach(a -> out.add(Hex.address(a)));
        }
        return Set.copyOf(out);
    }
}
