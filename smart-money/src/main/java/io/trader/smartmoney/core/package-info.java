/**
 * Smart money's pure core: tiers, per-trader weights, the per-coin bias and the whale-alert detector. No I/O, no
 * clock: every input carries its time.
 */
package io.trader.smartmoney.core;
