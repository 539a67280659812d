package cn.jilin.laborbrand.promotion.coverage;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A report's link: an absolute http or https address with a host, nothing else (no javascript:, data:, file: …). */
public final class CoverageLinks {

    private CoverageLinks() {
    }

    /** Whether the text is an acceptable link (blank is not; callers treat blank as "no link"). */
    public static boolean acceptable(String link) {
        if (link == null || link.isBlank() || link.length() > 500 || !link.strip().equals(link)) {
            return false;
        }
        for (char c : link.toCharArray()) {
            if (Character.isISOControl(c) || Character.isWhitespace(c) || c == '"' || c == '<' || c == '>' || c == '`') {
                return false;
            }
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank()
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
