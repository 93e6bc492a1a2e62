package io.trader.core.market;

import java.util.Arrays;

/**
 * Auxiliary market data of one instrument as known at one decision time: the latest funding rate, mark
 * and index prices, open interest, the order book, the trades of the bar, and the daily on-chain and
 * sentiment series, and the smart-money positioning of the coin. A reusable holder written by layer 0's aligners (files or live feeds) and read by
 * its feature engine in the same pass. Every value is {@code NaN} while unknown, and whoever writes it
 * guarantees it was known at {@link #asOf()}: a daily value only after its day closed plus the
 * publication lag, a funding rate only after its funding time.
 */
public final class MarketContext {

    /** Book levels kept per side. */
    public static final int BOOK_LEVELS = 10;

    private long asOf;
    private double fundingRate = Double.NaN;
    private double previousFundingRate = Double.NaN;
    private long fundingTime;
    private double markPrice = Double.NaN;
    private double indexPrice = Double.NaN;
    private double openInterest = Double.NaN;
    private final double[] bidPrice = new double[BOOK_LEVELS];
    private final double[] bidSize = new double[BOOK_LEVELS];
    private final double[] askPrice = new double[BOOK_LEVELS];
    private final double[] askSize = new double[BOOK_LEVELS];
    private int bidLevels;
    private int askLevels;
    private long bookTime;
    private double takerBuyVolume = Double.NaN;
    private double takerSellVolume = Double.NaN;
    private long tradeCount;
    private long tradeWindowMs;
    private final double[] daily = new double[DailySeries.count()];
    private double smartMoneyBias = Double.NaN;
    private double smartMoneyDivergence = Double.NaN;
    private double smartMoneyConfidence = Double.NaN;
    private long smartMoneyTime;

    public MarketContext() {
        clear();
    }

    /** Forgets everything (all values unknown). */
    public void clear() {
        asOf = 0;
        fundingRate = Double.NaN;
        previousFundingRate = Double.NaN;
        fundingTime = 0;
        markPrice = Double.NaN;
        indexPrice = Double.NaN;
        openInterest = Double.NaN;
        clearBook();
        clearTrades();
        Arrays.fill(daily, Double.NaN);
        clearSmartMoney();
    }

    public long asOf() {
        return asOf;
    }

    /** The decision time these values are as of (epoch ms). */
    public void asOf(long time) {
        this.asOf = time;
    }

    // ---- derivatives ----

    public double fundingRate() {
        return fundingRate;
    }

    /** Funding rate of the funding event before the latest one (NaN until two are known). */
    public double previousFundingRate() {
        return previousFundingRate;
    }

    /** Time of the latest funding event (epoch ms; 0 when none). */
    public long fundingTime() {
        return fundingTime;
    }

    /** Records a funding event; the previous rate moves to {@link #previousFundingRate()}. */
    public void funding(long time, double rate) {
        if (time != fundingTime) {
            previousFundingRate = fundingRate;
        }
        fundingTime = time;
        fundingRate = rate;
    }

    public double markPrice() {
        return markPrice;
    }

    public double indexPrice() {
        return indexPrice;
    }

    public void markIndex(double mark, double index) {
        this.markPrice = mark;
        this.indexPrice = index;
    }

    public double openInterest() {
        return openInterest;
    }

    public void openInterest(double value) {
        this.openInterest = value;
    }

    // ---- book ----

    public void clearBook() {
        bidLevels = 0;
        askLevels = 0;
        bookTime = 0;
    }

    /** Sets bid level {@code i} (0 = best); levels must be written best first and contiguously. */
    public void bid(int i, double price, double size) {
        bidPrice[i] = price;
        bidSize[i] = size;
        bidLevels = Math.max(bidLevels, i + 1);
    }

    public void ask(int i, double price, double size) {
        askPrice[i] = price;
        askSize[i] = size;
        askLevels = Math.max(askLevels, i + 1);
    }

    public void bookTime(long time) {
        this.bookTime = time;
    }

    public long bookTime() {
        return bookTime;
    }

    public int bidLevels() {
        return bidLevels;
    }

    public int askLevels() {
        return askLevels;
    }

    public double bidPrice(int i) {
        return bidPrice[i];
    }

    public double bidSize(int i) {
        return bidSize[i];
    }

    public double askPrice(int i) {
        return askPrice[i];
    }

    public double askSize(int i) {
        return askSize[i];
    }

    public boolean hasBook() {
        return bidLevels > 0 && askLevels > 0;
    }

    // ---- trades of the bar ----

    public void clearTrades() {
        takerBuyVolume = Double.NaN;
        takerSellVolume = Double.NaN;
        tradeCount = 0;
        tradeWindowMs = 0;
    }

    /** Trade aggregates of the bar that closes at {@link #asOf()}. */
    public void trades(double takerBuyVolume, double takerSellVolume, long tradeCount, long windowMs) {
        this.takerBuyVolume = takerBuyVolume;
        this.takerSellVolume = takerSellVolume;
        this.tradeCount = tradeCount;
        this.tradeWindowMs = windowMs;
    }

    public double takerBuyVolume() {
        return takerBuyVolume;
    }

    public double takerSellVolume() {
        return takerSellVolume;
    }

    public long tradeCount() {
        return tradeCount;
    }

    public long tradeWindowMs() {
        return tradeWindowMs;
    }

    // ---- daily series ----

    public double daily(DailySeries series) {
        return daily[series.ordinal()];
    }

    public void daily(DailySeries series, double value) {
        daily[series.ordinal()] = value;
    }

    // ---- smart money (the tracked traders' positioning in the coin) ----

    /** Weighted long/short bias of the tracked traders, -1..1 (NaN while unknown). */
    public double smartMoneyBias() {
        return smartMoneyBias;
    }

    /** Tier 1 bias minus Tier 3 bias (NaN while unknown). */
    public double smartMoneyDivergence() {
        return smartMoneyDivergence;
    }

    /** Confidence of the bias, 0..1 (NaN while unknown). */
    public double smartMoneyConfidence() {
        return smartMoneyConfidence;
    }

    /** Time of the newest wallet state behind the smart-money values (epoch ms; 0 when unknown). */
    public long smartMoneyTime() {
        return smartMoneyTime;
    }

    /** Records the coin's smart-money signal computed from wallet states read up to {@code time}. */
    public void smartMoney(double bias, double divergence, double confidence, long time) {
        this.smartMoneyBias = bias;
        this.smartMoneyDivergence = divergence;
        this.smartMoneyConfidence = confidence;
        this.smartMoneyTime = time;
    }

    /** Forgets the smart-money values (unknown). */
    public void clearSmartMoney() {
        smartMoney(Double.NaN, Double.NaN, Double.NaN, 0);
    }
}
