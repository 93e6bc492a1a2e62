package io.trader.venue.hyperliquid.exec;

import java.math.BigInteger;
import java.util.List;

/** The slice of EIP-712 Hyperliquid uses: flat structs of string, address, bytes32, uint64/256 and bool. */
final class Eip712 {

    static final String DOMAIN_TYPE =
            "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)";
    private static final byte[] ZERO_ADDRESS = new byte[20];

    private Eip712() {
    }

    /** A typed member: its EIP-712 type name and value. */
    record Member(String name, String type, Object value) {
    }

    static byte[] domainSeparator(String name, String version, BigInteger chainId) {
        return Keccak.hash(Keccak.hash(Utf8.encode(DOMAIN_TYPE)), word("string", name), word("string", version),
                word("uint256", chainId), word("address", ZERO_ADDRESS));
    }

    /** {@code Name(type1 name1,type2 name2,...)}. */
    static String typeString(String primaryType, List<Member> members) {
        StringBuilder sb = new StringBuilder(primaryType).append('(');
        for (int i = 0; i < members.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(members.get(i).type()).append(' ').append(members.get(i).name());
        }
        return sb.append(')').toString();
    }

    static byte[] structHash(String primaryType, List<Member> members) {
        byte[][] parts = new byte[members.size() + 1][];
        parts[0] = Keccak.hash(Utf8.encode(typeString(primaryType, members)));
        for (int i = 0; i < members.size(); i++) {
            parts[i + 1] = word(members.get(i).type(), members.get(i).value());
        }
        return Keccak.hash(parts);
    }

    /** {@code keccak256(0x19 0x01 ‖ domainSeparator ‖ structHash)}. */
    static byte[] digest(byte[] domainSeparator, byte[] structHash) {
        return Keccak.hash(new byte[] {0x19, 0x01}, domainSeparator, structHash);
    }

    /** The 32-byte encoding of one value. */
    static byte[] word(String type, Object value) {
        switch (type) {
            case "string":
                return Keccak.hash(Utf8.encode((String) value));
            case "bytes32":
                byte[] b = (byte[]) value;
                if (b.length != 32) {
                    throw new IllegalArgumentException("bytes32 needs 32 bytes, got " + b.length);
                }
                return b.clone();
            case "address":
                byte[] a = value instanceof byte[] raw ? raw : Hex.addressBytes((String) value);
                return Hex.unsigned(new BigInteger(1, a), 32);
            case "bool":
                return Hex.unsigned((Boolean) value ? BigInteger.ONE : BigInteger.ZERO, 32);
            case "uint64":
            case "uint256":
                BigInteger n = value instanceof BigInteger big ? big : BigInteger.valueOf(((Number) value).longValue());
                if (type.equals("uint64") && n.bitLength() > 64) {
                    throw new IllegalArgumentException("uint64 overflow: " + n);
                }
                return Hex.unsigned(n, 32);
            default:
                throw new IllegalArgumentException("unsupported EIP-712 type: " + type);
        }
    }
}
