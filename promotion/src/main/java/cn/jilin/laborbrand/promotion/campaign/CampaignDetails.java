package cn.jilin.laborbrand.promotion.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the province sets for a campaign: kind, year, title, categories, the default quota per prefecture and the
 * prefectures' own, the nomination window, the notice days, the tiers (best first) and the rubric's weights by
 * criterion code ({@link CampaignRubric#CRITERIA}, adding up to 100).
 */
public record CampaignDetails(CampaignKind kind, int year, String title, List<String> categories, int defaultQuota,
                              Map<String, Integer> quotas, LocalDate opensOn, LocalDate closesOn, int noticeDays,
                              List<Tier> tiers, Map<String, Integer> weights) {

    public CampaignDetails {
        categories = categories == null ? List.of() : categories.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        quotas = quotas == null ? Map.of() : Map.copyOf(quotas);
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }

    /** A tier as entered: its name and number of winners. */
    public record Tier(String name, int winners) {
    }
}
