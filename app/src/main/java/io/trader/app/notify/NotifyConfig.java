package io.trader.app.notify;

import io.trader.app.config.TraderSettings;
import io.trader.notify.channel.Channel;
import io.trader.notify.channel.DiscordChannel;
import io.trader.notify.channel.EmailChannel;
import io.trader.notify.channel.SlackChannel;
import io.trader.notify.channel.WebhookChannel;
import io.trader.notify.core.Backoff;
import io.trader.notify.core.Rules;
import io.trader.notify.core.Severity;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The notification settings ({@code trader.notify.*}) and the channels' secrets, read once at session start. Secrets
 * (webhook URLs carry their token, the SMTP password) come from the environment ({@code TRADER_NOTIFY_*}) or the
 * properties file {@code trader.notify.secrets-file} (outside the repository), never from a setting, and are never
 * put in a message: a bad one is named by its name only.
 *
 * @param channels each configured channel with the lowest severity it takes
 */
public record NotifyConfig(Rules rules, Backoff backoff, int queueCapacity, List<Route> channels) {

    /** One channel and the lowest severity it takes. */
    public record Route(Channel channel, Severity minSeverity) {
    }

    /** The longest a server's Retry-After is honoured. */
    static final long MAX_RETRY_AFTER_MS = 600_000;
    static final Map<String, String> ENV = Map.of("webhook-url", "TRADER_NOTIFY_WEBHOOK_URL",
            "slack-url", "TRADER_NOTIFY_SLACK_URL", "discord-url", "TRADER_NOTIFY_DISCORD_URL",
            "smtp-password", "TRADER_NOTIFY_SMTP_PASSWORD");

    /**
     * @throws TraderSettings.ConfigException naming the key (or the secret's name) when something is wrong
     */
    public static NotifyConfig from(TraderSettings s, Map<String, String> env) {
        int base = s.integer("trader.notify.retry-base-ms");
        int max = s.integer("trader.notify.retry-max-ms");
        if (max < base) {
            throw new TraderSettings.ConfigException("configuration key 'trader.notify.retry-max-ms' must be at "
                    + "least trader.notify.retry-base-ms (" + base + "), was '" + max + "'");
        }
        Rules rules = new Rules(s.integer("trader.notify.dedup-window-seconds") * 1000L,
                s.integer("trader.notify.group-window-seconds") * 1000L,
                s.integer("trader.notify.rate-limit-per-minute"),
                s.integer("trader.notify.rate-limit-total-per-minute"), s.integer("trader.notify.history"));
        Backoff backoff = new Backoff(base, max, s.integer("trader.notify.retries"), MAX_RETRY_AFTER_MS);
        Map<String, String> secrets = secrets(s, env);
        Duration timeout = Duration.ofMillis(s.integer("trader.notify.timeout-ms"));
        List<Route> routes = new ArrayList<>();
        for (String kind : List.of("webhook", "slack", "discord")) {
            Severity min = severity(s, kind);
            String url = secrets.get(kind + "-url");
            if (min == null || url == null || url.isBlank()) {
                continue;
            }
            URI uri = uri(url.strip(), kind);
            Channel c = switch (kind) {
                case "webhook" -> new WebhookChannel(kind, uri, timeout);
                case "slack" -> new SlackChannel(kind, uri, timeout);
                default -> new DiscordChannel(kind, uri, timeout);
            };
            routes.add(new Route(c, min));
        }
        Severity mailMin = severity(s, "email");
        String host = s.raw("trader.notify.email.host");
        if (mailMin != null && !host.isBlank()) {
            routes.add(new Route(new EmailChannel("email", email(s, host, secrets, timeout)), mailMin));
        }
        return new NotifyConfig(rules, backoff, s.integer("trader.notify.queue-capacity"), routes);
    }

    private static EmailChannel.Config email(TraderSettings s, String host, Map<String, String> secrets,
                                             Duration timeout) {
        String from = s.raw("trader.notify.email.from").strip();
        List<String> to = Arrays.stream(s.raw("trader.notify.email.to").split(",")).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
        if (from.isEmpty()) {
            throw new TraderSettings.ConfigException("configuration key 'trader.notify.email.from' must be an "
                    + "address when trader.notify.email.host is set");
        }
        if (to.isEmpty()) {
            throw new TraderSettings.ConfigException("configuration key 'trader.notify.email.to' must list at least "
                    + "one address when trader.notify.email.host is set");
        }
        EmailChannel.Security security = EmailChannel.Security.valueOf(
                s.raw("trader.notify.email.security").toUpperCase(Locale.ROOT));
        String user = s.raw("trader.notify.email.username").strip();
        String password = secrets.getOrDefault("smtp-password", "");
        if (!user.isEmpty() && password.isEmpty()) {
            throw new TraderSettings.ConfigException("trader.notify.email.username is set but the secret "
                    + "smtp-password is not (TRADER_NOTIFY_SMTP_PASSWORD or trader.notify.secrets-file)");
        }
        try {
            return new EmailChannel.Config(host.strip(), s.integer("trader.notify.email.port"), security, user,
                    password, from, to, timeout);
        } catch (IllegalArgumentException e) {
            throw new TraderSettings.ConfigException("trader.notify.email.*: " + e.getMessage());
        }
    }

    /** The lowest severity a channel takes, or null when it is off. */
    private static Severity severity(TraderSettings s, String kind) {
        String v = s.raw("trader.notify." + kind + ".min-severity").toLowerCase(Locale.ROOT);
        return v.equals("off") ? null : Severity.valueOf(v.toUpperCase(Locale.ROOT));
    }

    private static URI uri(String url, String kind) {
        try {
            URI u = URI.create(url);
            if (u.getHost() == null || !("https".equals(u.getScheme()) || "http".equals(u.getScheme()))) {
                throw new IllegalArgumentException("not http(s) with a host");
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw new TraderSettings.ConfigException("the secret " + kind + "-url (" + ENV.get(kind + "-url")
                    + " or trader.notify.secrets-file) must be an http(s) URL with a host (its value is not shown)");
        }
    }

    /** The secrets: the file's, then the environment's on top. */
    static Map<String, String> secrets(TraderSettings s, Map<String, String> env) {
        Map<String, String> out = new java.util.HashMap<>();
        String file = s.raw("trader.notify.secrets-file");
        if (!file.isBlank()) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(Path.of(file))) {
                p.load(r);
            } catch (IOException e) {
                throw new TraderSettings.ConfigException("configuration key 'trader.notify.secrets-file': cannot "
                        + "read " + file + " (" + e.getClass().getSimpleName() + ")");
            }
            for (String name : p.stringPropertyNames()) {
                if (!ENV.containsKey(name)) {
                    throw new TraderSettings.ConfigException("trader.notify.secrets-file " + file + ": unknown "
                            + "secret '" + name + "'; allowed: " + String.join(", ", new java.util.TreeSet<>(
                            ENV.keySet())));
                }
                out.put(name, p.getProperty(name));
            }
        }
        ENV.forEach((name, var) -> {
            String v = env.get(var);
            if (v != null && !v.isBlank()) {
                out.put(name, v);
            }
        });
        return out;
    }
}
