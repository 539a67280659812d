package cn.jilin.laborbrand.promotion.campaign;

import cn.jilin.laborbrand.platform.RuleViolation;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A campaign's scoring rubric: rows of the platform's {@code review_criterion} under the rubric code
 * {@code campaign_<id>}, one per criterion of {@link #CRITERIA} with the weight the province gave it (named in the bundles
 * as {@code review.criterion.CODE}). Written while the campaign is a draft; the review reads it when experts score.
 */
@Component
class CampaignRubric {

    /** The criteria a campaign weighs, in the order experts see them. */
    static final List<String> CRITERIA = List.of("CAMPAIGN_ACHIEVEMENT", "CAMPAIGN_SKILL", "CAMPAIGN_INFLUENCE", "CAMPAIGN_REPUTATION");

    private final JdbcTemplate jdbc;

    CampaignRubric(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String codeOf(long campaignId) {
        return "campaign_" + campaignId;
    }

    /** Refuses weights that are not whole percentages of the four criteria adding up to 100. */
    static void check(Map<String, Integer> weights) {
        int total = 0;
        for (String code : CRITERIA) {
            Integer w = weights.get(code);
            if (w == null || w < 0 || w > 100) {
                throw new RuleViolation("weights[" + code + "]", "campaign.rubric.weight");
            }
            total += w;
        }
        if (total != 100 || !CRITERIA.containsAll(weights.keySet())) {
            throw new RuleViolation("weights", "campaign.rubric.total");
        }
    }

    /** Writes (or rewrites) the rubric of a campaign; criteria weighted 0 are left out. */
    void write(long campaignId, Map<String, Integer> weights) {
        check(weights);
        String rubric = codeOf(campaignId);
        jdbc.update("delete from review_criterion where rubric = ?", rubric);
        int order = 1;
        for (String code : CRITERIA) {
            int weight = weights.get(code);
            if (weight > 0) {
                jdbc.update("insert into review_criterion (rubric, code, weight, sort_order) values (?, ?, ?, ?)", rubric, code, weight, order++);
            }
        }
    }
}
