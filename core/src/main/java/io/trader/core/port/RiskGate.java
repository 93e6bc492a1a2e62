package io.trader.core.port;

import io.trader.core.domain.OrderRequest;
import io.trader.core.event.RiskDecision;

/** Every order passes here before it reaches a venue. Rejections are values, never exceptions. */
@FunctionalInterface
public interface RiskGate {

    RiskDecision check(OrderRequest request, PortfolioView portfolio);
}
