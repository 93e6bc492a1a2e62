package io.trader.venue.hyperliquid.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An action signed directly by the user's wallet with EIP-712 domain {@code HyperliquidSignTransaction}
 * (transfers, withdrawals, builder-fee approval). The signer adds {@code signatureChainId} and
 * {@code hyperliquidChain}; only the {@link #fields} (after {@code hyperliquidChain}) are hashed, in order.
 * Such actions carry neither a vault address nor {@code expiresAfter}.
 *
 * @param type        the posted {@code type}, e.g. {@code usdSend}, {@code withdraw3}
 * @param primaryType the EIP-712 primary type without the {@code HyperliquidTransaction:} prefix
 * @param fields      hashed fields after {@code hyperliquidChain}, in EIP-712 order
 * @param nonceField  the field holding the request nonce ({@code time} or {@code nonce})
 */
public record UserSignedAction(String type, String primaryType, List<Field> fields, String nonceField) {

    /** Primary types are {@code HyperliquidTransaction:<Name>}. */
    public static final String TYPE_PREFIX = "HyperliquidTransaction:";
    private static final Set<String> TYPES = Set.of("string", "address", "uint64", "bool");

    /**
     * One hashed field.
     *
     * @param name  field name (also the posted JSON key)
     * @param type  {@code string}, {@code address}, {@code uint64} or {@code bool}
     * @param value String for string/address, Long for uint64, Boolean for bool
     */
    public record Field(String name, String type, Object value) {
        public Field {
            if (name == null || !TYPES.contains(type) || value == null) {
                throw new IllegalArgumentException("field needs a name, a supported type and a value: " + name);
            }
            boolean ok = switch (type) {
                case "uint64" -> value instanceof Long l && l >= 0;
                case "bool" -> value instanceof Boolean;
                default -> value instanceof String;
            };
            if (!ok) {
                throw new IllegalArgumentException("value of " + name + " does not match type " + type);
            }
        }
    }

    public UserSignedAction {
        if (type == null || type.isBlank() || primaryType == null || primaryType.isBlank()) {
            throw new IllegalArgumentException("type and primaryType are required");
        }
        fields = List.copyOf(fields);
        if (fields.stream().noneMatch(f -> f.name().equals(nonceField) && f.type().equals("uint64"))) {
            throw new IllegalArgumentException("nonceField must name a uint64 field: " + nonceField);
        }
    }

    /** {@code usdSend}: USDC between perp accounts; {@code amount} is a decimal string, {@code time} the nonce. */
    public static UserSignedAction usdSend(String destination, String amount, long time) {
        return transfer("usdSend", "UsdSend", destination, amount, time);
    }

    /** {@code withdraw3} (EIP-712 {@code Withdraw}): USDC to the bridge; {@code time} is the nonce. */
    public static UserSignedAction withdraw(String destination, String amount, long time) {
        return transfer("withdraw3", "Withdraw", destination, amount, time);
    }

    /** {@code approveBuilderFee}: allow {@code builder} to charge up to {@code maxFeeRate} (e.g. {@code "0.001%"}). */
    public static UserSignedAction approveBuilderFee(String maxFeeRate, String builder, long nonce) {
        return new UserSignedAction("approveBuilderFee", "ApproveBuilderFee", List.of(
                new Field("maxFeeRate", "string", maxFeeRate),
                new Field("builder", "address", Hex.address(builder)),
                new Field("nonce", "uint64", nonce)), "nonce");
    }

    private static UserSignedAction transfer(String type, String primary, String destination, String amount,
                                             long time) {
        OrderWire.requireDecimal("amount", amount);
        return new UserSignedAction(type, primary, List.of(
                new Field("destination", "string", Hex.address(destination)),
                new Field("amount", "string", amount),
                new Field("time", "uint64", time)), "time");
    }

    /** The request nonce (the value of {@link #nonceField}). */
    public long nonce() {
        for (Field f : fields) {
            if (f.name().equals(nonceField)) {
                return (Long) f.value();
            }
        }
        throw new IllegalStateException("unreachable: nonce field checked in the constructor");
    }

    /** The EIP-712 members: {@code hyperliquidChain} first, then {@link #fields}. */
    List<Eip712.Member> members(Network network) {
        List<Eip712.Member> out = new ArrayList<>();
        out.add(new Eip712.Member("hyperliquidChain", "string", network.chainName()));
        for (Field f : fields) {
            out.add(new Eip712.Member(f.name(), f.type(), f.value()));
        }
        return out;
    }

    /** The EIP-712 type string, e.g. {@code HyperliquidTransaction:UsdSend(string hyperliquidChain,...)}. */
    public String typeString() {
        return Eip712.typeString(TYPE_PREFIX + primaryType, members(Network.MAINNET));
    }

    /** The posted action: {@code type, signatureChainId, hyperliquidChain}, then the fields. */
    public Map<String, Object> toWire(Network network, String signatureChainId) {
        WireMap w = new WireMap().with("type", type).with("signatureChainId", signatureChainId)
                .with("hyperliquidChain", network.chainName());
        for (Field f : fields) {
            w.with(f.name(), f.value());
        }
        return w;
    }
}
