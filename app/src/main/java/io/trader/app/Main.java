package io.trader.app;

import io.trader.app.cli.BacktestCommand;
import io.trader.app.cli.BenchCommand;
import io.trader.app.cli.DownloadCommand;
import io.trader.app.cli.ExecReportCommand;
import io.trader.app.cli.TrainExecutionCommand;
import io.trader.app.cli.EnsembleEvalCommand;
import io.trader.app.cli.FakeVenueCommand;
import io.trader.app.cli.LiveCommand;
import io.trader.app.cli.ModelsCommand;
import io.trader.app.cli.OptimizeCommand;
import io.trader.app.cli.TrainCommand;
import io.trader.app.cli.PaperCommand;
import io.trader.app.cli.SweepCommand;
import io.trader.app.config.TraderSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code trader} command line: backtest, paper, live, bench, download, fake-venue, models, train, sweep,
 * ensemble-eval, optimize. */
@Command(name = "trader", mixinStandardHelpOptions = true, version = "trader 0.1.0",
        description = {"Multi-layer autonomous crypto trading platform.",
                "One pipeline (L0 ingest -> L1 alphas -> L2 ensemble -> L3 sizing -> L5 risk -> L4 execution) "
                        + "for backtests, paper and live trading."},
        subcommands = {BacktestCommand.class, PaperCommand.class, LiveCommand.class, BenchCommand.class,
                DownloadCommand.class, FakeVenueCommand.class, ModelsCommand.class, TrainCommand.class,
                SweepCommand.class, EnsembleEvalCommand.class, OptimizeCommand.class, TrainExecutionCommand.class, ExecReportCommand.class,
                io.trader.app.cli.PortfolioEvalCommand.class, io.trader.app.cli.SmartMoneyCommand.class,
                io.trader.app.cli.CorrelationCommand.class,
                io.trader.app.cli.VerifySignalCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof TraderSettings.ConfigException || ex instanceof UserError) {
                cmd.getErr().println("trader: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** A mistake of the user's (bad file, bad option): printed as one line, exit code 2, no stack trace. */
    public static final class UserError extends RuntimeException {
        public UserError(String message) {
            super(message);
        }
    }
}
