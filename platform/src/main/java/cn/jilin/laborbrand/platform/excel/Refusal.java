package cn.jilin.laborbrand.platform.excel;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.xml.sax.SAXException;

/** Carries a refusal through the XML parser, which passes I/O errors of its input on (possibly wrapped). */
final class Refusal extends IOException {

    private Refusal(SpreadsheetRefusedException refusal) {
        super(refusal.messageKey(), refusal);
    }

    static Refusal of(SpreadsheetRefusedException refusal) {
        return new Refusal(refusal);
    }

    /** The refusal somewhere in the causes of {@code failure}, or null. */
    static SpreadsheetRefusedException in(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; ) {
            if (t instanceof SpreadsheetRefusedException refused) {
                return refused;
            }
            t = t instanceof SAXException sax && sax.getException() != null ? sax.getException() : t.getCause();
        }
        return null;
    }
}
