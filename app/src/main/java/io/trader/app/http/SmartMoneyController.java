package io.trader.app.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.trader.app.smartmoney.AlertPage;
import io.trader.app.smartmoney.AlertQuery;
import io.trader.app.smartmoney.BoardWallet;
import io.trader.app.smartmoney.SmartMoneyBoard;
import io.trader.app.smartmoney.SmartMoneyStore;
import io.trader.app.store.StoreException;
import io.trader.smartmoney.core.CoinBias;
import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.WhaleAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Smart money over HTTP, read-only (no token, like the other GETs): a coin's bias, the tracked wallets, the whale
 * alerts (latest from the board, or the stored history page by page). The board and the store are beans only when the
 * app runs smart money ({@code singletons(board, store)}); without the board every endpoint answers 503 "smart money is
 * not running", without the store {@code ?history=true} does. Bad parameters answer 400, an unknown coin 404, each with
 * the API's {@code {"error", "reason"}} body.
 */
@Controller("/api/v1/smart-money")
public class SmartMoneyController {

    static final String NOT_RUNNING = "smart money is not running (the app was started without it)";
    static final String NO_STORE = "smart money's alert history needs its store, which this app has not opened";
    private static final Logger LOG = LoggerFactory.getLogger(SmartMoneyController.class);
    private static final int DEFAULT_LIMIT = 100;

    private final SmartMoneyBoard board;
    private final SmartMoneyStore store;

    public SmartMoneyController(@Nullable SmartMoneyBoard board, @Nullable SmartMoneyStore store) {
        this.board = board;
        this.store = store;
    }

    /** The latest bias of {@code coin} (exact name, else the one coin matching it ignoring case). */
    @Get(value = "/bias", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> bias(HttpRequest<?> request, @Nullable @QueryValue String coin) {
        if (board == null) {
            return unavailable(NOT_RUNNING);
        }
        if (coin == null || coin.isBlank()) {
            return bad("coin is required, e.g. /api/v1/smart-money/bias?coin=BTC");
        }
        Optional<CoinBias> bias = board.bias(coin.strip());
        if (bias.isEmpty()) {
            List<String> known = new ArrayList<>(board.biases().keySet());
            String list = known.isEmpty() ? "none yet" : String.join(", ", known.subList(0, Math.min(20,
                    known.size()))) + (known.size() > 20 ? ", ..." : "");
            String reason = "no smart-money bias for coin '" + UserText.forLog(coin) + "' (coins with a bias: " + list
                    + ")";
            request.setAttribute(ApiErrors.NOT_FOUND_REASON, reason); // the global 404 handler answers with it
            return ApiErrors.error(HttpStatus.NOT_FOUND, reason);
        }
        return HttpResponse.ok(SmartMoneyViews.Bias.of(bias.get()));
    }

    /** The tracked wallets, all tiers or one ({@code tier} 1, 2, 3 or WHALE, CORE, EXTENDED). */
    @Get(value = "/wallets", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> wallets(@Nullable @QueryValue String tier) {
        if (board == null) {
            return unavailable(NOT_RUNNING);
        }
        Tier only = null;
        if (tier != null) {
            only = tier(tier.strip());
            if (only == null) {
                return bad("tier must be 1, 2 or 3 (or WHALE, CORE, EXTENDED), not '" + UserText.forLog(tier) + "'");
            }
        }
        List<SmartMoneyViews.Wallet> out = board.wallets(only).stream().map(SmartMoneyViews.Wallet::of).toList();
        long lb = board.leaderboardTime();
        return HttpResponse.ok(new SmartMoneyViews.Wallets(lb < 0 ? null : SmartMoneyViews.time(lb), out.size(), out));
    }

    /**
     * Whale alerts, newest first: the latest from the board's ring, or with {@code history=true} a page of the stored
     * history ({@code before} = the previous page's {@code next}). Filters: {@code coin} (exact), {@code type},
     * {@code priority}, {@code since} (ISO-8601 instant or epoch ms); {@code limit} 1..1000 (default 100).
     */
    @Get(value = "/alerts", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING) // the history reads the store: off the event loop
    public HttpResponse<?> alerts(@Nullable @QueryValue String history, @Nullable @QueryValue String limit,
                                  @Nullable @QueryValue String before, @Nullable @QueryValue String coin,
                                  @Nullable @QueryValue String type, @Nullable @QueryValue String priority,
                                  @Nullable @QueryValue String since) {
        if (board == null) {
            return unavailable(NOT_RUNNING);
        }
        boolean fromStore;
        if (history == null || history.equalsIgnoreCase("false")) {
            fromStore = false;
        } else if (history.equalsIgnoreCase("true")) {
            fromStore = true;
        } else {
            return bad("history must be true or false, not '" + UserText.forLog(history) + "'");
        }
        AlertQuery query;
        try {
            query = AlertParams.parse(limit, before, coin, type, priority, since, DEFAULT_LIMIT);
        } catch (IllegalArgumentException e) {
            return bad(e.getMessage());
        }
        if (!fromStore) {
            if (query.before() != null) {
                return bad("before pages the stored history: add history=true");
            }
            List<SmartMoneyViews.Alert> out = new ArrayList<>();
            for (WhaleAlert a : board.recentAlerts(board.alertCapacity())) {
                if (out.size() < query.limit() && AlertParams.matches(query, a)) {
                    out.add(SmartMoneyViews.Alert.of(a));
                }
            }
            return HttpResponse.ok(new SmartMoneyViews.Alerts("latest", out.size(), out, null));
        }
        if (store == null) {
            return unavailable(NO_STORE);
        }
        AlertPage page;
        try {
            page = store.alerts(query);
        } catch (StoreException e) {
            LOG.warn("the smart-money alert history cannot be read: {}", e.toString());
            return unavailable("the smart-money alert history cannot be read from the store now");
        }
        List<SmartMoneyViews.Alert> out = page.alerts().stream().map(SmartMoneyViews.Alert::of).toList();
        return HttpResponse.ok(new SmartMoneyViews.Alerts("history", out.size(), out,
                page.next() == null ? null : page.next().toString()));
    }

    private static Tier tier(String text) {
        for (Tier t : Tier.values()) {
            if (text.equals(Integer.toString(t.number())) || text.equalsIgnoreCase(t.name())) {
                return t;
            }
        }
        return null;
    }

    private static HttpResponse<?> bad(String reason) {
        return ApiErrors.error(HttpStatus.BAD_REQUEST, reason);
    }

    private static HttpResponse<?> unavailable(String reason) {
        return ApiErrors.error(HttpStatus.SERVICE_UNAVAILABLE, reason);
    }
}
