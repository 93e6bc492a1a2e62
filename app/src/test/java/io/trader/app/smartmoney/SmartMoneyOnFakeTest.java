package io.trader.app.smartmoney;

import io.trader.core.venue.WeightBudget;
import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
import io.trader.fake.hyperliquid.WeightStats;
import io.trader.fake.hyperliquid.smartmoney.ChangeType;
import io.trader.fake.hyperliquid.smartmoney.HeldPosition;
import io.trader.fake.hyperliquid.smartmoney.PositionChange;
import io.trader.fake.hyperliquid.smartmoney.SmCoin;
import io.trader.fake.hyperliquid.smartmoney.StateJson;
import io.trader.fake.hyperliquid.smartmoney.SyntheticWallets;
import io.trader.fake.hyperliquid.smartmoney.WalletProfile;
import io.trader.smartmoney.core.AlertConfig;
import io.trader.smartmoney.core.CoinBias;
import io.trader.smartmoney.core.SelectionConfig;
import io.trader.smartmoney.core.ThrottleConfig;
import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.core.WeightConfig;
import io.trader.smartmoney.data.WalletState;
import io.trader.smartmoney.feed.FeedMetrics;
import io.trader.smartmoney.feed.LeaderboardClient;
import io.trader.smartmoney.feed.RefreshStats;
import io.trader.smartmoney.feed.SmartMoneyConfig;
import io.trader.venue.hyperliquid.stream.HyperliquidEndpoint;
import io.trader.venue.hyperliquid.stream.HyperliquidInfoRaw;
import io.trader.venue.hyperliquid.stream.InfoClientConfig;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The integration tests: {@link SmartMoneyService} (feed, tracker, recorder with its board, no store) runs
 * against a real fake Hyperliquid serving 500 synthetic wallets over HTTP and WebSocket (10 users per IP, 429 past
 * 1200 weight a minute), one service for the whole class, in order:
 * <ol>
 *   <li>with the fake's script moving positions (2 changes/s) for {@value #SCRIPT_MILLIS} ms: the weight the fake
 *   counted never passed 1200 in any 60 s and nothing was refused; sweep time and the achieved refresh per tier are
 *   printed;</li>
 *   <li>explicit moves of Tier 1 wallets (WebSocket and REST ones) make exactly one alert of the right type each,
 *   noise (a size jitter under 1%, a mark move) none; the time from the move to the alert on the board is printed
 *   (p50/p95 per transport);</li>
 *   <li>an exit (to a {@code szi} "0" row the fake keeps listing) leaves no position in the tracked state;</li>
 *   <li>once every wallet was read after its last change, each coin's net notional equals the fake's book, exactly;
 *   </li>
 *   <li>every one of the 500 wallets was read, and the budget held over the whole run (about 220 s).</li>
 * </ol>
 * The settings are the configured defaults of a trading session (2 of the 10 WebSocket users and 200 weight a
 * minute left to trading; system property {@code smartmoney.reserve} measures another reserve), Tier 1 on REST every
 * 5 s, freshness 300 s, except the selection, which takes all 500 wallets (tier 3 cap 470, no tier 3 score bar), and
 * the alert throttle, widened to 50 per wallet and 100000 in all per minute: the script alone makes more than the
 * default 60 a minute, and the throttle is tested on its own. The figures are printed with the prefix
 * {@code SMART-MONEY-FIGURES}.
 */
@Tag("soak")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmartMoneyOnFakeTest {

    static final long SCRIPT_MILLIS = 70_000; // more than one 60 s window of the venue
    /** The coin of the mark-move noise; left out of the bias check. */
    static final String NOISE_COIN = "ARB";
    static final int VENUE_LIMIT = 1200;

    private Vertx vertx;
    private FakeHyperliquid fake;
    private HyperliquidInfoRaw info;
    private SmartMoneyService service;
    private SmartMoneyBoard board;
    private AlertWatch watch;
    private long started;
    private long scriptStopped = -1;
    /** The exits of test 2: wallet -> coin now flat. */
    private final Map<String, String> exited = new HashMap<>();

    @BeforeAll
    void start() throws Exception {
        vertx = Vertx.vertx();
        fake = FakeHyperliquid.start(vertx, FakeConfig.defaults().withStartTime(System.currentTimeMillis())
                .withSmartMoney(io.trader.fake.hyperliquid.smartmoney.SmartMoneyConfig.defaults().withNoiseRows(0)));
        fake.market().followClock(System::currentTimeMillis);
        info = new HyperliquidInfoRaw(vertx, InfoClientConfig.defaults(HyperliquidEndpoint.of(fake.baseUrl())),
                new WeightBudget(VENUE_LIMIT, 60_000), System::currentTimeMillis, Math::random);
        SmartMoneyConfig feed = SmartMoneyConfig.defaults()
                .withLeaderboardUrl(fake.baseUrl() + "/Mainnet/leaderboard")
                .withSlots(10, 2).withWeights(VENUE_LIMIT, Integer.getInteger("smartmoney.reserve", 200));
        Set<String> excluded = new HashSet<>(Set.of(SyntheticWallets.HLP));
        fake.smartMoney().wallets().vaults().forEach(v -> excluded.add(v.address()));
        SelectionConfig selection = new SelectionConfig(650, 30, 150, 470, new BigDecimal("10000000"), 100, 70,
                0.75, 0, excluded);
        SmartMoneyService.Settings settings = new SmartMoneyService.Settings(feed, selection, WeightConfig.DEFAULTS,
                AlertConfig.DEFAULTS, new ThrottleConfig(50, 100_000, 3_600_000L, 100_000), 300_000, 5, 1_000);
        board = new SmartMoneyBoard(5_000);
        service = new SmartMoneyService(vertx, info, settings, new SmartMoneyRecorder(board, null), null, null,
                System::currentTimeMillis);
        watch = new AlertWatch(board);
        started = System.currentTimeMillis();
        fake.smartMoney().startScript(2);
        LeaderboardClient.Result first = service.start().toCompletionStage().toCompletableFuture()
                .get(60, TimeUnit.SECONDS);
        assertTrue(first instanceof LeaderboardClient.Result.Ok, "first leaderboard read: " + first);
    }

    @AfterAll
    void stop() throws Exception {
        if (watch != null) {
            watch.close();
        }
        if (service != null) {
            service.close();
        }
        if (info != null) {
            info.close();
        }
        if (fake != null) {
            fake.close();
        }
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    @Order(1)
    void theScheduleTracksAll500WithinTheBudgetWhileTheScriptRuns() throws Exception {
        List<String> smart = fake.smartMoney().wallets().smart().stream().map(WalletProfile::address).toList();
        assertEquals(500, smart.size());
        Set<String> tracked = new HashSet<>();
        service.feed().wallets().forEach(w -> tracked.add(w.address()));
        long untracked = smart.stream().filter(a -> !tracked.contains(a)).count();
        assertEquals(0, untracked, "synthetic wallets not tracked (of " + tracked.size() + " tracked)");
        assertEquals(500, tracked.size());
        Thread.sleep(Math.max(0, started + SCRIPT_MILLIS - System.currentTimeMillis()));
        fake.smartMoney().stopScript();
        scriptStopped = fake.market().now();
        print("after " + (System.currentTimeMillis() - started) + " ms with the script (2 changes/s, "
                + fake.smartMoney().changesSince(0).size() + " changes): " + (500 - unread(smart).size())
                + " of 500 wallets read; tiers " + board.walletCounts());
        printFeed("script phase");
        assertBudgetHeld();
    }

    @Test
    @Order(2)
    void tier1MovesMakeOneAlertEachAndNoiseNone() throws Exception {
        stopScript();
        Thread.sleep(6_000); // every Tier 1 wallet read again after the script's last change
        List<String> ws = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (BoardWallet w : board.wallets(Tier.WHALE)) {
            ("ws".equals(w.source()) ? ws : rest).add(w.address());
        }
        print("Tier 1: " + ws.size() + " on WebSocket, " + rest.size() + " on REST");
        assertTrue(ws.size() >= 3 && ws.size() <= 8, "WebSocket wallets within the 8 slots left: " + ws.size());
        assertTrue(rest.size() >= 5, "REST Tier 1 wallets: " + rest.size());
        List<String> movers = new ArrayList<>(ws);
        movers.addAll(rest);
        int cycles = (int) Math.ceil(20.0 / (4.0 * ws.size()));
        TierOneMoves moves = new TierOneMoves(fake.smartMoney(), watch, NOISE_COIN);
        for (int c = 0; c < cycles; c++) {
            moves.cycle(movers);
        }
        moves.noise(movers);
        Thread.sleep(8_000); // a Tier 1 REST wallet is read every 5 s: late duplicates or noise alerts would show
        moves.check();
        for (String a : movers) {
            assertEquals(0, watch.of(a, null, moves.noiseStart()).size(),
                    () -> a + " alerted on noise: " + watch.of(a, null, moves.noiseStart()));
        }
        moves.assertNoiseSeen(service.tracker());
        Map<Boolean, List<Long>> lat = moves.latencies(new HashSet<>(ws));
        print("alert latency (move at the fake -> alert on the board), WebSocket Tier 1: " + summary(lat.get(true))
                + "; REST Tier 1: " + summary(lat.get(false)));
        assertTrue(lat.get(true).size() >= 20 && lat.get(false).size() >= 20, "at least 20 moves each");
        assertTrue(percentile(lat.get(true), 95) < 15_000 && percentile(lat.get(false), 95) < 15_000,
                "p95 within the 15 s sanity bound");
        exited.putAll(moves.exits());
    }

    @Test
    @Order(3)
    void anExitToAZeroRowLeavesNoPosition() {
        assertTrue(!exited.isEmpty(), "test 2 left exits to check");
        for (Map.Entry<String, String> e : exited.entrySet()) {
            HeldPosition row = fake.smartMoney().book().positions(e.getKey()).stream()
                    .filter(p -> p.coin().equals(e.getValue())).findFirst().orElse(null);
            assertNotNull(row, "the fake still lists the flat row");
            assertEquals(0, row.szi().signum(), "the fake's row is szi 0");
            WalletState s;
            synchronized (service.tracker()) {
                s = service.tracker().latest(e.getKey());
            }
            assertNotNull(s);
            assertTrue(s.position(e.getValue()) == null, e + ": no position in the tracked state: " + s);
        }
    }

    @Test
    @Order(4)
    void biasNetNotionalEqualsTheFakesBook() throws Exception {
        stopScript();
        List<String> coins = SmCoin.ALL.stream().map(SmCoin::name).filter(c -> !c.equals(NOISE_COIN)).toList();
        List<String> tracked = service.feed().wallets().stream().map(TrackedWallet::address).toList();
        Map<String, Long> due = readAfter(coins);
        long waitFrom = System.currentTimeMillis();
        await(160_000, () -> behind(tracked, due).isEmpty(), () -> behind(tracked, due).size()
                + " wallets not read since their last change, e.g. " + behind(tracked, due).stream().limit(5)
                .map(a -> a + " (due " + due.get(a) + ", " + board.wallets(null).stream()
                        .filter(w -> w.address().equals(a)).findFirst().map(w -> w.tier() + " " + w.source() + " "
                                + w.lastRefresh()).orElse("?") + ")").toList());
        Map<String, CoinBias> biases = new TreeMap<>();
        synchronized (service.tracker()) {
            long now = System.currentTimeMillis();
            assertTrue(behind(tracked, due).isEmpty());
            for (String c : coins) {
                biases.put(c, service.tracker().bias(c, now));
            }
        }
        service.publish();
        int nonZero = 0;
        for (String c : coins) {
            BigDecimal truth = BigDecimal.ZERO;
            int holders = 0;
            BigDecimal mark = fake.smartMoney().book().mark(c);
            for (String a : tracked) {
                for (HeldPosition p : fake.smartMoney().book().positions(a)) {
                    if (p.coin().equals(c) && p.szi().signum() != 0) {
                        BigDecimal value = new BigDecimal(StateJson.dec(p.szi().abs().multiply(mark), 6));
                        truth = truth.add(p.szi().signum() > 0 ? value : value.negate());
                        holders++;
                    }
                }
            }
            CoinBias b = biases.get(c);
            assertEquals(0, truth.compareTo(b.netNotional()), c + ": net notional " + b.netNotional()
                    + " vs the fake's " + truth);
            assertEquals(holders, b.holders(), c + " holders");
            assertEquals(tracked.size(), b.fresh(), c + ": every tracked wallet fresh");
            CoinBias published = board.bias(c).orElseThrow();
            assertEquals(0, truth.compareTo(published.netNotional()), c + ": the board's (API's) net notional");
            nonZero += truth.signum() != 0 && holders >= 10 ? 1 : 0;
        }
        assertTrue(nonZero >= 5, "most coins have many holders and a net position: " + nonZero);
        print("bias: " + coins.size() + " coins equal the fake's book exactly, " + tracked.size()
                + " wallets fresh; waited " + (System.currentTimeMillis() - waitFrom) + " ms for every wallet to be"
                + " read after its last change (script stopped " + (System.currentTimeMillis() - scriptStopped)
                + " ms ago); e.g. BTC " + biases.get("BTC").netNotional() + " over " + biases.get("BTC").holders()
                + " holders");
    }

    @Test
    @Order(5)
    void everyWalletWasReadAndTheBudgetHeldOverTheWholeRun() {
        List<String> smart = fake.smartMoney().wallets().smart().stream().map(WalletProfile::address).toList();
        assertEquals(List.of(), unread(smart), "every synthetic wallet read at least once");
        Map<String, Long> requests = fake.smartMoney().stateRequests();
        long viaRest = smart.stream().filter(a -> requests.getOrDefault(a, 0L) > 0).count();
        print("every one of the 500 wallets read; " + viaRest + " of them over REST at least once (counted at the"
                + " fake), the rest only over WebSocket");
        printFeed("whole run (" + (System.currentTimeMillis() - started) + " ms)");
        assertBudgetHeld();
    }

    private void assertBudgetHeld() {
        WeightStats w = fake.weightStats();
        FeedMetrics m = service.feed().metrics();
        print("weight at the fake: max " + w.maxWindowWeight() + " in any 60 s (limit " + w.limitPerMinute()
                + "), refused " + w.refused() + "; feed: " + m.requests.get() + " reads, weight " + m.weightUsed.get()
                + ", 429s " + m.rateLimited.get() + ", ws refused " + m.wsRefused.get());
        assertEquals(VENUE_LIMIT, w.limitPerMinute());
        assertTrue(w.maxWindowWeight() <= VENUE_LIMIT, "weight in some 60 s: " + w.maxWindowWeight());
        assertTrue(w.maxWindowWeight() > 600, "the feed used the budget: " + w.maxWindowWeight());
        assertEquals(0, w.refused(), "429s served by the fake");
        assertEquals(0, m.rateLimited.get(), "reads failed with 429");
        assertEquals(0, m.wsRefused.get(), "user streams refused by the fake");
    }

    private void printFeed(String phase) {
        FeedMetrics m = service.feed().metrics();
        StringBuilder s = new StringBuilder(phase + ": last sweep " + m.sweepMillis() + " ms, demand "
                + Math.round(m.demandPerMinute()) + " weight/min, REST states " + m.restStates.get() + ", WS states "
                + m.wsStates.get() + "; achieved refresh");
        for (Tier t : Tier.values()) {
            RefreshStats r = m.achieved(t);
            s.append(' ').append(t).append(" p50 ").append(r.p50()).append(" ms max ").append(r.max())
                    .append(" ms (").append(r.samples()).append(')');
        }
        print(s.toString());
    }

    private void stopScript() {
        if (scriptStopped < 0) {
            fake.smartMoney().stopScript();
            scriptStopped = fake.market().now();
        }
    }

    private List<String> unread(List<String> addresses) {
        Map<String, Long> read = new HashMap<>();
        board.wallets(null).forEach(w -> read.put(w.address(), w.lastRefresh()));
        return addresses.stream().filter(a -> read.getOrDefault(a, -1L) < 0).toList();
    }

    /**
     * Per wallet, the time its state must be newer than to match the fake's book in {@code coins}: its own last
     * change in them and the last mark move of any of them it holds now (a mark move of a coin it no longer holds
     * came before its exit, or found it flat).
     */
    private Map<String, Long> readAfter(List<String> coins) {
        Map<String, Long> due = new HashMap<>();
        Map<String, Long> lastMark = new HashMap<>();
        for (PositionChange ch : fake.smartMoney().changesSince(0)) {
            if (!coins.contains(ch.coin())) {
                continue;
            }
            if (ch.type() == ChangeType.MARK) {
                lastMark.merge(ch.coin(), ch.time(), Math::max);
            } else {
                due.merge(ch.address(), ch.time(), Math::max);
            }
        }
        for (String a : fake.smartMoney().book().addresses()) {
            for (HeldPosition p : fake.smartMoney().book().positions(a)) {
                if (p.szi().signum() != 0 && lastMark.containsKey(p.coin())) {
                    due.merge(a, lastMark.get(p.coin()), Math::max);
                }
            }
        }
        return due;
    }

    private List<String> behind(List<String> tracked, Map<String, Long> due) {
        List<String> out = new ArrayList<>();
        synchronized (service.tracker()) {
            for (String a : tracked) {
                WalletState s = service.tracker().latest(a);
                long need = due.getOrDefault(a, Long.MIN_VALUE);
                // a state stamped in the change's millisecond may come from before it (REST) or after (a push)
                if (s == null || s.time() < need || (s.time() == need && !sizesMatch(s))) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** The state's sizes equal the fake's book now (used only to break a same-millisecond tie). */
    private boolean sizesMatch(WalletState s) {
        Map<String, BigDecimal> book = new HashMap<>();
        for (HeldPosition p : fake.smartMoney().book().positions(s.address())) {
            if (p.szi().signum() != 0) {
                book.put(p.coin(), p.szi());
            }
        }
        Map<String, BigDecimal> read = new HashMap<>();
        s.positions().values().forEach(p -> read.put(p.coin(), p.size()));
        return book.keySet().equals(read.keySet())
                && book.entrySet().stream().allMatch(e -> e.getValue().compareTo(read.get(e.getKey())) == 0);
    }

    static String summary(List<Long> ms) {
        return ms.size() + " moves, p50 " + percentile(ms, 50) + " ms, p95 " + percentile(ms, 95) + " ms, max "
                + percentile(ms, 100) + " ms";
    }

    static long percentile(List<Long> values, int p) {
        List<Long> s = new ArrayList<>(values);
        s.sort(null);
        return s.isEmpty() ? -1 : s.get(Math.max(0, (int) Math.ceil(p / 100.0 * s.size()) - 1));
    }

    static void print(String line) {
        System.out.println("SMART-MONEY-FIGURES " + line);
    }

    static void await(long millis, BooleanSupplier condition, Supplier<String> what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, () -> "within " + millis + " ms: " + what.get());
            Thread.sleep(200);
        }
    }
}
