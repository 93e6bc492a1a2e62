package io.trader.fake.hyperliquid;

import io.trader.fake.hyperliquid.smartmoney.SmartMoneyConfig;
import io.vertx.core.Vertx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fake venue as a running tool ({@code ./trader fake-venue}): a {@link FakeHyperliquid} on a given port with a
 * {@link SimulatedExchange} for one account, a {@link MarketDriver} moving its market with wall time, and the
 * {@link ControlApi} on a second port. Users and tests start the same thing.
 */
public final class FakeVenue implements AutoCloseable {

    /** The SDK tests' throwaway account (key {@code 0x0123...0123}); never a real account. */
    public static final String TEST_ACCOUNT = "0x14791697260e4c9a71f18484c9f997b308e59325";

    /**
     * How the venue starts.
     *
     * @param port                venue HTTP + websocket port on 127.0.0.1 (0: a free one)
     * @param controlPort         control API port on 127.0.0.1 (0: a free one)
     * @param coins               perps in asset-id order, from {@link FakeConfig#DEFAULT_COINS}
     * @param account             the simulated account (actions signed by its key, testnet signatures)
     * @param collateral          its starting USDC
     * @param tickMillis          market step, 10..60000 ms
     * @param seed                seed of the random walk
     * @param volatilityPerMinute standard deviation of the log return over a minute
     * @param smartMoney          smart-money data to serve (leaderboard, wallets' states, scripted changes, and the
     *                            venue's 1200 weight/min per IP), or {@code null} for none
     */
    public record Options(int port, int controlPort, List<String> coins, String account, BigDecimal collateral,
                          long tickMillis, long seed, double volatilityPerMinute, SmartMoneyConfig smartMoney) {

        public Options {
            if (port < 0 || port > 65535 || controlPort < 0 || controlPort > 65535) {
                throw new IllegalArgumentException("ports must be 0..65535 (0: a free port)");
            }
            if (port != 0 && port == controlPort) {
                throw new IllegalArgumentException("the venue and the control API need different ports");
            }
            if (coins == null || coins.isEmpty()) {
                throw new IllegalArgumentException("at least one coin is needed (" + known() + ")");
            }
            coins = List.copyOf(coins);
            if (account == null || !account.matches("0x[0-9a-fA-F]{40}")) {
                throw new IllegalArgumentException("account must be an address 0x + 40 hex digits, got " + account);
            }
            if (collateral == null || collateral.signum() <= 0 || collateral.compareTo(new BigDecimal("1e12")) > 0) {
                throw new IllegalArgumentException("collateral must be > 0 and at most 1e12 USDC");
            }
            if (tickMillis < 10 || tickMillis > 60_000) {
                throw new IllegalArgumentException("tick must be 10..60000 ms, got " + tickMillis);
            }
            if (!(volatilityPerMinute >= 0 && volatilityPerMinute <= 0.1)) {
                throw new IllegalArgumentException("volatility per minute must be 0..0.1, got " + volatilityPerMinute);
            }
        }

        /** Free ports, BTC, the test account, 100000 USDC, 1 s ticks, seed 1, 0.1% a minute. */
        public static Options defaults() {
            return new Options(0, 0, List.of("BTC"), TEST_ACCOUNT, new BigDecimal("100000"), 1000, 1, 0.001, null);
        }

        public Options withPorts(int venuePort, int control) {
            return new Options(venuePort, control, coins, account, collateral, tickMillis, seed, volatilityPerMinute,
                    smartMoney);
        }

        public Options withCoins(List<String> c) {
            return new Options(port, controlPort, c, account, collateral, tickMillis, seed, volatilityPerMinute,
                    smartMoney);
        }

        public Options withAccount(String a, BigDecimal usdc) {
            return new Options(port, controlPort, coins, a, usdc, tickMillis, seed, volatilityPerMinute,
                    smartMoney);
        }

        public Options withMarket(long tick, long s, double volatility) {
            return new Options(port, controlPort, coins, account, collateral, tick, s, volatility, smartMoney);
        }

        /** Serves smart-money data ({@code null}: none); see {@link FakeConfig#withSmartMoney}. */
        public Options withSmartMoney(SmartMoneyConfig sm) {
            return new Options(port, controlPort, coins, account, collateral, tickMillis, seed, volatilityPerMinute,
                    sm);
        }

        private List<FakeCoin> fakeCoins() {
            List<FakeCoin> out = new ArrayList<>();
            for (String name : coins) {
                FakeCoin c = FakeConfig.DEFAULT_COINS.stream()
                        .filter(k -> k.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown coin '" + name + "' (the fake venue"
                                + " lists " + known() + ")"));
                if (out.contains(c)) {
                    throw new IllegalArgumentException("coin " + c.name() + " is listed twice");
                }
                out.add(c);
            }
            return out;
        }

        private static String known() {
            return String.join(", ", FakeConfig.DEFAULT_COINS.stream().map(FakeCoin::name).toList());
        }
    }

    private final Vertx vertx;
    private final FakeHyperliquid fake;
    private final SimulatedExchange sim;
    private final MarketDriver driver;
    private final ControlApi control;

    private FakeVenue(Vertx vertx, FakeHyperliquid fake, SimulatedExchange sim, MarketDriver driver,
                      ControlApi control) {
        this.vertx = vertx;
        this.fake = fake;
        this.sim = sim;
        this.driver = driver;
        this.control = control;
    }

    /** Starts everything, or nothing (a port in use: an {@link IllegalStateException} naming it). */
    public static FakeVenue start(Options o) {
        List<FakeCoin> coins = o.fakeCoins();
        Vertx vertx = Vertx.vertx();
        FakeHyperliquid fake = null;
        MarketDriver driver = null;
        try {
            FakeConfig config = FakeConfig.defaults().withCoins(coins).withPort(o.port())
                    .withStartTime(System.currentTimeMillis());
            fake = FakeHyperliquid.start(vertx, o.smartMoney() == null ? config
                    : config.withSmartMoney(o.smartMoney()));
            SimulatedExchange sim = new SimulatedExchange(SimulatedAccountConfig.testnet(o.account())
                    .withCollateral(o.collateral())).attach(fake);
            driver = new MarketDriver(fake, sim, o.seed(), o.volatilityPerMinute());
            driver.start(o.tickMillis());
            ControlApi control;
            try {
                control = ControlApi.start(vertx, o.controlPort(), fake, sim, driver);
            } catch (IllegalStateException e) {
                throw new IllegalStateException("cannot listen on 127.0.0.1:" + o.controlPort()
                        + " for the control API: " + root(e), e);
            }
            return new FakeVenue(vertx, fake, sim, driver, control);
        } catch (RuntimeException e) {
            if (driver != null) {
                driver.close();
            }
            if (fake != null) {
                fake.close();
            }
            vertx.close();
            if (fake == null) {
                throw new IllegalStateException("cannot listen on 127.0.0.1:" + o.port() + " for the venue: "
                        + root(e), e);
            }
            throw e;
        }
    }

    private static String root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    public FakeHyperliquid fake() {
        return fake;
    }

    public SimulatedExchange exchange() {
        return sim;
    }

    public MarketDriver market() {
        return driver;
    }

    /** The venue's base URL, for {@code ./trader live --base-url}. */
    public String baseUrl() {
        return fake.baseUrl();
    }

    public String wsUrl() {
        return fake.wsUrl();
    }

    public String controlUrl() {
        return control.url();
    }

    /** Stops the market, the control API and the venue (open websockets are closed). */
    @Override
    public void close() {
        driver.close();
        control.close();
        fake.close();
        Loop.await(vertx.close().toCompletionStage().toCompletableFuture());
    }
}
