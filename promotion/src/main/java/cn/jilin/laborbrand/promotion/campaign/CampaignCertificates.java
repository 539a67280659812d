package cn.jilin.laborbrand.promotion.campaign;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.pdf.PdfDocuments;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 荣誉证书: a PDF certificate per winner, for the province and for the city that nominated them (its scope). */
@Service
public class CampaignCertificates {

    private final NominationRepository nominations;
    private final SelectionCampaignRepository campaigns;
    private final BrandService brands;
    private final RegionService regions;
    private final PdfDocuments pdf;
    private final AuditService audit;

    CampaignCertificates(NominationRepository nominations, SelectionCampaignRepository campaigns, BrandService brands, RegionService regions,
                         PdfDocuments pdf, AuditService audit) {
        this.nominations = nominations;
        this.campaigns = campaigns;
        this.brands = brands;
        this.regions = regions;
        this.pdf = pdf;
        this.audit = audit;
    }

    /** The certificate of a winner within the caller's scope; a nomination that did not win has none. */
    @PreAuthorize("hasAnyAuthority('campaign:manage', 'campaign:nominate')")
    @Transactional
    public byte[] certificate(long id, DataScope scope) {
        Nomination n = nominations.getById(id, scope);
        if (n.getState() != NominationState.WON) {
            throw new RuleViolation("nomination.certificate.notWinner");
        }
        SelectionCampaign c = campaigns.findById(n.getCampaignId()).orElseThrow();
        BrandName brand = brands.names(Set.of(n.getBrandId())).get(n.getBrandId());
        String tier = c.tier(n.getTierRank()).map(CampaignTier::getName).orElse("");
        String who = n.isPerson() ? n.getPersonName() : brand.name();
        audit.record("nomination.certificate", Nomination.SUBJECT_TYPE, id, null);
        return pdf.write("荣誉证书", doc -> doc.title("荣誉证书")
                .subtitle("证书编号：PX" + c.getYear() + "-" + String.format("%06d", n.getId()))
                .paragraph(who + (n.isPerson() ? "（" + brand.name() + "，" + regions.name(n.getRegionCode()) + "）" : "（" + regions.name(n.getRegionCode()) + "）"))
                .paragraph("在" + c.getTitle() + "中荣获")
                .heading(tier)
                .paragraph("特发此证，以资鼓励。")
                .signature("吉林省人力资源和社会保障厅", c.getPublishedOn() == null ? "" : c.getPublishedOn().toString()));
    }
}
