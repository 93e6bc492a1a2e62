package io.trader.fake.hyperliquid;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one VCR cassette (YAML, as recorded by the Python SDK's tests) into its interactions, with the bodies
 * exactly as recorded (folded YAML scalars unfolded by the YAML parser, never by a regex).
 */
public final class Cassette {

    /**
     * One recorded request and its response.
     *
     * @param uri          request URI, e.g. {@code https://api.hyperliquid.xyz/info}
     * @param requestBody  request body (JSON text)
     * @param status       response HTTP status
     * @param responseBody response body (JSON text)
     */
    public record Interaction(String uri, String requestBody, int status, String responseBody) {
    }

    private Cassette() {
    }

    /** All interactions of {@code file}, in recorded order. */
    public static List<Interaction> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    /** All interactions of the cassette text in {@code reader}, in recorded order (the reader is not closed). */
    @SuppressWarnings("unchecked")
    public static List<Interaction> read(Reader reader) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Map<String, Object> doc = yaml.load(reader);
        List<Interaction> out = new ArrayList<>();
        for (Object o : (List<Object>) doc.getOrDefault("interactions", List.of())) {
            Map<String, Object> interaction = (Map<String, Object>) o;
            Map<String, Object> request = (Map<String, Object>) interaction.get("request");
            Map<String, Object> response = (Map<String, Object>) interaction.get("response");
            String body = String.valueOf(((Map<String, Object>) response.get("body")).get("string"));
            int status = ((Number) ((Map<String, Object>) response.get("status")).get("code")).intValue();
            out.add(new Interaction(String.valueOf(request.get("uri")), String.valueOf(request.get("body")), status,
                    body));
        }
        return out;
    }

    /** The response body of the first interaction whose request has {@code "type": type}. */
    public static String responseOf(Path file, String type) throws IOException {
        for (Interaction i : read(file)) {
            if (i.requestBody().replace(" ", "").contains("\"type\":\"" + type + "\"")) {
                return i.responseBody();
            }
        }
        throw new IllegalArgumentException("no " + type + " request in " + file);
    }
}
