package io.trader.smartmoney.core;

import java.math.BigDecimal;

/**
 * The thresholds of {@link AlertDetector}. Validated on construction; a bad value throws
 * {@link IllegalArgumentException} naming its key and the allowed range.
 *
 * @param sizeChange      relative size change that makes a SIZE alert: |new - old| / |old| &gt;= this
 *                        ({@code alerts.size-change}, (0, 10]; default 0.25)
 * @param minNotional     smallest USD notional moved that makes any alert ({@code alerts.min-notional}, &gt;= 0;
 *                        default 10,000): dust entries and exits are not whale moves
 * @param sizeMinNotional smallest USD notional moved that makes a SIZE alert ({@code alerts.size-min-notional},
 *                        &gt;= 0; default 50,000)
 * @param whaleCritical   Tier 1 notional from which an alert is CRITICAL ({@code alerts.tier1-critical}; $1M)
 * @param anyCritical     notional from which any tier's alert is CRITICAL ({@code alerts.any-critical}; $5M)
 * @param coreHigh        Tier 2 notional from which an alert is HIGH ({@code alerts.tier2-high}; $250k)
 * @param anyHigh         notional from which any tier's alert is HIGH ({@code alerts.any-high}; $1M)
 */
public record AlertConfig(double sizeChange, BigDecimal minNotional, BigDecimal sizeMinNotional,
                          BigDecimal whaleCritical, BigDecimal anyCritical, BigDecimal coreHigh, BigDecimal anyHigh) {

    /** 25% size change; $10k / $50k minimums; CRITICAL Tier 1 &gt;= $1M or any &gt;= $5M; HIGH Tier 2 &gt;= $250k
     *  or any &gt;= $1M. */
    public static final AlertConfig DEFAULTS = new AlertConfig(0.25, new BigDecimal("10000"),
            new BigDecimal("50000"), new BigDecimal("1000000"), new BigDecimal("5000000"), new BigDecimal("250000"),
            new BigDecimal("1000000"));

    public AlertConfig {
        if (!(sizeChange > 0 && sizeChange <= 10)) {
            throw new IllegalArgumentException("alerts.size-change must be in (0, 10], was " + sizeChange);
        }
        usd("alerts.min-notional", minNotional);
        usd("alerts.size-min-notional", sizeMinNotional);
        usd("alerts.tier1-critical", whaleCritical);
        usd("alerts.any-critical", anyCritical);
        usd("alerts.tier2-high", coreHigh);
        usd("alerts.any-high", anyHigh);
        if (whaleCritical.compareTo(anyCritical) > 0) {
            throw new IllegalArgumentException("alerts.any-critical must be in [tier1-critical=" + whaleCritical
                    + ", inf), was " + anyCritical);
        }
        if (coreHigh.compareTo(anyHigh) > 0) {
            throw new IllegalArgumentException("alerts.any-high must be in [tier2-high=" + coreHigh + ", inf), was "
                    + anyHigh);
        }
    }

    private static void usd(String key, BigDecimal value) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException(key + " must be a USD amount >= 0, was " + value);
        }
    }

    /**
     * The priority of a move: CRITICAL when (Tier 1 and notional &gt;= whaleCritical) or notional &gt;=
     * anyCritical; else HIGH when Tier 1, or (Tier 2 and notional &gt;= coreHigh), or notional &gt;= anyHigh; else
     * MEDIUM.
     */
    public AlertPriority priority(Tier tier, BigDecimal notional) {
        if ((tier == Tier.WHALE && notional.compareTo(whaleCritical) >= 0) || notional.compareTo(anyCritical) >= 0) {
            return AlertPriority.CRITICAL;
        }
        if (tier == Tier.WHALE || (tier == Tier.CORE && notional.compareTo(coreHigh) >= 0)
                || notional.compareTo(anyHigh) >= 0) {
            return AlertPriority.HIGH;
        }
        return AlertPriority.MEDIUM;
    }
}
