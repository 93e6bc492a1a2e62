package io.trader.app.models;

/**
 * One status change of a model version, as the registry's history keeps it.
 *
 * @param action register, promote, shadow or rollback (the version that made way for another is recorded
 *               under the action that moved it)
 * @param from   the status before; null for register
 * @param at     epoch ms
 */
public record Promotion(long id, String alphaId, int version, String action, ModelStatus from, ModelStatus to,
                        String actor, long at, String reason) {
}
