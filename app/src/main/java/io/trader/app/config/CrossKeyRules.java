package io.trader.app.config;

import java.math.BigDecimal;
import java.util.Map;

/** Rules between configuration keys, checked after every key is in its own range. */
final class CrossKeyRules {

    private CrossKeyRules() {
    }

    static void check(Map<String, String> v, Map<String, String> from) {
        less(v, from, "trader.features.sma-fast", "trader.features.sma-slow");
        less(v, from, "trader.features.ema-fast", "trader.features.ema-slow");
        less(v, from, "trader.engine.min-order-notional", "trader.risk.max-order-notional");
        less(v, from, "trader.engine.min-order-notional", "trader.initial-cash");
        less(v, from, "trader.venue.reserve-for-orders", "trader.venue.weight-per-minute");
        if (num(v, "trader.zoo.min-samples").compareTo(num(v, "trader.zoo.window")) > 0) {
            throw new TraderSettings.ConfigException(describe(v, from, "trader.zoo.min-samples")
                    + " must be at most " + describe(v, from, "trader.zoo.window")
                    + ": an alpha could never keep enough samples for its first fit");
        }
        if (num(v, "trader.ensemble.min-samples").compareTo(num(v, "trader.ensemble.window")) > 0) {
            throw new TraderSettings.ConfigException(describe(v, from, "trader.ensemble.min-samples")
                    + " must be at most " + describe(v, from, "trader.ensemble.window")
                    + ": the meta-learner could never keep enough samples for its first fit");
        }
        if (!"ewma".equals(v.get("trader.portfolio.covariance"))
                && num(v, "trader.portfolio.min-history").compareTo(num(v, "trader.portfolio.window")) > 0) {
            throw new TraderSettings.ConfigException(describe(v, from, "trader.portfolio.min-history")
                    + " must be at most " + describe(v, from, "trader.portfolio.window")
                    + ": with a " + v.get("trader.portfolio.covariance") + " covariance no instrument could ever "
                    + "gather enough history to be sized");
        }
        if (num(v, "trader.sizing.atr-base-leverage").compareTo(num(v, "trader.sizing.atr-max-leverage")) > 0) {
            throw new TraderSettings.ConfigException(describe(v, from, "trader.sizing.atr-base-leverage")
                    + " must be at most " + describe(v, from, "trader.sizing.atr-max-leverage"));
        }
        if (num(v, "trader.ensemble.regimes").intValue() == 1) {
            throw new TraderSettings.ConfigException(describe(v, from, "trader.ensemble.regimes")
                    + " must be 0 (off) or an integer in [2, 8]: one regime is no regime detection");
        }
        if ("limit".equals(v.get("trader.engine.order-type"))
                && num(v, "trader.engine.limit-offset-bps").compareTo(num(v, "trader.risk.price-band-bps")) > 0) {
            throw new TraderSettings.ConfigException(describe(v, from, "trader.engine.limit-offset-bps")
                    + " must be at most " + describe(v, from, "trader.risk.price-band-bps")
                    + ": every limit order would be outside the price band");
        }
    }

    private static void less(Map<String, String> v, Map<String, String> from, String small, String large) {
        if (num(v, small).compareTo(num(v, large)) >= 0) {
            throw new TraderSettings.ConfigException(describe(v, from, small) + " must be less than "
                    + describe(v, from, large));
        }
    }

    private static BigDecimal num(Map<String, String> v, String key) {
        return new BigDecimal(v.get(key));
    }

    private static String describe(Map<String, String> v, Map<String, String> from, String key) {
        String source = from.getOrDefault(key, "default");
        return key + " (" + v.get(key) + ", " + ("default".equals(source) ? "the default" : "from " + source) + ")";
    }
}
