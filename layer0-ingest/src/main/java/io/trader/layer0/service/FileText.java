package io.trader.layer0.service;

/** Small facts about the raw bytes of a file, for messages. */
final class FileText {

    private FileText() {
    }

    /** True when {@code data} holds nothing but whitespace (and perhaps a UTF-8 byte-order mark). */
    static boolean blank(byte[] data) {
        int i = data.length >= 3 && data[0] == (byte) 0xEF && data[1] == (byte) 0xBB && data[2] == (byte) 0xBF ? 3 : 0;
        for (; i < data.length; i++) {
            byte b = data[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The first bytes: quoted text when printable ASCII, else hex with a guess of the format. */
    static String preview(byte[] data) {
        int n = Math.min(data.length, 16);
        boolean text = true;
        for (int i = 0; i < n; i++) {
            int b = data[i] & 0xff;
            text &= b >= 0x20 && b < 0x7f || b == '\n' || b == '\r' || b == '\t';
        }
        if (text) {
            String s = new String(data, 0, n, java.nio.charset.StandardCharsets.US_ASCII)
                    .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
            return "'" + s + (data.length > n ? "...'" : "'") + ": plain text? rename it to .csv";
        }
        StringBuilder sb = new StringBuilder("bytes");
        for (int i = 0; i < Math.min(n, 4); i++) {
            sb.append(String.format(" %02x", data[i] & 0xff));
        }
        return sb.append(guess(data)).toString();
    }

    private static String guess(byte[] d) {
        if (d.length >= 4 && d[0] == 'P' && d[1] == 'K' && d[2] == 3 && d[3] == 4) {
            return ": a zip archive? unzip it first";
        }
        if (d.length >= 3 && d[0] == 'B' && d[1] == 'Z' && d[2] == 'h') {
            return ": bzip2? decompress it first";
        }
        if (d.length >= 4 && (d[0] & 0xff) == 0x28 && (d[1] & 0xff) == 0xb5 && (d[2] & 0xff) == 0x2f
                && (d[3] & 0xff) == 0xfd) {
            return ": zstd? decompress it first";
        }
        if (d.length >= 6 && (d[0] & 0xff) == 0xfd && d[1] == '7' && d[2] == 'z') {
            return ": xz? decompress it first";
        }
        return "";
    }
}
