package io.trader.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Every configuration key of the platform with its default and the values it allows. Values come from,
 * lowest first: the defaults below, a preset ({@code --preset}, see {@link Presets}), an optional properties file ({@code --config FILE}), JVM system
 * properties ({@code -Dtrader.x=..}), environment variables ({@code TRADER_RISK_MAX_LEVERAGE} for
 * {@code trader.risk.max-leverage}) and {@code --set KEY=VALUE}. Start-up stops, naming the key, where the
 * value came from and what is allowed, when a value is outside its range or breaks a rule between keys,
 * or when a name is no key: any key of the config file or of {@code --set}, a system property or
 * environment variable that starts with {@code trader.} / {@code TRADER_} in any case (except the
 * variables in {@link SettingNames#NOT_SETTINGS}). Keys are exact and lower case. Secrets (API token,
 * DB password) are not settings: they are read from the environment only and never echoed.
 */
public final class TraderSettings {

    /** key, default, meaning, allowed: the README's configuration table is checked against this. */
    static final String[][] KEYS = {
            {"trader.initial-cash", "100000", "starting cash of a backtest or new paper session, quote currency (USDT)", "[1, 1000000000]"},
            {"trader.data-dir", "trader-data", "folder for the embedded PostgreSQL and session state (one session at a time)", "path"},
            {"trader.data.max-rejected-share", "0.01", "a candle file with a larger share of rejected rows stops the run", "[0, 1]"},
            {"trader.engine.order-type", "market", "market or limit", "{market, limit}"},
            {"trader.engine.limit-offset-bps", "2", "limit orders: distance from last close, bps", "[0, 1000]"},
            {"trader.engine.order-timeout-bars", "5", "cancel an unfilled strategy order after this many bars", "[1, 100000] integer"},
            {"trader.engine.min-order-notional", "10", "skip orders smaller than this notional", "[0, 1000000000]"},
            {"trader.engine.step-timeout-ms", "5000", "a live feed's portfolio step waits this long after an instrument's first bar of a time for the others' bars; then it sizes the book and the missing instruments are stale (no order until their next bar)", "[0, 600000] integer"},
            {"trader.engine.blocked-backoff-bars", "60", "bars to wait after a risk rejection", "[0, 100000] integer"},
            {"trader.execution.algorithm", "immediate", "how each target move is worked: immediate (one order per leg at once) or as a parent order worked by twap, vwap (on the intraday volume curve learned from the session's bars so far; flat for the first day), pov (a share of the last interval's volume), iceberg (one clip shown at a time), almgren-chriss (implementation shortfall) or rl (the trained execution agent of trader.execution.rl-model; TWAP with a warning when it is missing or unusable)", "{immediate, twap, vwap, pov, iceberg, almgren-chriss, rl}"},
            {"trader.execution.decisions", "5", "decisions of a parent order (at most one child each; the last takes the rest at market)", "[1, 1000] integer"},
            {"trader.execution.bars-per-decision", "1", "bars between a parent order's decisions", "[1, 1440] integer"},
            {"trader.execution.aggression", "market", "how a parent's children take liquidity: market, join (a limit at the last close -/+ trader.engine.limit-offset-bps) or inside (half that offset); an unfilled child is cancelled and re-planned at the next decision", "{market, join, inside}"},
            {"trader.execution.pov-rate", "0.1", "pov: each child is this share of the volume traded since the last decision", "(0, 1]"},
            {"trader.execution.iceberg-clip-slices", "1", "iceberg: the visible clip, in TWAP slices (parent / decisions)", "(0, 1000]"},
            {"trader.execution.ac-eta-bps", "10", "almgren-chriss: temporary impact in bps of trading the whole parent in one interval", "(0, 10000]"},
            {"trader.execution.rl-model", "", "rl: the execution agent's artifact file (./trader train-execution --out FILE)", "path or empty"},
            {"trader.execution.ac-lambda", "0.01", "almgren-chriss: risk aversion per bps^2 of variance (0: the straight line, TWAP); volatility is the last 30 bars'", "[0, 1000]"},
            {"trader.paper.taker-fee-bps", "4.5", "paper exchange taker fee (Hyperliquid base perp tier)", "[0, 1000]"},
            {"trader.paper.maker-fee-bps", "1.5", "paper exchange maker fee (negative: a rebate)", "[-10, 1000]"},
            {"trader.paper.latency-ms", "0", "order latency: an order can fill only on bars opening after it", "[0, 3600000] integer"},
            {"trader.paper.half-spread-bps", "0.5", "fixed slippage component", "[0, 1000]"},
            {"trader.paper.impact-bps", "10", "impact coefficient: slippage += impact * sqrt(qty / known bar volume)", "[0, 10000]"},
            {"trader.paper.max-participation", "0.25", "max fraction of volume our orders fill on one bar: of the known bar volume (taker fills at the open), of the volume estimated to trade through the limit (resting limits, never of the whole bar)", "(0, 1]"},
            {"trader.paper.volume-window-bars", "20", "known bar volume = mean volume of the instrument's last this many bars before the fill bar (whose own volume is not known at its open); no taker fill on an instrument's first bar (no volume known yet)", "[1, 100000] integer"},
            {"trader.features.sma-fast", "10", "fast SMA period (below sma-slow)", "[1, 100000] integer"},
            {"trader.features.sma-slow", "30", "slow SMA period", "[2, 100000] integer"},
            {"trader.features.ema-fast", "12", "fast EMA period (below ema-slow)", "[1, 100000] integer"},
            {"trader.features.ema-slow", "26", "slow EMA period", "[2, 100000] integer"},
            {"trader.features.vol-window", "30", "volatility window (returns)", "[2, 100000] integer"},
            {"trader.features.rsi-period", "14", "RSI period", "[1, 100000] integer"},
            {"trader.features.atr-period", "14", "ATR period", "[1, 100000] integer"},
            {"trader.features.z-window", "20", "z-score window", "[2, 100000] integer"},
            {"trader.ensemble.horizon-bars", "4", "forecast horizon in bars: alphas are scored on, and sizing pays costs over, this many bars", "[1, 10000] integer"},
            {"trader.ensemble.half-life-bars", "500", "half-life of the alphas' accuracy estimates", "[1, 1000000]"},
            {"trader.ensemble.learner", "adaptive", "how the alphas are combined: adaptive (IC-weighted, the baseline), ic (centred IC weights), bayes-logistic, mlp, gbdt, vote (confidence-weighted voting), bma (Bayesian model averaging) or auto (chosen by walk-forward validation)", "{adaptive, ic, bayes-logistic, mlp, gbdt, vote, bma, auto}"},
            {"trader.ensemble.retrain-every-bars", "500", "meta-learner: bars between walk-forward refits", "[1, 10000000] integer"},
            {"trader.ensemble.window", "5000", "meta-learner: resolved samples kept for a refit (rolling window; at least min-samples)", "[10, 5000000] integer"},
            {"trader.ensemble.min-samples", "100", "resolved samples before the ensemble weights an alpha (adaptive) or a meta-learner first fits (it forecasts no edge until then)", "[1, 5000000] integer"},
            {"trader.ensemble.calibration", "isotonic", "meta-learner: calibration of the forecast probability (isotonic, platt or none)", "{isotonic, platt, none}"},
            {"trader.ensemble.regimes", "3", "market regimes the ensemble detects (volatility, trend, on-chain/sentiment); 0 = off, else 2 to 8", "[0, 8] integer"},
            {"trader.ensemble.regime-model", "kmeans", "regime detection: kmeans or gmm (Gaussian mixture)", "{kmeans, gmm}"},
            {"trader.ensemble.drift", "page-hinkley", "concept-drift detector on each alpha's and the ensemble's out-of-sample loss (page-hinkley, adwin or off)", "{page-hinkley, adwin, off}"},
            {"trader.zoo.retrain-every-bars", "720", "zoo: bars between walk-forward refits of each trained alpha", "[1, 10000000] integer"},
            {"trader.zoo.min-samples", "500", "zoo: resolved labels an alpha needs before its first fit (it abstains until then)", "[10, 5000000] integer"},
            {"trader.zoo.window", "20000", "zoo: training samples kept per alpha (rolling window; at least min-samples)", "[10, 5000000] integer"},
            {"trader.zoo.models", "walk-forward", "zoo: walk-forward (each trained alpha refits online) or promoted (each runs the model registry's promoted version, no refits, shadow versions scored beside it; an alpha with no promoted version abstains)", "{walk-forward, promoted}"},
            {"trader.zoo.live-window", "500", "zoo: resolved labels behind each trained alpha's live IC and hit rate (trader_alpha_live_*)", "[20, 1000000] integer"},
            {"trader.zoo.horizon-hours", "4", "zoo: triple-barrier vertical barrier (label horizon), hours", "(0, 720]"},
            {"trader.zoo.barrier-atr-multiple", "1.5", "zoo: profit-take and stop-loss barriers in ATRs scaled to the horizon", "(0, 100]"},
            {"trader.aux.dir", "", "folder of auxiliary data laid out like shared/data (derivatives/, sentiment_onchain/, ohlcv_1h/): funding, mark/index and daily series for the features; empty: none", "path or empty"},
            {"trader.aux.daily-lag-hours", "1", "daily on-chain and sentiment values become usable this long after their UTC day closes", "[0, 240]"},
            {"trader.sizing.method", "per-instrument", "how the book is sized at each step: per-instrument (each instrument alone by the strategy's own sizer: fractional Kelly, or fixed fraction for sma-cross), fixed-fraction, vol-target or atr-risk (each instrument alone by that sizer), or one portfolio method over all instruments at once: equal-weight, min-variance, max-sharpe, risk-parity, hrp (forecasts give the side, the method the share of trader.portfolio.gross), mean-variance (multi-asset fractional Kelly with costs and every constraint), efficient-risk, efficient-return (the same with a volatility or return target) or black-litterman (forecasts as views, then mean-variance)", "{per-instrument, fixed-fraction, vol-target, atr-risk, equal-weight, min-variance, max-sharpe, mean-variance, efficient-risk, efficient-return, risk-parity, hrp, black-litterman}"},
            {"trader.sizing.vol-target", "0.20", "vol-target: annualised volatility of the book, split evenly across the instruments (each targets this / instruments)", "(0, 5]"},
            {"trader.sizing.bars-per-year", "8760", "bars in a year, to annualise per-bar figures (vol-target, efficient-risk, efficient-return; 8760: hourly bars, 24/7)", "[1, 1000000]"},
            {"trader.sizing.atr-risk-per-trade", "0.005", "atr-risk: equity lost when a position's stop is hit", "(0, 0.05]"},
            {"trader.sizing.atr-stop", "1.5", "atr-risk: stop distance in ATRs from the entry", "(0, 20]"},
            {"trader.sizing.atr-base-leverage", "5", "atr-risk: leverage cap when ATR/close is 1%; it scales with 1% / (ATR/close), clamped to [1, atr-max-leverage]", "[1, 20]"},
            {"trader.sizing.atr-max-leverage", "10", "atr-risk: the most leverage one position may carry (above 10 is allowed but not recommended, and logged)", "[1, 20]"},
            {"trader.portfolio.covariance", "ewma", "covariance estimator of the portfolio methods, on close-to-close log returns aligned by step (a missing bar is a gap, never a zero return)", "{sample, ewma, ledoit-wolf}"},
            {"trader.portfolio.window", "720", "steps of returns the sample and ledoit-wolf covariances use", "[20, 100000] integer"},
            {"trader.portfolio.half-life", "168", "half-life in steps of the ewma covariance", "[1, 100000]"},
            {"trader.portfolio.min-history", "100", "steps of returns (in common with the others) an instrument needs before a portfolio method sizes it; until then its position is kept", "[10, 100000] integer"},
            {"trader.portfolio.long-only", "false", "portfolio methods hold no short positions", "{false, true}"},
            {"trader.portfolio.gross", "1", "gross leverage budget of the portfolio methods (sum of |weights|); the risk-based methods invest all of it", "(0, 20]"},
            {"trader.portfolio.max-net", "1", "largest |net exposure| (sum of weights) of mean-variance and black-litterman", "[0, 20]"},
            {"trader.portfolio.max-weight", "0.25", "largest |weight| of one instrument, a fraction of equity", "(0, 20]"},
            {"trader.portfolio.max-turnover", "40", "largest sum of |weight changes| per step of mean-variance and black-litterman (40: no limit)", "(0, 40]"},
            {"trader.portfolio.var-confidence", "0.99", "confidence of the parametric VaR limit", "[0.5, 1)"},
            {"trader.portfolio.var-limit", "1", "largest parametric VaR over the forecast horizon, a fraction of equity, for mean-variance and black-litterman (1: no limit)", "(0, 1]"},
            {"trader.portfolio.risk-aversion", "4", "delta of mean-variance and black-litterman: maximise mu'w - delta/2 w'Sw - costs (1 = full Kelly, 4 = quarter Kelly)", "(0, 1000]"},
            {"trader.portfolio.no-trade-band", "0.02", "a portfolio method moves an instrument only when its weight changes by at least this fraction of equity", "[0, 1)"},
            {"trader.portfolio.tau", "0.05", "black-litterman's prior uncertainty", "(0, 1]"},
            {"trader.portfolio.target-volatility", "0.20", "efficient-risk: the book's annualised volatility (scaled to the forecast horizon with trader.sizing.bars-per-year)", "(0, 5]"},
            {"trader.portfolio.target-return", "0.20", "efficient-return: the book's annualised expected return (scaled to the forecast horizon with trader.sizing.bars-per-year)", "[-1, 100]"},
            {"trader.sizing.kelly-fraction", "0.25", "fraction of full Kelly", "(0, 1]"},
            {"trader.sizing.max-leverage", "1.0", "max gross leverage of all instruments together (split evenly)", "(0, 100]"},
            {"trader.sizing.max-position-notional", "50000", "max position notional per instrument", "(0, 10000000000]"},
            {"trader.sizing.rebalance-band", "0.05", "trade only when the target moves by this fraction of equity", "[0, 1)"},
            {"trader.sizing.min-probability-edge", "0", "open or add exposure only when the forecast's calibrated probability is at least this far from 0.5 and on the side of its expected return (reducing is never gated; forecasts without a probability are not gated)", "[0, 0.5]"},
            {"trader.sizing.regime-scale", "1", "multipliers of the Kelly fraction per regime (0 = calmest), comma-separated; regimes beyond the list use the last", "[0, 2] list"},
            {"trader.risk.max-order-notional", "100000", "pre-trade: max notional one order may add to the exposure (a flip counts only its new side; above min-order-notional); the sizers never size more; orders that only reduce are never limited", "(0, 10000000000]"},
            {"trader.risk.max-leverage", "3.0", "pre-trade: max gross leverage after the order", "(0, 100]"},
            {"trader.risk.max-position-notional", "100000", "pre-trade: max position notional per instrument", "(0, 10000000000]"},
            {"trader.risk.price-band-bps", "500", "pre-trade: max distance of a limit price from the last price (at least limit-offset-bps)", "(0, 10000]"},
            {"trader.risk.max-daily-loss", "0.05", "breaker: loss since the UTC day's start, fraction of equity", "(0, 1]"},
            {"trader.risk.max-drawdown", "0.20", "breaker: drawdown from peak equity, fraction", "(0, 1]"},
            {"trader.risk.divergence.band-bps", "50", "feed-divergence breaker: the most an asset's price may differ between its sources (each venue's last price in a multi-venue session), bps of the lowest", "[1, 10000] integer"},
            {"trader.risk.divergence.hold-ms", "10000", "feed-divergence breaker: how long the sources must disagree beyond the band before new risk on the asset halts (orders that reduce exposure still pass)", "[0, 86400000] integer"},
            {"trader.risk.divergence.cooldown-ms", "60000", "feed-divergence breaker: how long the sources must agree again before the asset resumes", "[0, 86400000] integer"},
            {"trader.risk.divergence.stale-ms", "120000", "feed-divergence breaker: a source's price older than this is not compared (must exceed the bar interval: a venue's last price stays comparable until its next bar)", "[1, 86400000] integer"},
            {"trader.venue.equity-band-bps", "100", "live: how far the session's equity may move apart from the venue's account value (bps of the equity when it first met the venue, at least 1 USD) before a reconciliation halts", "(0, 10000]"},
            {"trader.venue.flatten-deadline-ms", "30000", "live: how long the kill switch's flatten keeps working the venue before a critical alert says what is left", "[1000, 3600000] integer"},
            {"trader.venue.weight-per-minute", "1200", "live and paper on live data: REST weight per minute of the one budget that a Hyperliquid connection's market data and orders share (the venue allows 1200 per IP)", "[1, 1200] integer"},
            {"trader.venue.reserve-for-orders", "100", "live: weight of that budget market data may not use, so backfills and polls never starve orders (orders may use all of it); below trader.venue.weight-per-minute", "[0, 1199] integer"},
            {"trader.smart-money.leaderboard-url", "", "smart money: the Hyperliquid leaderboard document (unofficial, tens of MB, stream-parsed); empty: the venue's, stats-data.hyperliquid.xyz/Mainnet/leaderboard (or BASE/Mainnet/leaderboard with a local --base-url)", "path or empty"},
            {"trader.smart-money.leaderboard-refresh-seconds", "300", "smart money: how often the leaderboard is read again and the wallets re-selected and re-tiered", "[30, 86400] integer"},
            {"trader.smart-money.trading-reserve-per-minute", "200", "smart money inside a trading session: weight per minute of the venue's 1200 it leaves to trading and market data (./trader smart-money record trades nothing and leaves none); a 90 s sweep of 500 wallets needs 75 or less", "[0, 1199] integer"},
            {"trader.smart-money.ws-slots-for-trading", "2", "smart money: of the venue's 10 WebSocket users per IP, how many it leaves to the trading session's own user streams (record leaves none)", "[0, 10] integer"},
            {"trader.smart-money.tier1-refresh-ms", "5000", "smart money: target refresh of a Tier 1 (whale) wallet polled over REST", "[1000, 600000] integer"},
            {"trader.smart-money.bias-every-ms", "10000", "smart money: how often the per-coin bias is computed, published and appended to the smart-money features", "[1000, 3600000] integer"},
            {"trader.smart-money.freshness-ms", "300000", "smart money: a wallet's state older than this does not count in the bias, and a bias older than this is unknown to the features", "[1000, 86400000] integer"},
            {"trader.correlation.window", "720", "correlation matrix: bars of the default window (the newest); a session keeps this many plus 200 warm-up bars per asset for the live matrix", "[30, 100000] integer"},
            {"trader.correlation.min-observations", "30", "correlation matrix: a cell with fewer pairwise-complete observations is undefined (null, with the reason); a window shorter than this is refused (422)", "[3, 100000] integer"},
            {"trader.correlation.horizon-bars", "1", "correlation matrix: bars ahead of the forward return the components are correlated with (/correlations/signals)", "[1, 1000] integer"},
            {"trader.correlation.data-dir", "", "correlation matrix: folder of candle files (btcusdt-1h-...csv.gz) the API correlates, the newest file per coin; empty: the session's live window only", "path or empty"},
            {"trader.models.poll-seconds", "10", "paper/live: how often the session asks the model registry for newly promoted or shadow versions", "[1, 3600] integer"},
            {"trader.notify.secrets-file", "", "notifications: a properties file outside the repository with the channels' secrets (webhook-url, slack-url, discord-url, smtp-password); the environment variables TRADER_NOTIFY_WEBHOOK_URL, TRADER_NOTIFY_SLACK_URL, TRADER_NOTIFY_DISCORD_URL and TRADER_NOTIFY_SMTP_PASSWORD take precedence; a webhook channel without its URL is off; secrets are never logged", "path or empty"},
            {"trader.notify.webhook.min-severity", "warning", "notifications: lowest severity the generic JSON webhook gets (off: none)", "{off, info, warning, critical}"},
            {"trader.notify.slack.min-severity", "warning", "notifications: lowest severity the Slack incoming webhook gets (off: none)", "{off, info, warning, critical}"},
            {"trader.notify.discord.min-severity", "warning", "notifications: lowest severity the Discord webhook gets (off: none)", "{off, info, warning, critical}"},
            {"trader.notify.email.min-severity", "critical", "notifications: lowest severity sent by email (off: none)", "{off, info, warning, critical}"},
            {"trader.notify.email.host", "", "notifications: the SMTP server; empty: no email", "path or empty"},
            {"trader.notify.email.port", "587", "notifications: the SMTP port", "[1, 65535] integer"},
            {"trader.notify.email.security", "starttls", "notifications: SMTP connection security: starttls (required), ssl (TLS from the first byte, usually port 465) or none", "{starttls, ssl, none}"},
            {"trader.notify.email.username", "", "notifications: SMTP login (its password is the secret smtp-password); empty: no login", "path or empty"},
            {"trader.notify.email.from", "", "notifications: the sender address (required with an SMTP host)", "path or empty"},
            {"trader.notify.email.to", "", "notifications: recipients, comma-separated (required with an SMTP host)", "path or empty"},
            {"trader.notify.dedup-window-seconds", "300", "notifications: an alert with the same dedup key (e.g. the same symbol's blocked orders for the same reason) within this is not sent again; 0: off", "[0, 86400] integer"},
            {"trader.notify.group-window-seconds", "60", "notifications: after an alert of a group is sent, the group's further alerts for this long are sent as one summary with their count; 0: off", "[0, 3600] integer"},
            {"trader.notify.rate-limit-per-minute", "20", "notifications: most notifications per channel in any 60 s (the kill switch's critical alerts always go)", "[1, 10000] integer"},
            {"trader.notify.rate-limit-total-per-minute", "60", "notifications: most notifications over all channels in any 60 s (the kill switch's critical alerts always go)", "[1, 100000] integer"},
            {"trader.notify.retries", "5", "notifications: retries of a failed delivery (5xx, 429, connection errors; never a 4xx other than 429)", "[0, 50] integer"},
            {"trader.notify.retry-base-ms", "1000", "notifications: first retry wait, doubled each retry up to retry-max-ms (a 429's Retry-After is honoured up to 10 minutes)", "[1, 600000] integer"},
            {"trader.notify.retry-max-ms", "60000", "notifications: longest retry wait (at least retry-base-ms)", "[1, 3600000] integer"},
            {"trader.notify.queue-capacity", "1000", "notifications: notifications waiting per channel; more are dropped and counted", "[1, 1000000] integer"},
            {"trader.notify.history", "1000", "notifications: alerts kept in memory for GET /api/v1/alerts (all are stored)", "[10, 1000000] integer"},
            {"trader.notify.timeout-ms", "10000", "notifications: connect and read timeout of a webhook or SMTP call", "[100, 600000] integer"},
            {"trader.signals.enabled", "false", "paper/live: emit signed signals from the ensemble's calibrated forecasts (needs TRADER_SIGNAL_KEYS or trader.signals.key-file; a learner that calibrates, e.g. trader.ensemble.learner=bayes-logistic)", "{false, true}"},
            {"trader.signals.threshold", "0.80", "signals: least calibrated confidence of the chosen side (p for long, 1 - p for short) that emits", "(0.5, 1]"},
            {"trader.signals.cooldown-minutes", "60", "signals: per pair, no new signal this long after the last", "[0, 10080] integer"},
            {"trader.signals.max-open", "5", "signals: most signals open (not yet resolved by stop, take-profit or time-out) at once", "[1, 1000] integer"},
            {"trader.signals.max-total-pct", "200", "signals: most total size of the open signals, percent of equity", "(0, 10000]"},
            {"trader.signals.risk-per-trade-pct", "1", "signals: equity risked between entry and stop, percent; size = this / stop distance, capped at the leverage", "(0, 100]"},
            {"trader.signals.atr-multiple", "2", "signals: stop-loss distance in ATR(14)s from the entry (R)", "(0, 100]"},
            {"trader.signals.take-profit-r", "1,2,3", "signals: take-profit levels as multiples of R, increasing (the position is split equally between them)", "(0, 100] list"},
            {"trader.signals.max-leverage", "3", "signals: leverage cap; leverage = target-vol / annualised realised volatility", "(0, 100]"},
            {"trader.signals.target-vol", "0.6", "signals: annualised volatility the leverage aims at", "(0, 10]"},
            {"trader.signals.timeout-hours", "24", "signals: an unresolved signal is closed at the bar close this long after it (performance)", "[1, 8760] integer"},
            {"trader.signals.file", "", "signals: append-only JSONL file of the signed signals; empty: signals.jsonl in trader.data-dir", "path or empty"},
            {"trader.signals.key-file", "", "signals: file (outside the repo) of ID=BASE64 HMAC keys, first signs; empty: env TRADER_SIGNAL_KEYS", "path or empty"},
            {"trader.signals.webhook-file", "", "signals: file (outside the repo) of webhook URLs, one a line, each POSTed the signed JSON; env TRADER_SIGNAL_WEBHOOKS adds comma-separated ones", "path or empty"},
            {"trader.signals.webhook-retries", "3", "signals: retries of a failed webhook POST (backoff 0.5 s, doubling)", "[0, 10] integer"},
            {"trader.signals.performance-window", "50", "signals: resolved signals in the rolling hit rate and Sharpe", "[2, 100000] integer"},
            {"trader.signals.alert-share", "0.3", "signals: alert when the live hit rate or Sharpe is this share below the backtest's", "(0, 1)"},
            {"trader.signals.alert-min-signals", "20", "signals: no performance alert before this many signals resolved", "[1, 100000] integer"},
    };

    private static final Map<String, Allowed> ALLOWED = new LinkedHashMap<>();

    static {
        for (String[] k : KEYS) {
            if (k.length != 4) {
                throw new IllegalStateException("configuration key " + k[0] + " needs {key, default, meaning, allowed}");
            }
            ALLOWED.put(k[0], Allowed.parse(k[3]));
        }
    }

    private final Map<String, String> values;

    private TraderSettings(Map<String, String> values) {
        this.values = values;
    }

    public static TraderSettings defaults() {
        return load(null, Map.of(), Map.of());
    }

    /** Loads settings from the file (may be null), system properties and environment. */
    public static TraderSettings load(Path file, Map<?, ?> systemProperties, Map<String, String> env) {
        return load(file, systemProperties, env, Map.of());
    }

    /**
     * Loads settings from the file (may be null), system properties, environment and {@code overrides}
     * ({@code --set}, in order), then checks every value and the rules between keys once.
     */
    public static TraderSettings load(Path file, Map<?, ?> systemProperties, Map<String, String> env,
                                      Map<String, String> overrides) {
        return load(Map.of(), "", file, systemProperties, env, overrides);
    }

    /** As above, with a preset's keys ({@code --preset}, named {@code presetSource} in errors) over the defaults. */
    public static TraderSettings load(Map<String, String> preset, String presetSource, Path file,
                                      Map<?, ?> systemProperties, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> v = new LinkedHashMap<>();
        Map<String, String> from = new LinkedHashMap<>();
        for (String[] k : KEYS) {
            v.put(k[0], k[1]);
            from.put(k[0], "default");
        }
        preset.forEach((k, val) -> put(v, from, k, val, presetSource));
        if (file != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            } catch (IOException e) {
                throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
            }
            p.forEach((k, val) -> put(v, from, String.valueOf(k), String.valueOf(val), "config file " + file));
        }
        systemProperties.forEach((k, val) -> {
            if (SettingNames.looksLikeKey(String.valueOf(k))) {
                put(v, from, String.valueOf(k), String.valueOf(val), "system property " + k);
            }
        });
        env.forEach((name, val) -> {
            if (!SettingNames.looksLikeEnv(name) || SettingNames.NOT_SETTINGS.contains(name)) {
                return;
            }
            String key = fromEnv(name);
            if (key == null) {
                throw new ConfigException("environment variable " + name + " is not a configuration key"
                        + SettingNames.suggestEnv(name, ALLOWED.keySet()) + "; unset it (see README: Configuration)");
            }
            put(v, from, key, val, "environment variable " + name);
        });
        overrides.forEach((k, val) -> put(v, from, k, val, "--set"));
        return checked(v, from);
    }

    private static TraderSettings checked(Map<String, String> v, Map<String, String> from) {
        for (Map.Entry<String, Allowed> e : ALLOWED.entrySet()) {
            String key = e.getKey();
            String ok = e.getValue().check(v.get(key));
            if (ok == null) {
                throw new ConfigException("configuration key '" + key + "' must be " + e.getValue().describe()
                        + ", was '" + v.get(key) + "' (from " + from.get(key) + ")");
            }
            v.put(key, ok);
        }
        CrossKeyRules.check(v, from);
        return new TraderSettings(Collections.unmodifiableMap(v));
    }

    private static void put(Map<String, String> v, Map<String, String> from, String key, String value, String source) {
        if (!v.containsKey(key)) {
            throw new ConfigException("unknown configuration key '" + key + "' (from " + source + ")"
                    + SettingNames.suggestKey(key, ALLOWED.keySet()));
        }
        v.put(key, value.strip());
        from.put(key, source);
    }

    /** {@code TRADER_RISK_MAX_LEVERAGE} to {@code trader.risk.max-leverage}; null when no key has that name. */
    static String fromEnv(String env) {
        for (String key : ALLOWED.keySet()) {
            if (SettingNames.envName(key).equals(env)) {
                return key;
            }
        }
        return null;
    }

    public String string(String key, String... allowed) {
        String v = raw(key).toLowerCase(Locale.ROOT);
        if (allowed.length > 0 && !java.util.Arrays.asList(allowed).contains(v)) {
            throw new ConfigException("configuration key '" + key + "' must be one of "
                    + String.join(", ", allowed) + ", was '" + v + "'");
        }
        return v;
    }

    /** The value of a number key (checked at load). */
    public double dbl(String key) {
        return Double.parseDouble(raw(key));
    }

    /** The value of an integer key (checked at load). */
    public int integer(String key) {
        return Integer.parseInt(raw(key));
    }

    /** The values of a list key ({@code [0, 2] list}, checked at load), in order. */
    public List<Double> doubles(String key) {
        List<Double> out = new ArrayList<>();
        for (String item : raw(key).split(",")) {
            out.add(Double.parseDouble(item));
        }
        return List.copyOf(out);
    }

    public String raw(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no such configuration key: " + key);
        }
        return v;
    }

    /** Returns a copy with one key changed, checked like {@code --set}. */
    public TraderSettings with(String key, String value) {
        Map<String, String> v = new LinkedHashMap<>(values);
        Map<String, String> from = new LinkedHashMap<>();
        put(v, from, key, value, "override");
        return checked(v, from);
    }

    public Map<String, String> asMap() {
        return values;
    }

    /** Rows {key, default, meaning, allowed}. */
    public static String[][] keys() {
        String[][] out = new String[KEYS.length][];
        for (int i = 0; i < KEYS.length; i++) {
            out[i] = KEYS[i].clone();
        }
        return out;
    }

    /** The README's configuration table (header and one row per key). */
    public static List<String> markdownTable() {
        List<String> rows = new ArrayList<>();
        rows.add("| key | default | allowed | meaning |");
        rows.add("|---|---|---|---|");
        for (String[] k : KEYS) {
            rows.add("| `" + k[0] + "` | `" + k[1] + "` | `" + k[3] + "` | " + k[2] + " |");
        }
        return rows;
    }

    /** A configuration error: the message names the key and what is wrong with it. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
