package cn.jilin.laborbrand.platform.excel;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Looks at the bytes of an XML part before the parser does, so that the parser never buffers more than a bounded
 * token: every tag (with its attributes), comment, CDATA section, processing instruction and text run between tags must
 * fit in {@code maxToken} bytes. A markup declaration ({@code <!DOCTYPE}, {@code <!ENTITY}) is refused before the parser
 * reads its first entity, and a NUL byte (no UTF-8 XML has one; UTF-16 text has many) is refused as damage.
 * <p>
 * A tag needs no quote tracking: no {@code <} can stand inside it, so a {@code >} in an attribute value only splits the
 * tag into two counted tokens.
 */
final class MarkupGuard extends FilterInputStream {

    private enum State { TEXT, OPEN, TAG, BANG, BANG_DASH, COMMENT, CDATA, PI }

    private final int maxToken;
    private State state = State.TEXT;
    private int token;
    private int last1 = -1;
    private int last2 = -1;

    MarkupGuard(InputStream in, int maxToken) {
        super(in);
        this.maxToken = maxToken;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] skipped = new byte[(int) Math.max(0, Math.min(n, 8192))];
        return Math.max(read(skipped, 0, skipped.length), 0);
    }

    private void see(int b) throws IOException {
        if (b == 0) {
            throw Refusal.of(new SpreadsheetRefusedException("import.file.corrupt"));
        }
        token++;
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    begin(State.OPEN);
                } else if (b == '>') {
                    token = 0;
                }
            }
            case OPEN -> state = b == '!' ? State.BANG : b == '?' ? State.PI : b == '>' ? end() : State.TAG;
            case TAG -> {
                if (b == '>') {
                    state = end();
                } else if (b == '<') {
                    begin(State.OPEN);
                }
            }
            case BANG -> {
                if (b == '-') {
                    state = State.BANG_DASH;
                } else if (b == '[') {
                    state = State.CDATA;
                } else {
                    // <!DOCTYPE, <!ENTITY, <!ELEMENT ...: only a document type declaration has these
                    throw Refusal.of(new SpreadsheetRefusedException("import.file.doctype"));
                }
            }
            case BANG_DASH -> state = b == '-' ? State.COMMENT : State.TAG;
            case COMMENT -> {
                if (b == '>' && last1 == '-' && last2 == '-') {
                    state = end();
                }
            }
            case CDATA -> {
                if (b == '>' && last1 == ']' && last2 == ']') {
                    state = end();
                }
            }
            case PI -> {
                if (b == '>' && last1 == '?') {
                    state = end();
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
        last2 = last1;
        last1 = b;
        if (token > maxToken) {
            throw Refusal.of(new SpreadsheetRefusedException("import.file.markupTooLong"));
        }
    }

    private void begin(State next) {
        state = next;
        token = 1;
        last1 = -1;
        last2 = -1;
    }

    private State end() {
        token = 0;
        return State.TEXT;
    }
}
