package cn.jilin.laborbrand.training.studio;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A skill-master studio, expert studio or high-skill training base where master workers train others. */
@Entity
@Table(name = "skill_studio")
@DataScoped(region = "regionCode")
public class SkillStudio extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private StudioKind kind;

    private String name;

    @Column(name = "region_code")
    private String regionCode;

    private String host;

    private String leader;

    @Column(name = "occupation_code")
    private String occupationCode;

    @Column(name = "brand_id")
    private Long brandId;

    @Column(name = "approved_year")
    private Integer approvedYear;

    private String description;

    private boolean demo;

    protected SkillStudio() {
    }

    void write(StudioDetails d) {
        this.kind = d.kind();
        this.name = d.name().strip();
        this.regionCode = d.regionCode();
        this.host = d.host().strip();
        this.leader = blank(d.leader());
        this.occupationCode = blank(d.occupationCode());
        this.brandId = d.brandId();
        this.approvedYear = d.approvedYear();
        this.description = blank(d.description());
    }

    public StudioDetails details() {
        return new StudioDetails(kind, name, regionCode, host, leader, occupationCode, brandId, approvedYear, description);
    }

    private static String blank(String s) {
        return Text.orNull(s);
    }

    public Long getId() {
        return id;
    }

    public StudioKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getHost() {
        return host;
    }

    public String getLeader() {
        return leader;
    }

    public String getOccupationCode() {
        return occupationCode;
    }

    public Long getBrandId() {
        return brandId;
    }

    public Integer getApprovedYear() {
        return approvedYear;
    }

    public String getDescription() {
        return description;
    }

    public boolean isDemo() {
        return demo;
    }
}
