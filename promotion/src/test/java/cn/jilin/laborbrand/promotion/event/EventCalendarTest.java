package cn.jilin.laborbrand.promotion.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The .ics feed as RFC 5545 asks: TEXT escaping, folding at 75 octets without breaking a character, all-day dates, UID and DTSTAMP. */
class EventCalendarTest {

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndLineBreaksAndDropControls() {
        assertThat(EventCalendar.text("a\\b;c,d\r\ne\nf\u0007g")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nfg");
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingAChineseCharacter() {
        StringBuilder out = new StringBuilder();
        String summary = "SUMMARY:" + "辽源织袜工劳务品牌展示交流活动".repeat(6);
        EventCalendar.line(out, summary);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines.length).isGreaterThan(3);
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(Arrays.stream(lines).skip(1)).allMatch(l -> l.startsWith(" "));
        // unfolding (§3.1: remove CRLF followed by one space) gives the line back
        assertThat(out.toString().replace("\r\n ", "").replace("\r\n", "")).isEqualTo(summary);
    }

    @Test
    void aFeedCarriesEachEventAsAnAllDayEventWithItsUidAndStamp() {
        PublicEvent fair = new PublicEvent(42, EventKind.JOB_FAIR, "春风行动; 专场, 招聘会", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6),
                "长春市, 人民大街", "长春市人社局", "220100", "第一行\n第二行", List.of(new PublicEvent.Brand(7, "长春汽车工")), 1000, 12, null, 300,
                Instant.parse("2026-02-01T08:00:00Z"));
        String ics = EventCalendar.write(List.of(fair), Instant.parse("2026-03-01T01:02:03Z"), "吉林劳务品牌活动",
                Map.of(EventKind.JOB_FAIR, "招聘会"), e -> "https://example.org/public/events/" + e.id());
        String unfolded = ics.replace("\r\n ", "");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(unfolded).contains("UID:promotion-event-42@laborbrand.jl.gov.cn\r\n")
                .contains("DTSTAMP:20260301T010203Z\r\n")
                .contains("DTSTART;VALUE=DATE:20260305\r\n")
                .contains("DTEND;VALUE=DATE:20260307\r\n")
                .contains("SUMMARY:春风行动\\; 专场\\, 招聘会\r\n")
                .contains("LOCATION:长春市\\, 人民大街\r\n")
                .contains("DESCRIPTION:招聘会 · 长春市人社局\\n长春汽车工\\n\\n第一行\\n第二行\r\n")
                .contains("URL:https://example.org/public/events/42\r\n");
    }
}
