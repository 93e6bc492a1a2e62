/**
 * Incremental indicator building blocks of the layer-0 feature engine: O(1) (amortised) per bar and no
 * allocation after construction. Windows ({@link io.trader.layer0.core.indicators.TickWindow},
 * {@link io.trader.layer0.core.indicators.LinearWindow}, {@link io.trader.layer0.core.indicators.ExtremeWindow},
 * {@link io.trader.layer0.core.indicators.RollingSum}, {@link io.trader.layer0.core.indicators.RollingWindow})
 * and recursions ({@link io.trader.layer0.core.indicators.ExponentialAverage},
 * {@link io.trader.layer0.core.indicators.WilderAverage}), and one class per indicator family that writes
 * its features into a {@link io.trader.core.signal.FeatureVector}. Pure: no I/O, no clock.
 */
package io.trader.layer0.core.indicators;
