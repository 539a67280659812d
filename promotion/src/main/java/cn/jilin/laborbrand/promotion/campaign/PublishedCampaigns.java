package cn.jilin.laborbrand.promotion.campaign;

import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees of campaigns (/public/campaigns): those on notice and those published, their nominees on notice
 * or winners by tier — a brand by its name; a person only as far as their consent in force covers (name, photo,
 * story), else their name masked and the brand. Read on every request, so a withdrawn consent hides at once.
 */
@Service
public class PublishedCampaigns {

    private final SelectionCampaignRepository campaigns;
    private final NominationRepository nominations;
    private final BrandService brands;

    PublishedCampaigns(SelectionCampaignRepository campaigns, NominationRepository nominations, BrandService brands) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.brands = brands;
    }

    /** A campaign as the public list shows it. */
    public record PublicCampaign(long id, String title, CampaignKind kind, int year, CampaignState state, LocalDate noticeFrom, LocalDate noticeTo,
                                 LocalDate publishedOn) {
    }

    /** A nominee as the public sees them; {@code name} is the brand's for a brand, else the person's as far as consented. */
    public record PublicEntry(long nominationId, String name, String brandName, String regionCode, String story, boolean photo,
                              boolean onNotice) {
    }

    /** A tier of the result with its nominees. */
    public record PublicTier(int rank, String name, List<PublicEntry> entries) {
    }

    /** A campaign's public page: its tiers with their nominees. */
    public record PublicResult(PublicCampaign campaign, List<PublicTier> tiers) {
    }

    @Transactional(readOnly = true)
    public List<PublicCampaign> list() {
        return campaigns.findByStateIn(List.of(CampaignState.NOTICE, CampaignState.PUBLISHED)).stream()
                .sorted((a, b) -> a.getYear() != b.getYear() ? Integer.compare(b.getYear(), a.getYear()) : Long.compare(b.getId(), a.getId()))
                .map(PublishedCampaigns::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PublicResult> result(long id) {
        return campaigns.findById(id).filter(c -> c.getState() == CampaignState.NOTICE || c.getState() == CampaignState.PUBLISHED).map(c -> {
            List<Nomination> shown = nominations.publishedOf(id);
            Map<Long, BrandName> names = brands.names(shown.stream().map(Nomination::getBrandId).collect(Collectors.toSet()));
            List<PublicTier> tiers = new ArrayList<>();
            for (CampaignTier tier : c.getTiers()) {
                List<PublicEntry> entries = shown.stream().filter(n -> Integer.valueOf(tier.getRank()).equals(n.getTierRank()))
                        .map(n -> entry(n, names.get(n.getBrandId()))).toList();
                tiers.add(new PublicTier(tier.getRank(), tier.getName(), entries));
            }
            return new PublicResult(of(c), tiers);
        });
    }

    static PublicEntry entry(Nomination n, BrandName brand) {
        String brandName = brand == null ? "" : brand.name();
        if (!n.isPerson()) {
            return new PublicEntry(n.getId(), brandName, brandName, n.getRegionCode(), n.getStory(), false, n.getState() == NominationState.NOTICE);
        }
        var consent = n.getConsent();
        String name = consent.coversName() ? n.getPersonName() : masked(n.getPersonName());
        return new PublicEntry(n.getId(), name, brandName, n.getRegionCode(), consent.coversStory() ? n.getStory() : null,
                consent.coversPhoto() && n.getPhotoAttachmentId() != null, n.getState() == NominationState.NOTICE);
    }

    /** The family name and a star for each further character: 张三丰 → 张**. */
    static String masked(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        return name.substring(0, 1) + "*".repeat(Math.max(1, name.length() - 1));
    }

    private static PublicCampaign of(SelectionCampaign c) {
        return new PublicCampaign(c.getId(), c.getTitle(), c.getKind(), c.getYear(), c.getState(), c.getNoticeFrom(), c.getNoticeTo(), c.getPublishedOn());
    }

}
