package io.trader.app.zoo;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.core.port.MarketContextSource;
import io.trader.layer0.core.aux.AuxAligner;
import io.trader.layer0.core.aux.AuxConfig;
import io.trader.layer0.core.aux.BinanceCapture;
import io.trader.layer0.core.aux.BookSeries;
import io.trader.layer0.service.aux.AuxFileLoader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-second bars rebuilt from a Binance microstructure capture, with the book and trades known at each
 * bar's close as the market context: what the order-book pressure alpha trains on. A bar's prices are the
 * book's mid at the second's close (open = the previous mid; high/low the larger/smaller of the two), its
 * volume the taker volume traded within the second. The files of one recording are read in order as one
 * stream ({@code usdm} in the first file's name selects USD-M continuity rules, else spot).
 */
public final class CaptureBars {

    private static final long SECOND = 1_000L;

    private CaptureBars() {
    }

    /** The bars and the context source of one recording. */
    public record Session(String symbol, List<Bar> bars, MarketContextSource context, BinanceCapture.Result capture) {
    }

    public static Session read(List<Path> files) throws IOException {
        String first = files.get(0).getFileName().toString().toLowerCase(Locale.ROOT);
        BinanceCapture.Market market = first.contains("usdm") ? BinanceCapture.Market.USDM : BinanceCapture.Market.SPOT;
        BinanceCapture.Result r = AuxFileLoader.capture(files, market, SECOND, 30_000L);
        String symbol = "BTCUSDT-" + market.name().toLowerCase(Locale.ROOT) + "-capture";
        InstrumentSpec spec = new InstrumentSpec(symbol, 3, 6);
        BookSeries book = r.book();
        List<Bar> bars = new ArrayList<>();
        double[] flow = new double[3];
        long prevMid = -1;
        for (int i = 0; i < book.size(); i++) {
            long close = book.time(i);
            long open = close - SECOND;
            double bid = book.bestBid(i);
            double ask = book.bestAsk(i);
            if (!(bid > 0 && ask > bid) || (!bars.isEmpty() && open < bars.get(bars.size() - 1).closeTime())) {
                continue;
            }
            long mid = Math.round((bid + ask) / 2 * 1000);
            long o = prevMid < 0 ? mid : prevMid;
            double volume = r.trades().window(open, close, flow) ? flow[0] + flow[1] : 0;
            bars.add(new Bar(spec, open, close, o, Math.max(o, mid), Math.min(o, mid), mid, volume));
            prevMid = mid;
        }
        AuxAligner aligner = AuxAligner.builder(AuxConfig.DEFAULT).book(book).trades(r.trades()).build();
        return new Session(symbol, bars, (bar, ctx) -> aligner.fill(bar.openTime(), bar.closeTime(), ctx), r);
    }
}
