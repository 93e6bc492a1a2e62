package io.trader.venue.hyperliquid.exec;

/** Mainnet or testnet: the phantom agent's {@code source} and the user-signed {@code hyperliquidChain}. */
public enum Network {
    MAINNET("a", "Mainnet"), TESTNET("b", "Testnet");

    private final String agentSource;
    private final String chainName;

    Network(String agentSource, String chainName) {
        this.agentSource = agentSource;
        this.chainName = chainName;
    }

    /** {@code "a"} on mainnet, {@code "b"} on testnet. */
    public String agentSource() {
        return agentSource;
    }

    /** {@code "Mainnet"} or {@code "Testnet"}. */
    public String chainName() {
        return chainName;
    }
}
