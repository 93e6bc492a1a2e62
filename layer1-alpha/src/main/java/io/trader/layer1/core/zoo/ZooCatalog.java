package io.trader.layer1.core.zoo;

import io.trader.core.model.Learners;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.layer1.core.label.LabelSpec;

import java.util.ArrayList;
import java.util.List;

import static io.trader.core.signal.Feature.*;

/**
 * The trained alphas of the zoo (the rule alphas momentum MA-cross and z-score / RSI reversion stay in
 * {@link io.trader.layer1.core.AlphaCatalog}). Each reads scale-free inputs, so one model serves any
 * price level. Alphas whose inputs need a feed the data does not have (funding, book, trades, daily
 * on-chain series) abstain with confidence 0 instead of guessing.
 */
public final class ZooCatalog {

    /** Every trained alpha, in a stable order. */
    public static final List<ZooSpec> SPECS = List.of(
            new ZooSpec("trend-logit", "logistic", false, List.of(
                    Input.relativeToClose(EMA_5), Input.relativeToClose(EMA_20), Input.relativeToClose(EMA_50),
                    Input.relativeToClose(SMA_100), Input.relativeToClose(SMA_200), Input.perClose(MACD),
                    Input.perClose(MACD_HIST), Input.raw(ROC_10), Input.perClose(ATR_14)),
                    "momentum: logistic regression on moving-average distances, MACD and rate of change"),
            new ZooSpec("ta-composite", "logistic", false, List.of(
                    Input.raw(RSI_14), Input.raw(RSI_34), Input.raw(STOCH_K), Input.raw(STOCH_D),
                    Input.raw(WILLIAMS_R), Input.raw(BB_PERCENT_B), Input.raw(BB_WIDTH), Input.raw(ZSCORE),
                    Input.perClose(MACD_HIST), Input.raw(MFI_14)),
                    "TA composite: logistic regression on oscillators and band positions"),
            new ZooSpec("vol-regime", "gbdt", false, List.of(
                    Input.raw(REALIZED_VOL_24), Input.raw(VOLATILITY), Input.perClose(ATR_14),
                    Input.perClose(ATR_21), Input.raw(BB_WIDTH), Input.raw(ROC_10), Input.relativeToClose(SMA_50),
                    Input.raw(RETURN), Input.raw(HOUR_SIN), Input.raw(HOUR_COS)),
                    "volatility regime: gradient-boosted trees on volatility state and trend"),
            new ZooSpec("flow-mismatch", "ridge", true, List.of(
                    closeLocation(), signedVolume(), Input.raw(VOLUME_ROC_10), Input.raw(MFI_14), Input.raw(RETURN),
                    Input.relativeToClose(VWAP_20)),
                    "flow mismatch: ridge regression of the barrier return on signed flow (close location x volume)"),
            new ZooSpec("volume-profile", "gbdt", false, List.of(
                    Input.raw(VOLUME_ROC_10), Input.raw(MFI_14), Input.relativeToClose(VWAP_20), closeLocation(),
                    signedVolume(), Input.raw(HOUR_SIN), Input.raw(HOUR_COS), Input.raw(WEEKDAY_SIN),
                    Input.raw(WEEKDAY_COS), Input.raw(SESSION_ASIA), Input.raw(SESSION_EUROPE),
                    Input.raw(SESSION_US), Input.raw(RETURN)),
                    "volume profile: gradient-boosted trees on volume, VWAP distance and time of day"),
            new ZooSpec("funding-shock", "mlp", false, List.of(
                    Input.raw(FUNDING_RATE), Input.raw(FUNDING_CHANGE), Input.raw(FUNDING_ZSCORE),
                    Input.raw(MARK_INDEX_BASIS), Input.raw(RETURN), Input.raw(ROC_10), Input.raw(REALIZED_VOL_24)),
                    "funding-rate shock: small neural net on funding level, change, z-score and basis"),
            new ZooSpec("book-pressure", "logistic", false, List.of(
                    Input.raw(BOOK_IMBALANCE_1), Input.raw(BOOK_IMBALANCE_5), Input.raw(BOOK_IMBALANCE_10),
                    Input.raw(SPREAD_BPS), Input.relativeToClose(WEIGHTED_MID), Input.raw(TAKER_BUY_RATIO),
                    Input.raw(TRADE_INTENSITY)),
                    "order-book pressure: logistic regression on book imbalance, spread, micro-price and taker flow"),
            new ZooSpec("onchain-regime", "logistic", false, List.of(
                    Input.raw(FEAR_GREED), Input.raw(MVRV), Input.raw(NUPL), Input.relativeToClose(SMA_200)),
                    "on-chain / sentiment regime: logistic regression on Fear & Greed, MVRV and NUPL (SOPR, whose "
                            + "file ends in 2024-11, is a feature but not an input: it would silence the alpha "
                            + "after that)"),
            new ZooSpec("smart-money", "logistic", false, List.of(
                    Input.raw(SMART_MONEY_BIAS), Input.raw(SMART_MONEY_DIVERGENCE), Input.raw(SMART_MONEY_CONFIDENCE),
                    Input.raw(RETURN), Input.raw(ROC_10), Input.raw(REALIZED_VOL_24)),
                    "smart money: logistic regression on Hyperliquid's top traders' weighted bias, whales against "
                            + "the crowd, and the bias's confidence (abstains without the smart-money feed or its "
                            + "recorded history)"));

    private ZooCatalog() {
    }

    /** Ids of every trained alpha. */
    public static List<String> ids() {
        return SPECS.stream().map(ZooSpec::id).toList();
    }

    public static ZooSpec spec(String id) {
        return SPECS.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("unknown zoo alpha '" + id + "' (known: " + ids() + ")"));
    }

    /** Fresh walk-forward alphas for {@code ids} (one instrument), trained with {@code learners}. */
    public static List<ZooAlpha> create(List<String> ids, LabelSpec barrier, Retraining retraining, Learners learners) {
        List<ZooAlpha> out = new ArrayList<>();
        for (String id : ids) {
            ZooSpec s = spec(id);
            out.add(new ZooAlpha(s.id(), new ZooInputs(s.inputs()), barrier, retraining, s.regression(),
                    learners == null ? null : learners.trainer(s.learner(), s.regression(), retraining.seed())));
        }
        return out;
    }

    /**
     * Close location value {@code (2C - H - L) / ATR}: where the bar closed inside its range, in ATRs
     * (+ buyers pushed it up). Read from weighted and typical price: {@code WP - TP = (2C - H - L) / 12}.
     */
    static Input closeLocation() {
        return new Input("CLV_ATR", true, ZooCatalog::clv);
    }

    /** Close location times relative volume: a signed-flow proxy from OHLCV alone. */
    static Input signedVolume() {
        return new Input("CLV_ATR*VOLUME_ROC", true, v -> clv(v) * (1 + v.get(Feature.VOLUME_ROC_10) / 100));
    }

    private static double clv(FeatureVector v) {
        return 12 * (v.get(WEIGHTED_PRICE) - v.get(TYPICAL_PRICE)) / v.get(ATR_14);
    }
}
