/**
 * Hyperliquid's smart-money wire records (leaderboard rows, wallet states) and their decoders. Pure: no network, no
 * clock; decoders read a stream or a string they are given.
 */
package io.trader.smartmoney.data;
