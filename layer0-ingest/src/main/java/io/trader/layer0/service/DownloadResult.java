package io.trader.layer0.service;

import java.nio.file.Path;

/**
 * Outcome of a {@link CandleDownloader} run.
 *
 * @param file         the CSV
 * @param resumed      true when the file existed and the run continued after its last row
 * @param rowsWritten  rows appended by this run
 * @param lastOpenTime open time of the file's last row after the run ({@code Long.MIN_VALUE} when it has none)
 */
public record DownloadResult(Path file, boolean resumed, long rowsWritten, long lastOpenTime) {
}
