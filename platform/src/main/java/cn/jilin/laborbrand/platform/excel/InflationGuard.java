package cn.jilin.laborbrand.platform.excel;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes a zip entry actually inflates to (not what its headers claim) and refuses the file as a zip bomb
 * when they pass the part limit, or pass the compression ratio once beyond the grace size.
 */
final class InflationGuard extends FilterInputStream {

    private final long compressed;
    private final long maxBytes;
    private final long maxRatio;
    private long inflated;

    InflationGuard(InputStream in, long compressed, long maxBytes, long maxRatio) {
        super(in);
        this.compressed = Math.max(compressed, 1);
        this.maxBytes = maxBytes;
        this.maxRatio = maxRatio;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] skipped = new byte[(int) Math.max(0, Math.min(n, 8192))];
        return Math.max(read(skipped, 0, skipped.length), 0);
    }

    private void count(int n) throws IOException {
        inflated += n;
        if (inflated > maxBytes || (inflated > SpreadsheetLimits.INFLATE_GRACE_BYTES && inflated / compressed > maxRatio)) {
            throw Refusal.of(new SpreadsheetRefusedException("import.file.zipBomb"));
        }
    }
}
