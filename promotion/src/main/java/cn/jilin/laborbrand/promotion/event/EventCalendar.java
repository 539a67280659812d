package cn.jilin.laborbrand.promotion.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes public events as an iCalendar feed (RFC 5545): all-day events (DTEND is the day after the last, as §3.6.1
 * says), one stable UID per event, DTSTAMP, TEXT values escaped (§3.3.11) and content lines folded at 75 octets
 * without splitting a UTF-8 character (§3.1). Hand-written: the format is small and no library for it is at hand.
 */
public final class EventCalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private EventCalendar() {
    }

    /**
     * The feed. {@code kindNames} names each kind in the reader's language; {@code link} gives an event's public page
     * (absolute URL) or null.
     */
    public static String write(List<PublicEvent> events, Instant stamp, String calendarName, Map<EventKind, String> kindNames,
                               Function<PublicEvent, String> link) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Jilin HRSS//Labor Brand Platform//ZH");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        line(out, "X-WR-TIMEZONE:Asia/Shanghai");
        for (PublicEvent e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:promotion-event-" + e.id() + "@laborbrand.jl.gov.cn");
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            if (e.updatedAt() != null) {
                line(out, "LAST-MODIFIED:" + STAMP.format(e.updatedAt()));
            }
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.startsOn()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(e.endsOn().plusDays(1)));
            line(out, "SUMMARY:" + text(e.title()));
            line(out, "LOCATION:" + text(e.place()));
            StringBuilder description = new StringBuilder();
            description.append(kindNames.getOrDefault(e.kind(), e.kind().name())).append(" · ").append(e.organiser());
            if (!e.brands().isEmpty()) {
                description.append("\n").append(String.join("、", e.brands().stream().map(PublicEvent.Brand::name).toList()));
            }
            if (e.description() != null) {
                description.append("\n\n").append(e.description());
            }
            line(out, "DESCRIPTION:" + text(description.toString()));
            line(out, "CATEGORIES:" + text(kindNames.getOrDefault(e.kind(), e.kind().name())));
            String url = link == null ? null : link.apply(e);
            if (url != null) {
                line(out, "URL:" + url.replaceAll("[\\p{Cntrl}]", ""));
            }
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value (§3.3.11): backslash, semicolon and comma escaped, line breaks as \n, other control characters dropped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (!Character.isISOControl(c) || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends one content line, folded so that no physical line exceeds 75 octets; continuation lines begin with a space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
