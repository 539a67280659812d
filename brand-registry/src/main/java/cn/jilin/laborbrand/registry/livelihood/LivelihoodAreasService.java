package cn.jilin.laborbrand.registry.livelihood;

import cn.jilin.laborbrand.platform.partner.PartnerArea;
import cn.jilin.laborbrand.platform.partner.PartnerEntitlements;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttribute;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeKind;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.BrandType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二(一)2: 民生保障型 brands against the areas the plan names for them (资源枯竭城市、独立工矿区、省级乡村振兴重点帮扶县、
 * 易地扶贫搬迁安置区). A brand serves an area when its home region is the area's region or lies below it (长春 220100 holds
 * 220102); a relocation site is served by the brands of its county. Two queries whatever the number of areas.
 */
@Service
public class LivelihoodAreasService {

    private final RegionAttributeService attributes;
    private final RegionService regions;
    private final BrandService brands;
    private final ObjectProvider<PartnerEntitlements> entitlements;

    LivelihoodAreasService(RegionAttributeService attributes, RegionService regions, BrandService brands,
                           ObjectProvider<PartnerEntitlements> entitlements) {
        this.attributes = attributes;
        this.regions = regions;
        this.brands = brands;
        this.entitlements = entitlements;
    }

    /** The areas within the scope (of one kind, or all; only those without a brand when {@code gapsOnly}) and the summary. */
    @PreAuthorize("hasAuthority('region:attribute:view')")
    @Transactional(readOnly = true)
    public LivelihoodView view(RegionAttributeKind kind, boolean gapsOnly, DataScope scope) {
        return build(kind, gapsOnly, scope);
    }

    /**
     * The same view province-wide for a department whose measures cover 二(一)2 ({@link PartnerArea#LIVELIHOOD}: 发展改革委,
     * 民政厅, 乡村振兴局 …), else 404. Areas and brands are public facts; no person is named.
     */
    @PreAuthorize("hasAuthority('partner:view')")
    @Transactional(readOnly = true)
    public LivelihoodView partnerView(RegionAttributeKind kind, boolean gapsOnly, DataScope scope) {
        return build(kind, gapsOnly, PartnerEntitlements.readable(entitlements, scope, PartnerArea.LIVELIHOOD));
    }

    private LivelihoodView build(RegionAttributeKind kind, boolean gapsOnly, DataScope scope) {
        List<RegionAttribute> all = attributes.all(scope);
        Map<String, Set<String>> covered = new HashMap<>();
        Set<String> codes = new HashSet<>();
        for (RegionAttribute a : all) {
            Set<String> within = covered.computeIfAbsent(a.getRegionCode(), regions::coveredCodes);
            codes.addAll(within);
        }
        List<BrandName> found = brands.activeOfTypeIn(BrandType.LIVELIHOOD, codes, scope);
        Map<RegionAttributeKind, int[]> counts = new HashMap<>();
        List<LivelihoodArea> areas = new ArrayList<>();
        for (RegionAttribute a : all) {
            Set<String> within = covered.get(a.getRegionCode());
            List<BrandName> serving = found.stream().filter(b -> within.contains(b.regionCode())).toList();
            int[] c = counts.computeIfAbsent(a.getKind(), k -> new int[2]);
            c[0]++;
            if (!serving.isEmpty()) {
                c[1]++;
            }
            if ((kind == null || a.getKind() == kind) && (!gapsOnly || serving.isEmpty())) {
                areas.add(new LivelihoodArea(a, serving));
            }
        }
        List<LivelihoodKindSummary> summary = new ArrayList<>();
        for (RegionAttributeKind k : RegionAttributeKind.values()) {
            int[] c = counts.getOrDefault(k, new int[2]);
            summary.add(new LivelihoodKindSummary(k, c[0], c[1]));
        }
        return new LivelihoodView(areas, summary);
    }
}
