package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trader.venue.hyperliquid.exec.SignedRequest;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A simulated Hyperliquid account behind the fake's {@code POST /exchange}: an action is applied only when its
 * signature recovers (for the configured network) to the account or an approved agent and its nonce is fresh for
 * that signer; otherwise the venue's {@code {"status":"err"}} answer comes back. Supported actions: {@code order}
 * (Gtc/Alo/Ioc limits and tp/sl triggers, matched against the fake book by {@link SimMatcher}), {@code cancel},
 * {@code cancelByCloid}, {@code modify}, {@code batchModify}, {@code updateLeverage}, {@code scheduleCancel} (all
 * open orders cancelled, status {@code scheduledCancel}, once the fake clock passes the time) and {@code noop}.
 * Fills and order changes are published on the account's {@code userFills}, {@code user} and {@code orderUpdates}
 * streams; user-state {@code /info} requests are answered by {@link #answerInfo}.
 *
 * <p>Faults (all aimed at order actions: {@link ExchangeRequest#ORDER_ACTIONS}): {@link #rejectNextOrders},
 * {@link #fillPartially}, {@link #dropStreamsOnNextAccept}, and lost answers after apply (the action is applied, the
 * client cannot know): {@link #failAfterApply} (an HTTP error), {@link #answerLateAfterApply} (the real answer after
 * a delay longer than the client's timeout), {@link #noAnswerAfterApply} (the connection is closed unanswered).
 * {@link #clearFaults} removes them all.
 *
 * <p>Thread-safe: the fake calls it on its event loop, tests from their own thread; messages are published outside
 * the lock.
 */
public final class SimulatedExchange implements ExchangeHandler {

    private final SimulatedAccountConfig cfg;
    private final SimulatedAccount acct;
    private final SimMatcher matcher;
    private final NonceGuard nonces;
    private final Set<String> agents = new HashSet<>();
    private final List<String> bodies = new ArrayList<>();
    private final List<String> signers = new ArrayList<>();
    private final List<Long> nonceLog = new ArrayList<>();
    private final SimFaults faults;
    private int scheduleCancelRequests;
    private int scheduledCancelsFired;
    private volatile FakeHyperliquid fake;

    public SimulatedExchange(SimulatedAccountConfig config) {
        this.cfg = config;
        String user = config.vaults().size() == 1 ? config.vaults().iterator().next() : config.account();
        this.acct = new SimulatedAccount(user, config.initialUsdc(), config.leverage());
        this.matcher = new SimMatcher(acct, config);
        this.faults = new SimFaults(matcher);
        this.nonces = new NonceGuard(config.strictNonces());
        this.agents.addAll(config.agents());
    }

    /** Installs this simulation as {@code fake}'s exchange handler and user-state info source. */
    public SimulatedExchange attach(FakeHyperliquid target) {
        this.fake = target;
        target.exchangeHandler(this);
        target.infoHandler(this::answerInfo);
        return this;
    }

    /** The address whose book this is (user streams and info requests use it). */
    public String user() {
        return acct.user;
    }

    @Override
    public ExchangeResponse handle(ExchangeRequest request, ExchangeContext context) {
        Outbox out = new Outbox();
        ExchangeResponse response;
        synchronized (this) {
            response = apply(request, context.now(), context.market(), out);
        }
        if (out.drop) {
            FakeHyperliquid f = fake;
            if (f != null) {
                f.dropConnections();
            }
        } else {
            out.publish(context::publish);
        }
        return response;
    }

    private ExchangeResponse apply(ExchangeRequest request, long now, FakeMarket market, Outbox out) {
        bodies.add(request.body());
        fireScheduledCancel(now, out);
        SignedRequest signed;
        try {
            signed = SignedRequest.fromJson(request.json());
        } catch (IllegalArgumentException e) {
            signers.add("none");
            return new ExchangeResponse(422, "Failed to deserialize the JSON body into the target type");
        }
        Optional<String> signer = signed.recoverL1Signer(cfg.network());
        signers.add(signer.orElse("none"));
        nonceLog.add(signed.nonce());
        if (signer.isEmpty()) {
            return ExchangeResponse.err("Signature is invalid.");
        }
        if (!signer.get().equals(cfg.account()) && !agents.contains(signer.get())) {
            return ExchangeResponse.err("User or API Wallet " + signer.get() + " does not exist.");
        }
        if (signed.vaultAddress() != null && !cfg.vaults().contains(signed.vaultAddress())) {
            return ExchangeResponse.err("Vault " + signed.vaultAddress() + " is not a vault of " + cfg.account());
        }
        String nonceError = nonces.check(signer.get(), signed.nonce(), now);
        if (nonceError != null) {
            return ExchangeResponse.err(nonceError);
        }
        if (signed.expiresAfter() != null && now > signed.expiresAfter()) {
            return ExchangeResponse.err("Action expired at " + signed.expiresAfter());
        }
        JsonNode action = request.action();
        ExchangeResponse ok = SimActions.dispatch(this, action, now, market, out);
        return faults.afterApply(ok, request.orderAction());
    }

    // ---- used by SimActions (under the lock) ----

    SimulatedAccount account() {
        return acct;
    }

    SimMatcher matcher() {
        return matcher;
    }

    /** The venue error of an injected rejection for the next order, or {@code null}. */
    String takeRejection() {
        return faults.takeRejection();
    }

    void scheduleCancel(Long time) {
        scheduleCancelRequests++;
        acct.scheduledCancel = time;
    }

    /** After an order was accepted: should the streams drop (and miss its messages)? */
    boolean takeDropOnAccept() {
        return faults.takeDropOnAccept();
    }

    private void fireScheduledCancel(long now, Outbox out) {
        if (acct.scheduledCancel == null || now < acct.scheduledCancel) {
            return;
        }
        acct.scheduledCancel = null;
        scheduledCancelsFired++;
        for (SimOrder o : acct.openOrders()) {
            o.status = "scheduledCancel";
            o.statusTimestamp = now;
            out.update(acct, o);
        }
    }

    // ---- test controls ----

    /** The next {@code n} orders are rejected with {@code venueError} (e.g. "Insufficient margin to place order."). */
    public synchronized void rejectNextOrders(int n, String venueError) {
        faults.reject(n, venueError);
    }

    /** The next {@code n} crossing orders take only {@code fraction} (0..1) of what they could. */
    public synchronized void fillPartially(int n, BigDecimal fraction) {
        faults.partial(n, fraction);
    }

    /** Drops every websocket right after the next accepted order, before its messages are published. */
    public void dropStreamsOnNextAccept() {
        dropStreamsOnNextAccepts(1);
    }

    /** Drops every websocket right after each of the next {@code n} accepted orders (0 cancels). */
    public synchronized void dropStreamsOnNextAccepts(int n) {
        faults.dropOnAccept(n);
    }

    /** The next {@code n} order actions are applied, then answered with HTTP {@code status} (e.g. 500, 502, 504). */
    public synchronized void failAfterApply(int n, int status) {
        faults.lose(n, status, 0);
    }

    /**
     * The next {@code n} order actions are applied and their real answer is sent only after {@code delay} (make it
     * longer than the client's request timeout: the client times out not knowing the action was applied).
     */
    public synchronized void answerLateAfterApply(int n, Duration delay) {
        if (delay.toMillis() < 1) {
            throw new IllegalArgumentException("the delay must be at least 1 ms");
        }
        faults.lose(n, 0, delay.toMillis());
    }

    /** The next {@code n} order actions are applied and their connection is closed without an answer. */
    public synchronized void noAnswerAfterApply(int n) {
        faults.lose(n, 0, ExchangeResponse.NO_ANSWER);
    }

    /** Removes every fault of this simulation (rejections, partial fills, stream drops, lost answers). */
    public synchronized void clearFaults() {
        faults.clear();
    }

    /** The faults in force, as JSON (the control API's view). */
    synchronized ObjectNode faultsJson() {
        return faults.json();
    }

    /** Approves an API wallet that may sign for the account. */
    public synchronized void approveAgent(String address) {
        agents.add(io.trader.venue.hyperliquid.exec.Hex.address(address));
    }

    /** Sets a position directly (no fill, no order: the "unexplained position" case). */
    public synchronized void setPosition(String coin, BigDecimal szi, BigDecimal entryPx) {
        SimulatedAccount.Position p = acct.position(coin);
        p.szi = szi;
        p.entryPx = entryPx;
    }

    /** A maker fill of {@code size} of the open order with {@code cloid} at its limit; published on the streams. */
    public void fillResting(String cloid, BigDecimal size) {
        Outbox out = new Outbox();
        synchronized (this) {
            SimOrder o = acct.byCloid(cloid);
            if (o == null || !o.open()) {
                throw new IllegalArgumentException("no open order with cloid " + cloid);
            }
            out.add(acct, matcher.fillResting(o, size, fake.market().now()));
        }
        out.publish(fake::publish);
    }

    /** Re-runs resting orders and triggers against the current book and mids (after a test moved the market). */
    public void matchResting() {
        Outbox out = new Outbox();
        synchronized (this) {
            matcher.matchResting(fake.market(), fake.market().now()).forEach(r -> out.add(acct, r));
        }
        out.publish(fake::publish);
    }

    /** Fires the dead-man switch if the fake clock passed it (it also fires on any exchange request). */
    public void tick() {
        Outbox out = new Outbox();
        synchronized (this) {
            fireScheduledCancel(fake.market().now(), out);
        }
        out.publish(fake::publish);
    }

    // ---- inspection ----

    /** Every {@code /exchange} body received, in order, exactly as sent. */
    public synchronized List<String> requests() {
        return List.copyOf(bodies);
    }

    /** The signer recovered from each request ({@code none} when none recovers), in order. */
    public synchronized List<String> signers() {
        return List.copyOf(signers);
    }

    /** The nonce of each request that parsed, in arrival order. */
    public synchronized List<Long> nonces() {
        return List.copyOf(nonceLog);
    }

    /** Every order ever placed, oldest first. */
    public synchronized List<SimulatedOrderView> orders() {
        return acct.orders.values().stream().map(SimulatedOrderView::of).toList();
    }

    public synchronized List<SimulatedOrderView> openOrders() {
        return acct.openOrders().stream().map(SimulatedOrderView::of).toList();
    }

    /** The signed position in {@code coin}. */
    public synchronized BigDecimal position(String coin) {
        return acct.position(coin).szi;
    }

    /** Fill rows (the info {@code userFills} shape), oldest first. */
    public synchronized List<String> fills() {
        return acct.fills.stream().map(JsonNode::toString).toList();
    }

    public synchronized int leverage(int asset) {
        return acct.leverage(asset);
    }

    /** The dead-man time in force (epoch ms), or {@code null}. */
    public synchronized Long scheduledCancel() {
        return acct.scheduledCancel;
    }

    public synchronized int scheduleCancelRequests() {
        return scheduleCancelRequests;
    }

    public synchronized int scheduledCancelsFired() {
        return scheduledCancelsFired;
    }

    /**
     * Answers the user-state {@code /info} requests of this account: {@code clearinghouseState},
     * {@code openOrders}, {@code frontendOpenOrders}, {@code orderStatus}, {@code userFills},
     * {@code userFillsByTime}, {@code historicalOrders}, {@code userFunding}, {@code userRateLimit}; empty for
     * anything else (the fake's own routes answer it). Other users get the venue's empty answers.
     */
    public synchronized Optional<String> answerInfo(JsonNode request) {
        return SimInfo.answer(acct, fake.market(), request, bodies.size());
    }

    /** The account as the control API shows it: value, balance, margin, positions (see {@link SimInfo}). */
    synchronized ObjectNode accountJson() {
        return SimInfo.account(acct, fake.market());
    }
}
