package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recorded {@code /info} interactions (VCR cassettes of the official Python SDK's tests): request body, response
 * status and body. A request matches a recording when both bodies, parsed as JSON, are equal once top-level
 * {@code null} fields are dropped ({@code "endTime": null} means no end time). The first recording of a request
 * wins. Immutable after loading.
 */
final class Cassettes {

    /** One recorded interaction. */
    record Recording(JsonNode request, int status, String body, String file) {
    }

    private final List<Recording> recordings;

    private Cassettes(List<Recording> recordings) {
        this.recordings = List.copyOf(recordings);
    }

    static Cassettes none() {
        return new Cassettes(List.of());
    }

    /** These recordings, then {@code other}'s (the first match wins). */
    Cassettes and(Cassettes other) {
        List<Recording> all = new ArrayList<>(recordings);
        all.addAll(other.recordings);
        return new Cassettes(all);
    }

    /** Loads every {@code *.yaml} in {@code dir} (sorted by name, so the match order is stable). */
    static Cassettes load(Path dir, ObjectMapper mapper) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.yaml")) {
            ds.forEach(files::add);
        }
        files.sort(null);
        List<Recording> out = new ArrayList<>();
        for (Path f : files) {
            out.addAll(loadFile(f, mapper));
        }
        return new Cassettes(out);
    }

    /**
     * Loads the recordings bundled with the fake (resources under {@value #BUNDLED}, listed in its
     * {@code index.txt}, in that order): the fake needs no file outside its jar.
     */
    static Cassettes loadBundled(ObjectMapper mapper) throws IOException {
        List<Recording> out = new ArrayList<>();
        for (String name : resourceLines(BUNDLED + "index.txt")) {
            try (Reader r = resource(BUNDLED + name)) {
                out.addAll(recordings(Cassette.read(r), name, mapper));
            }
        }
        return new Cassettes(out);
    }

    /** Classpath folder of the bundled recordings. */
    static final String BUNDLED = "/io/trader/fake/hyperliquid/recorded/";

    private static List<String> resourceLines(String path) throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(resource(path))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
        }
        return names;
    }

    private static Reader resource(String path) throws IOException {
        InputStream in = Cassettes.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("resource missing from the fake's jar: " + path);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static List<Recording> loadFile(Path file, ObjectMapper mapper) throws IOException {
        return recordings(Cassette.read(file), file.getFileName().toString(), mapper);
    }

    private static List<Recording> recordings(List<Cassette.Interaction> interactions, String name,
                                              ObjectMapper mapper) throws IOException {
        List<Recording> out = new ArrayList<>();
        for (Cassette.Interaction i : interactions) {
            if (i.uri().endsWith("/info")) {
                out.add(new Recording(canonical(mapper.readTree(i.requestBody())), i.status(), i.responseBody(), name));
            }
        }
        return out;
    }

    /** The recording answering {@code request}, if any. */
    Optional<Recording> match(JsonNode request) {
        JsonNode c = canonical(request);
        return recordings.stream().filter(r -> r.request().equals(c)).findFirst();
    }

    /** The first recorded response body for a request of {@code type} with no other fields, if any. */
    Optional<String> bodyOf(String type) {
        return recordings.stream().filter(r -> r.request().size() == 1 && type.equals(r.request().path("type").asText()))
                .map(Recording::body).findFirst();
    }

    /**
     * Coins of the recorded {@code meta} with mids from the recorded {@code allMids} ({@code 1.0} when a mid is
     * missing); empty when no {@code meta} was recorded.
     */
    List<FakeCoin> coins(ObjectMapper mapper) throws IOException {
        Optional<String> meta = bodyOf("meta");
        if (meta.isEmpty()) {
            return List.of();
        }
        JsonNode mids = mapper.readTree(bodyOf("allMids").orElse("{}"));
        List<FakeCoin> out = new ArrayList<>();
        for (JsonNode a : mapper.readTree(meta.get()).path("universe")) {
            String name = a.path("name").asText();
            out.add(new FakeCoin(name, a.path("szDecimals").asInt(), a.path("maxLeverage").asInt(50),
                    new java.math.BigDecimal(mids.path(name).asText("1.0"))));
        }
        return out;
    }

    int size() {
        return recordings.size();
    }

    private static JsonNode canonical(JsonNode n) {
        if (!n.isObject()) {
            return n;
        }
        ObjectNode copy = ((ObjectNode) n).deepCopy();
        Iterator<Map.Entry<String, JsonNode>> it = copy.fields();
        while (it.hasNext()) {
            if (it.next().getValue().isNull()) {
                it.remove();
            }
        }
        return copy;
    }
}
