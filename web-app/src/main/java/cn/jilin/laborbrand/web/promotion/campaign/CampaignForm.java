package cn.jilin.laborbrand.web.promotion.campaign;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.promotion.campaign.CampaignDetails;
import cn.jilin.laborbrand.promotion.campaign.CampaignKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A campaign as posted: categories one a line; quotas of prefectures that differ from the default as "长春市：3" lines;
 * tiers as "一等奖：3" lines, best first; the rubric's four weights.
 */
record CampaignForm(@NotNull CampaignKind kind, @NotNull @Min(2020) @Max(2100) Integer year, @NotBlank @Size(max = 200) String title,
                    @Size(max = 2000) String categories, @NotNull @Min(0) @Max(100) Integer defaultQuota, @Size(max = 1000) String quotas,
                    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
                    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
                    @NotNull @Min(1) @Max(60) Integer noticeDays, @NotBlank @Size(max = 500) String tiers,
                    @NotNull @Min(0) @Max(100) Integer weightAchievement, @NotNull @Min(0) @Max(100) Integer weightSkill,
                    @NotNull @Min(0) @Max(100) Integer weightInfluence, @NotNull @Min(0) @Max(100) Integer weightReputation, long version) {

    CampaignDetails details(List<Region> prefectures) {
        if (weightAchievement + weightSkill + weightInfluence + weightReputation != 100) {
            throw new RuleViolation("weightAchievement", "campaign.rubric.total");
        }
        Map<String, Integer> quotaOf = new HashMap<>();
        for (String line : lines(quotas)) {
            String[] parts = line.split("[:：]");
            String code = parts.length != 2 ? null : prefectures.stream().filter(r -> r.getName().equals(parts[0].strip())).map(Region::getCode)
                    .findFirst().orElse(null);
            Integer n = parts.length == 2 ? number(parts[1]) : null;
            if (code == null || n == null) {
                throw new RuleViolation("quotas", "campaign.quota.line");
            }
            quotaOf.put(code, n);
        }
        List<CampaignDetails.Tier> tierList = new ArrayList<>();
        for (String line : lines(tiers)) {
            String[] parts = line.split("[:：]");
            Integer n = parts.length == 2 ? number(parts[1]) : null;
            if (n == null) {
                throw new RuleViolation("tiers", "campaign.tiers.line");
            }
            tierList.add(new CampaignDetails.Tier(parts[0].strip(), n));
        }
        return new CampaignDetails(kind, year, title, lines(categories), defaultQuota, quotaOf, opensOn, closesOn, noticeDays, tierList,
                Map.of("CAMPAIGN_ACHIEVEMENT", weightAchievement, "CAMPAIGN_SKILL", weightSkill, "CAMPAIGN_INFLUENCE", weightInfluence,
                        "CAMPAIGN_REPUTATION", weightReputation));
    }

    static String quotaText(Map<String, Integer> quotas, List<Region> prefectures) {
        StringBuilder text = new StringBuilder();
        for (Region r : prefectures) {
            if (quotas.containsKey(r.getCode())) {
                text.append(r.getName()).append('：').append(quotas.get(r.getCode())).append('\n');
            }
        }
        return text.toString().strip();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer number(String text) {
        String t = text.strip();
        return t.matches("\\d{1,3}") ? Integer.valueOf(t) : null;
    }
}
