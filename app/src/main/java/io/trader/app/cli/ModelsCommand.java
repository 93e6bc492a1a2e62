package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.models.ModelRecord;
import io.trader.app.models.ModelRegistry;
import io.trader.app.models.OpenRegistry;
import io.trader.app.models.Promotion;
import io.trader.app.models.RegistryException;
import io.trader.app.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code trader models list|show|promote|rollback|shadow}: the model registry in the store of
 * {@code trader.data-dir} (reached through the running session's database when a session holds it).
 * Bad arguments exit 2, an unknown alpha or version or a refused change exits 1.
 */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"The model registry: versions of each alpha, their status (candidate, shadow, promoted, "
                + "retired) and history. A running paper or live session picks up a promotion without a restart."},
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Show.class, ModelsCommand.Promote.class,
                ModelsCommand.Rollback.class, ModelsCommand.Shadow.class})
public final class ModelsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new Main.UserError("models needs a subcommand: list, show, promote, rollback or shadow "
                + "(see ./trader models --help)");
    }

    /** Opens the registry of the settings' data directory, runs the action, turns refusals into exit code 1. */
    abstract static class Action implements Callable<Integer> {

        @Mixin
        SettingsOptions settingsOptions;

        @Override
        public final Integer call() {
            TraderSettings settings = settingsOptions.load();
            check();
            try (OpenRegistry open = OpenRegistry.open(settings)) {
                run(open.registry(), System.out);
                return 0;
            } catch (RegistryException | StoreException e) {
                System.err.println("trader: " + e.getMessage());
                return 1;
            }
        }

        /** Argument checks made before the database is opened; a {@link Main.UserError} exits 2. */
        void check() {
        }

        abstract void run(ModelRegistry registry, PrintStream out);

        static String alpha(String id) {
            try {
                return ModelRecord.requireAlphaId(id);
            } catch (IllegalArgumentException e) {
                throw new Main.UserError(e.getMessage());
            }
        }

        static int version(String text) {
            try {
                return ModelRecord.parseVersion(text);
            } catch (IllegalArgumentException e) {
                throw new Main.UserError(e.getMessage());
            }
        }

        static String reason(String reason) {
            if (reason.isBlank()) {
                throw new Main.UserError("--reason must not be blank");
            }
            return reason.strip();
        }

        static String actor() {
            String user = System.getProperty("user.name");
            return "cli:" + (user == null || user.isBlank() ? "unknown" : user);
        }

        static void printChanges(PrintStream out, List<Promotion> changes, String nothing) {
            if (changes.isEmpty()) {
                out.println(nothing);
            }
            for (Promotion p : changes) {
                out.println(ModelsView.change(p));
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the versions (of one alpha).")
    static final class ListModels extends Action {

        @Option(names = "--alpha", paramLabel = "ID", description = "only this alpha")
        String alpha;

        @Option(names = "--json", description = "JSON instead of a table")
        boolean json;

        @Override
        void check() {
            if (alpha != null) {
                alpha(alpha);
            }
        }

        @Override
        void run(ModelRegistry registry, PrintStream out) {
            List<ModelRecord> models = registry.list(alpha);
            if (alpha != null && models.isEmpty()) {
                throw new RegistryException("no alpha '" + alpha + "' in the model registry");
            }
            out.print(json ? ModelsView.json(models) : ModelsView.table(models));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Shows one version: schema, label, training range and files, metrics, config, history.")
    static final class Show extends Action {

        @Parameters(index = "0", paramLabel = "ALPHA")
        String alpha;

        @Parameters(index = "1", paramLabel = "VERSION", description = "v1, v2, ... (or 1, 2, ...)")
        String version;

        @Option(names = "--json", description = "JSON instead of text")
        boolean json;

        @Override
        void check() {
            alpha(alpha);
            version(version);
        }

        @Override
        void run(ModelRegistry registry, PrintStream out) {
            ModelRecord r = registry.show(alpha, version(version));
            List<Promotion> history = registry.history(alpha, r.version());
            out.print(json ? ModelsView.json(r, history, registry.artifactPath(alpha, r.version()))
                    : ModelsView.detail(r, history, registry.artifactPath(alpha, r.version())));
        }
    }

    /** A change to one version of an alpha: ALPHA VERSION [--reason R]. */
    abstract static class VersionChange extends Action {

        @Parameters(index = "0", paramLabel = "ALPHA")
        String alpha;

        @Parameters(index = "1", paramLabel = "VERSION", description = "v1, v2, ... (or 1, 2, ...)")
        String version;

        @Option(names = "--reason", paramLabel = "R", description = "why (default: manual <action>)")
        String reason;

        /** promotion, shadow: the default reason's word. */
        abstract String action();

        String why() {
            return reason(reason == null ? "manual " + action() : reason);
        }

        @Override
        void check() {
            alpha(alpha);
            version(version);
            why();
        }
    }

    @Command(name = "promote", mixinStandardHelpOptions = true,
            description = "Makes a version the traded one; the previously promoted version is retired. "
                    + "Refused when its model file is missing or corrupt.")
    static final class Promote extends VersionChange {

        @Override
        String action() {
            return "promotion";
        }

        @Override
        void run(ModelRegistry registry, PrintStream out) {
            int v = version(version);
            printChanges(out, registry.promote(alpha, v, why(), actor()),
                    alpha + " " + ModelRecord.versionName(v) + " is already promoted; nothing changed");
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true,
            description = "Re-promotes the version promoted before the current one; the current one is retired.")
    static final class Rollback extends Action {

        @Parameters(index = "0", paramLabel = "ALPHA")
        String alpha;

        @Option(names = "--reason", paramLabel = "R", defaultValue = "manual rollback", description = "why")
        String reason;

        @Override
        void check() {
            alpha(alpha);
            reason(reason);
        }

        @Override
        void run(ModelRegistry registry, PrintStream out) {
            printChanges(out, registry.rollback(alpha, reason(reason), actor()), "nothing changed");
        }
    }

    @Command(name = "shadow", mixinStandardHelpOptions = true,
            description = "Runs a version in shadow: scored live, not traded (one per alpha; a previous shadow "
                    + "goes back to candidate).")
    static final class Shadow extends VersionChange {

        @Override
        String action() {
            return "shadow";
        }

        @Override
        void run(ModelRegistry registry, PrintStream out) {
            int v = version(version);
            printChanges(out, registry.shadow(alpha, v, why(), actor()),
                    alpha + " " + ModelRecord.versionName(v) + " is already in shadow; nothing changed");
        }
    }
}
