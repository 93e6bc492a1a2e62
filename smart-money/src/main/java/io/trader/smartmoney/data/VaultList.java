package io.trader.smartmoney.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The vault addresses of the stats-data {@code /Mainnet/vaults} document ({@code [{summary: {vaultAddress, ...}},
 * ...]}): vaults are pooled money, not traders, so the selection excludes them. A row without a well-formed address is
 * skipped and counted; a document that is not such an array is refused.
 */
public final class VaultList {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The addresses read and the rows skipped. */
    public record Read(Set<String> addresses, int skipped) {
        public Read {
            addresses = Set.copyOf(addresses);
        }
    }

    private VaultList() {
    }

    /**
     * @throws MalformedDataException when the text is not a JSON array
     */
    public static Read read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            throw new MalformedDataException("vaults: not JSON: " + e.getMessage());
        }
        if (root == null || !root.isArray()) {
            throw new MalformedDataException("vaults: expected a JSON array of vaults");
        }
        Set<String> out = new TreeSet<>();
        int skipped = 0;
        for (JsonNode v : root) {
            String a = v.path("summary").path("vaultAddress").asText("").toLowerCase(Locale.ROOT);
            if (a.matches("0x[0-9a-f]{40}")) {
                out.add(a);
            } else {
                skipped++;
            }
        }
        return new Read(out, skipped);
    }
}
