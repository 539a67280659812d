package cn.jilin.laborbrand.platform.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A region of Jilin by its GB/T 2260 code; reference data loaded by migration, never edited in the app. */
@Entity
@Immutable
@Table(name = "region")
public class Region {

    @Id
    private String code;

    private String name;

    @Column(name = "full_name")
    private String fullName;

    @Enumerated(EnumType.STRING)
    private RegionLevel level;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean city;

    protected Region() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getFullName() {
        return fullName;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /**
     * One of the plan's nine 市（州）, which its per-city targets count; false for 长白山管委会 and 梅河口市, prefecture-level
     * peers shown beside them (V28), and for the province and the counties.
     */
    public boolean isCity() {
        return city;
    }
}
