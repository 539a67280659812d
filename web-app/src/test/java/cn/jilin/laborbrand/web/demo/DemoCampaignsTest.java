package cn.jilin.laborbrand.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jilin.laborbrand.web.PortalTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The shape of the demo's selection campaigns as the issue asks for it: the 2026 ambassador call open with nominations
 * of several cities in several states, some already scored by experts of other prefectures; the 2025 call published
 * with winners in tiers, its public page free of resident IDs and phones, and a winner whose consent does not cover
 * the name shown masked. Reads only records marked as demo data.
 */
@PortalTest
class DemoCampaignsTest {

    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void the2026CallIsOpenWithNominationsOfSeveralCitiesInSeveralStates() {
        Map<String, Object> campaign = jdbc.queryForMap("select id, state, kind from selection_campaign where demo and title = ?",
                DemoCampaigns.TITLE_2026);
        assertThat(campaign).containsEntry("state", "OPEN").containsEntry("kind", "AMBASSADOR");
        long id = ((Number) campaign.get("id")).longValue();
        Set<String> states = Set.copyOf(jdbc.queryForList("select distinct state from nomination where demo and campaign_id = ?", String.class, id));
        assertThat(states).contains("DRAFT", "SUBMITTED", "CHECKED", "SCORING");
        assertThat(jdbc.queryForList("select distinct prefecture_code from nomination where demo and campaign_id = ?", String.class, id))
                .contains("220100", "220400", "222400");
        // some scores are in, none from an expert of the nominee's own prefecture
        assertThat(jdbc.queryForObject("""
                select count(*) from review_assignment a join nomination n on n.id = a.subject_id
                where a.subject_type = 'nomination' and n.campaign_id = ? and a.weighted_score is not null""", Long.class, id)).isPositive();
        assertThat(jdbc.queryForObject("""
                select count(*) from review_assignment a join nomination n on n.id = a.subject_id
                where a.subject_type = 'nomination' and n.campaign_id = ? and a.same_region""", Long.class, id)).isZero();
        // every person nominated past the draft has a consent in force
        assertThat(jdbc.queryForObject("""
                select count(*) from nomination where campaign_id = ? and state <> 'DRAFT'
                and (consent_attachment_id is null or consent_withdrawn_on is not null)""", Long.class, id)).isZero();
    }

    @Test
    void the2025CallIsPublishedWithWinnersInTiersAndNothingPersonalOnItsPublicPage() throws Exception {
        Map<String, Object> campaign = jdbc.queryForMap("select id, state, published_on, notice_to from selection_campaign where demo and title = ?",
                DemoCampaigns.TITLE_2025);
        assertThat(campaign).containsEntry("state", "PUBLISHED");
        assertThat(campaign.get("published_on")).isNotNull();
        long id = ((Number) campaign.get("id")).longValue();
        List<Map<String, Object>> winners = jdbc.queryForList("""
                select person_name, tier_rank, consent_name from nomination where demo and campaign_id = ? and state = 'WON' order by tier_rank, id""", id);
        assertThat(winners).extracting(w -> w.get("tier_rank")).containsExactly(1, 2, 2);

        String html = mvc.perform(get("/public/campaigns/{id}", id)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(RESIDENT_ID.matcher(html).find()).as("a resident-ID-like string on the public page").isFalse();
        assertThat(MOBILE.matcher(html).find()).as("a phone-like string on the public page").isFalse();
        for (Map<String, Object> winner : winners) {
            String name = (String) winner.get("person_name");
            if (Boolean.TRUE.equals(winner.get("consent_name"))) {
                assertThat(html).contains(name);
            } else {
                // the consent does not cover the name: the family name and stars only
                assertThat(html).doesNotContain(name).contains(name.charAt(0) + "**");
            }
        }
        assertThat(winners).anyMatch(w -> Boolean.FALSE.equals(w.get("consent_name")));
    }
}
