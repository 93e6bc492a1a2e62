package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.fake.bybit.BybitSignature;
import io.trader.fake.bybit.FakeBybit;
import io.trader.fake.spot.FakeSpotMarket;
import io.trader.fake.coinbase.CoinbaseSignature;
import io.trader.fake.coinbase.FakeCoinbase;
import io.trader.fake.coinbase.FakeCoinbaseMarket;
import io.trader.fake.okx.FakeOkx;
import io.trader.fake.okx.OkxSignature;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./trader fake-venue --venue coinbase|bybit|okx}: the local fake of a venue of the XChange route, with a
 * market that trades by itself so a live session gets bars: 100 trades of history (one a minute), then one trade
 * every {@value #TRADE_SECONDS} s at a seeded random-walk price, which also fills resting orders it crosses and is the
 * price marketable orders take at. The account holds 100000 of the quote currency and 2 BTC. Keys are the fakes'
 * made-up test keys, never a real account's.
 */
final class XChangeFakes {

    static final List<String> VENUES = List.of(Venues.COINBASE, Venues.BYBIT, Venues.OKX);
    static final String KEY = "fake-key";
    static final String SECRET = "fake-secret-for-local-tests";
    /** The same secret, base64, as Coinbase secrets are. */
    static final String COINBASE_SECRET = "ZmFrZS1zZWNyZXQtZm9yLWxvY2FsLXRlc3Rz";
    static final String PASSPHRASE = "fake-pass";
    static final long TRADE_SECONDS = 5;

    /** One running fake: its URL, how it prints a trade, the account's BTC, how it stops. */
    record Running(String baseUrl, String pair, Printer printer, java.util.function.Supplier<BigDecimal> btc,
                   AutoCloseable closer) {
    }

    /** Prints one trade at {@code price} (at {@code time}, or now and matching when {@code time} is 0). */
    interface Printer {
        void print(BigDecimal price, BigDecimal size, long time);
    }

    private XChangeFakes() {
    }

    /** Starts the venue's fake on {@code port} of 127.0.0.1 (0: a free one). */
    static Running start(String venue, int port) {
        BigDecimal start = new BigDecimal("50000");
        try {
            switch (venue) {
                case Venues.COINBASE -> {
                    FakeCoinbaseMarket m = new FakeCoinbaseMarket(FakeCoinbase.defaultProducts());
                    m.setBalance("USD", new BigDecimal("100000"));
                    m.setBalance("BTC", new BigDecimal("2"));
                    m.setPrice("BTC-USD", start);
                    FakeCoinbase fake = new FakeCoinbase(m, new CoinbaseSignature(KEY, COINBASE_SECRET, PASSPHRASE));
                    fake.start(port);
                    return new Running(fake.baseUrl(), "BTC-USD", (px, size, time) -> {
                        if (time > 0) {
                            m.print("BTC-USD", px, size, "buy", time);
                        } else {
                            m.setPrice("BTC-USD", px);
                            m.trade("BTC-USD", px, size);
                        }
                    }, () -> m.balances().get("BTC"), fake);
                }
                case Venues.OKX -> {
                    FakeSpotMarket m = new FakeSpotMarket(FakeOkx.defaultProducts());
                    m.setBalance("USDT", new BigDecimal("100000"));
                    m.setBalance("BTC", new BigDecimal("2"));
                    m.setPrice("BTC-USDT", start);
                    FakeOkx fake = new FakeOkx(m, new OkxSignature(KEY, SECRET, PASSPHRASE, true));
                    fake.start(port);
                    return new Running(fake.baseUrl(), "BTC-USDT", (px, size, time) -> {
                        if (time > 0) {
                            m.print("BTC-USDT", px, size, "buy", time);
                        } else {
                            m.setPrice("BTC-USDT", px);
                            m.trade("BTC-USDT", px, size);
                        }
                    }, () -> m.balances().get("BTC"), fake);
                }
                default -> {
                    FakeSpotMarket m = new FakeSpotMarket(FakeBybit.defaultProducts());
                    m.setBalance("USDT", new BigDecimal("100000"));
                    m.setBalance("BTC", new BigDecimal("2"));
                    m.setPrice("BTCUSDT", start);
                    FakeBybit fake = new FakeBybit(m, new BybitSignature(KEY, SECRET));
                    fake.start(port);
                    return new Running(fake.baseUrl(), "BTCUSDT", (px, size, time) -> {
                        if (time == 0) {
                            m.setPrice("BTCUSDT", px);
                            m.trade("BTCUSDT", px, size);
                        }
                    }, () -> m.balances().get("BTC"), fake);
                }
            }
        } catch (RuntimeException e) {
            throw new Main.UserError("the fake " + venue + " could not listen on port " + port + ": " + e.getMessage());
        }
    }

    /** Runs the fake with its self-trading market until Ctrl-C / SIGTERM or an interrupt. */
    static int run(String venue, int port, long seed) {
        Running fake = start(venue, port);
        Random random = new Random(seed);
        double[] price = {50_000};
        long now = System.currentTimeMillis();
        BigDecimal size = new BigDecimal("0.001");
        for (int i = 100; i >= 1; i--) {
            price[0] *= Math.exp(random.nextGaussian() * 0.001);
            fake.printer().print(BigDecimal.valueOf(Math.round(price[0])), size, now - i * 60_000L);
        }
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> {
            price[0] *= Math.exp(random.nextGaussian() * 0.0005);
            fake.printer().print(BigDecimal.valueOf(Math.round(price[0])), size, 0);
        }, TRADE_SECONDS, TRADE_SECONDS, TimeUnit.SECONDS);
        String prefix = venue.equals(Venues.OKX) ? "OKX" : venue.toUpperCase(java.util.Locale.ROOT);
        System.out.println("fake " + venue + " " + fake.baseUrl() + " (" + fake.pair() + "; 100000 quote, 2 BTC; a trade"
                + " every " + TRADE_SECONDS + " s)");
        System.out.println("live on it:  " + prefix + "_API_KEY=" + KEY + " " + prefix + "_API_SECRET="
                + (venue.equals(Venues.COINBASE) ? COINBASE_SECRET : SECRET)
                + (venue.equals(Venues.BYBIT) ? "" : " " + prefix + "_API_PASSPHRASE=" + PASSPHRASE)
                + " ./trader live --venue " + venue + " --base-url " + fake.baseUrl() + " --symbols "
                + (venue.equals(Venues.BYBIT) ? "BTC-USDT" : fake.pair()));
        System.out.flush();
        Runnable stop = () -> {
            ticker.shutdownNow();
            try {
                fake.closer().close();
            } catch (Exception e) {
                System.err.println("fake " + venue + " did not close cleanly: " + e.getMessage());
            }
        };
        Thread hook = new Thread(stop, "fake-" + venue + "-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
                stop.run();
            } catch (IllegalStateException shuttingDown) {
                // the JVM's shutdown runs the hook
            }
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
