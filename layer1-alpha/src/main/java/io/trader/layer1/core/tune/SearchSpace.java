package io.trader.layer1.core.tune;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The parameters a {@link TpeSearch} explores; names are unique. */
public record SearchSpace(List<Param> params) {

    public SearchSpace {
        params = List.copyOf(params);
        if (params.isEmpty()) {
            throw new IllegalArgumentException("a search space needs at least one parameter");
        }
        Set<String> names = new HashSet<>();
        for (Param p : params) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("parameter " + p.name() + " is defined twice");
            }
        }
    }

    public static SearchSpace of(Param... params) {
        return new SearchSpace(List.of(params));
    }
}
