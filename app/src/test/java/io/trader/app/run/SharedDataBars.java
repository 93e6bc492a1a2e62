package io.trader.app.run;

import io.trader.core.market.Bar;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.service.CandleFileReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Reads real data files for tests. */
final class SharedDataBars {

    private SharedDataBars() {
    }

    static List<CandleSeries> read(String... files) throws IOException {
        List<CandleSeries> out = new ArrayList<>();
        for (String f : files) {
            out.add(new CandleFileReader().read(Path.of(f)));
        }
        return out;
    }

    static int distinctCloseTimes(String... files) throws IOException {
        TreeSet<Long> times = new TreeSet<>();
        for (CandleSeries s : read(files)) {
            for (Bar b : s.bars()) {
                times.add(b.closeTime());
            }
        }
        return times.size();
    }
}
