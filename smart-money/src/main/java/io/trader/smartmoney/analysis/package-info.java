/**
 * The smart-money analysis (pure): which trader metrics predict next-period profitability out of sample (a
 * classifier scored by AUC against a naive reference, permutation importance on the test period) and trader
 * clusters by behaviour (k-means). The learner is passed in.
 */
package io.trader.smartmoney.analysis;
