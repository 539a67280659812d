package cn.jilin.laborbrand.platform.region;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The region tree. Reference data that changes only by migration, so it is read once and kept. */
@Service
public class RegionService {

    /**
     * In SQL that joins {@code region r}: the prefecture-level unit of the row's region (长白山管委会 and 梅河口市 included);
     * the province's own rows stay the province's. For figures counted by prefecture in one query.
     */
    public static final String PREFECTURE_OF_R = "case r.level when 'COUNTY' then r.parent_code else r.code end";

    private final RegionRepository regions;
    private volatile Tree tree;

    RegionService(RegionRepository regions) {
        this.regions = regions;
    }

    public List<Region> all() {
        return tree().all;
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : tree().byCode.get(code));
    }

    /** Name of a region, or the code itself when it is unknown. */
    public String name(String code) {
        return find(code).map(Region::getName).orElse(code);
    }

    /** The province's prefecture-level units, 长白山管委会 and 梅河口市 included, in the plan's order. */
    public List<Region> prefectures() {
        return all().stream().filter(r -> r.getLevel() == RegionLevel.PREFECTURE).toList();
    }

    /**
     * The plan's nine 市（州）, in its order: what "每个市（州）" counts. 长白山管委会 and 梅河口市 are prefecture-level units
     * ({@link #prefectures()}) but not cities: they are shown beside them ({@link Region#isCity()}).
     */
    public List<Region> cities() {
        return prefectures().stream().filter(Region::isCity).toList();
    }

    /**
     * The prefecture-level region a region belongs to (itself for a prefecture, 长白山管委会 or 梅河口市); the
     * province for the province; empty for an unknown code.
     */
    public Optional<String> prefectureOf(String code) {
        Region region = tree().byCode.get(code);
        while (region != null && region.getLevel() == RegionLevel.COUNTY) {
            region = tree().byCode.get(region.getParentCode());
        }
        return Optional.ofNullable(region).map(Region::getCode);
    }

    /**
     * The rule every register of regional records shares: the record's region ({@code regionCode}) is a region of the
     * tree and within the caller's scope.
     *
     * @throws RuleViolation {@code region.unknown} or {@code region.outOfScope} on {@code regionCode}
     */
    public void checkWithin(String code, DataScope scope) {
        if (find(code).isEmpty()) {
            throw new RuleViolation("regionCode", "region.unknown");
        }
        if (!scope.coversRegion(code)) {
            throw new RuleViolation("regionCode", "region.outOfScope");
        }
    }

    /** The regions a scope covers, in the tree's order: every region for the province, none for a scope without a region. */
    public List<Region> within(DataScope scope) {
        return all().stream().filter(r -> scope.coversRegion(r.getCode())).toList();
    }

    /** The prefecture-level units a scope covers. */
    public List<Region> prefecturesWithin(DataScope scope) {
        return prefectures().stream().filter(r -> scope.coversRegion(r.getCode())).toList();
    }

    public List<Region> children(String code) {
        return tree().children.getOrDefault(code, List.of());
    }

    /** A region and every region below it: what an officer of that region may see. */
    public Set<String> coveredCodes(String code) {
        Set<String> covered = new TreeSet<>();
        List<String> pending = new ArrayList<>(List.of(code));
        while (!pending.isEmpty()) {
            String next = pending.remove(pending.size() - 1);
            if (covered.add(next)) {
                children(next).forEach(child -> pending.add(child.getCode()));
            }
        }
        return covered;
    }

    private Tree tree() {
        Tree t = tree;
        if (t == null) {
            t = new Tree(regions.findAllByOrderBySortOrder());
            tree = t;
        }
        return t;
    }

    private static final class Tree {
        final List<Region> all;
        final Map<String, Region> byCode;
        final Map<String, List<Region>> children;

        Tree(List<Region> all) {
            this.all = List.copyOf(all);
            this.byCode = all.stream().collect(Collectors.toMap(Region::getCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            this.children = all.stream().filter(r -> r.getParentCode() != null)
                    .sorted(Comparator.comparingInt(Region::getSortOrder))
                    .collect(Collectors.groupingBy(Region::getParentCode, LinkedHashMap::new, Collectors.toList()));
        }
    }
}
