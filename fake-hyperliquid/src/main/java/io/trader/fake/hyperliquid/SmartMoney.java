package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trader.fake.hyperliquid.smartmoney.ChangeType;
import io.trader.fake.hyperliquid.smartmoney.PositionChange;
import io.trader.fake.hyperliquid.smartmoney.SmartMoneyConfig;
import io.trader.fake.hyperliquid.smartmoney.SmartMoneyScript;
import io.trader.fake.hyperliquid.smartmoney.SyntheticWallets;
import io.trader.fake.hyperliquid.smartmoney.WalletBook;
import io.vertx.core.Vertx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake's smart-money data ({@link FakeConfig#withSmartMoney}): the synthetic leaderboard
 * ({@code GET /Mainnet/leaderboard}, {@code GET /Mainnet/vaults}), the wallets' {@code clearinghouseState} over
 * {@code POST /info} and the websocket ({@code clearinghouseState} and {@code webData2} subscriptions), and the
 * {@link SmartMoneyScript} moving positions on a wall-clock timer, each change stamped with the fake's clock and
 * pushed to the wallet's subscribers. Tests move positions explicitly with {@link #move} and read the ground truth
 * with {@link #changesSince}. Thread-safe; changes are made under this object's lock and published outside it.
 */
public final class SmartMoney {

    /** Pushes the current state of each of {@code users} to its subscribers (on the fake's event loop). */
    interface Publisher {
        void publish(List<String> users);
    }

    private final SmartMoneyConfig cfg;
    private final SyntheticWallets wallets;
    private final WalletBook book;
    private final SmartMoneyScript script;
    private final FakeMarket market;
    private final Vertx vertx;
    private final Publisher publisher;
    private final Map<String, AtomicLong> stateRequests = new ConcurrentHashMap<>();
    private final AtomicLong leaderboardRequests = new AtomicLong();
    private long timer = -1;
    private double perSecond;

    SmartMoney(SmartMoneyConfig cfg, FakeMarket market, Vertx vertx, Publisher publisher) {
        this.cfg = cfg;
        this.wallets = new SyntheticWallets(cfg);
        this.book = new WalletBook(wallets, cfg.seed());
        this.script = new SmartMoneyScript(book, cfg.seed());
        this.market = market;
        this.vertx = vertx;
        this.publisher = publisher;
        this.perSecond = cfg.changesPerSecond();
    }

    public SmartMoneyConfig config() {
        return cfg;
    }

    public SyntheticWallets wallets() {
        return wallets;
    }

    public WalletBook book() {
        return book;
    }

    /**
     * Answers {@code clearinghouseState} of a synthetic wallet; of another address only when {@code anyUser} (then
     * the venue's empty account), else empty so the simulated exchange answers for its own account.
     */
    Optional<String> answerInfo(JsonNode req, boolean anyUser) {
        if (!"clearinghouseState".equals(req.path("type").asText()) || !req.path("user").isTextual()) {
            return Optional.empty();
        }
        String user = req.path("user").asText().toLowerCase(Locale.ROOT);
        if (!anyUser && !book.has(user)) {
            return Optional.empty();
        }
        stateRequests.computeIfAbsent(user, k -> new AtomicLong()).incrementAndGet();
        return Optional.of(book.state(user, market.now()).toString());
    }

    /**
     * The websocket data of a {@code clearinghouseState} subscription ({@code {dex, user, clearinghouseState}}) or
     * of a {@code webData2} one ({@code {clearinghouseState, user, serverTime, openOrders:[], ...}}).
     */
    String streamData(String type, String user) {
        String u = user.toLowerCase(Locale.ROOT);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        if (type.equals("clearinghouseState")) {
            data.put("dex", "").put("user", u).set("clearinghouseState", book.state(u, market.now()));
        } else {
            data.set("clearinghouseState", book.state(u, market.now()));
            data.putArray("openOrders");
            data.put("serverTime", market.now()).put("user", u).put("isVault", isVault(u))
                    .put("totalVaultEquity", "0.0").putArray("leadingVaults");
        }
        return data.toString();
    }

    private boolean isVault(String u) {
        return wallets.vaults().stream().anyMatch(v -> v.address().equals(u)) || u.equals(SyntheticWallets.HLP);
    }

    /** Makes {@code n} scripted changes now and publishes them; returns them. */
    public List<PositionChange> step(int n) {
        List<PositionChange> made = new ArrayList<>();
        synchronized (this) {
            for (int i = 0; i < n; i++) {
                made.add(script.step(market.now()));
            }
        }
        made.forEach(this::publish);
        return made;
    }

    /**
     * Sets {@code address}'s signed size in {@code coin} now (0: flat, the row stays), at {@code entryPx} or, when
     * {@code null}, a price worked out from the mark; logged (not scripted) and pushed to the wallet's subscribers.
     */
    public PositionChange move(String address, String coin, BigDecimal szi, BigDecimal entryPx) {
        PositionChange ch;
        synchronized (this) {
            ch = book.move(address, coin, szi, entryPx, market.now(), null, false);
        }
        publish(ch);
        return ch;
    }

    /** Moves {@code coin}'s mark now and pushes the new state of every subscribed holder. */
    public PositionChange mark(String coin, BigDecimal px) {
        PositionChange ch;
        synchronized (this) {
            ch = book.setMark(coin, px, market.now(), false);
        }
        publish(ch);
        return ch;
    }

    /** The ground-truth log: every change stamped at or after {@code sinceMillis} (fake clock), oldest first. */
    public List<PositionChange> changesSince(long sinceMillis) {
        return book.changesSince(sinceMillis);
    }

    /** Runs the script at {@code changesPerSecond} (1..1000) of wall-clock time until {@link #stopScript}. */
    public synchronized void startScript(double changesPerSecond) {
        if (!(changesPerSecond >= 1 && changesPerSecond <= 1000)) {
            throw new IllegalArgumentException("changesPerSecond must be 1..1000, got " + changesPerSecond);
        }
        stopScript();
        perSecond = changesPerSecond;
        timer = vertx.setPeriodic(Math.max(1, Math.round(1000 / changesPerSecond)), id -> step(1));
    }

    public synchronized void stopScript() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }

    public synchronized boolean scriptRunning() {
        return timer >= 0;
    }

    /** Changes per second the script runs (or last ran, or would run) at. */
    public synchronized double scriptRate() {
        return perSecond;
    }

    /** {@code clearinghouseState} requests per user (lower case), over {@code /info} and websocket posts. */
    public Map<String, Long> stateRequests() {
        Map<String, Long> out = new TreeMap<>();
        stateRequests.forEach((u, n) -> out.put(u, n.get()));
        return out;
    }

    /** {@code GET /Mainnet/leaderboard} requests served. */
    public long leaderboardRequests() {
        return leaderboardRequests.get();
    }

    void countLeaderboard() {
        leaderboardRequests.incrementAndGet();
    }

    private void publish(PositionChange ch) {
        publisher.publish(ch.type() == ChangeType.MARK ? book.holders(ch.coin()) : List.of(ch.address()));
    }
}
