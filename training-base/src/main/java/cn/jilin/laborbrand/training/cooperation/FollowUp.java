package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 跟踪服务: a service contact with a placed worker after the placement. */
@Entity
@Table(name = "cooperation_follow_up")
@DataScoped(region = "regionCode")
public class FollowUp extends AuditedEntity {

    static final String SUBJECT_TYPE = "cooperation_follow_up";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "placement_id")
    private long placementId;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "served_on")
    private LocalDate servedOn;

    @Column(name = "server_name")
    private String serverName;

    @Column(name = "office_id")
    private Long officeId;

    private String content;

    private boolean demo;

    protected FollowUp() {
    }

    FollowUp(Placement placement, FollowUpDetails d) {
        this.placementId = placement.getId();
        this.regionCode = placement.getRegionCode();
        write(d);
    }

    void write(FollowUpDetails d) {
        this.servedOn = d.servedOn();
        this.serverName = Text.orNull(d.serverName());
        this.officeId = d.officeId();
        this.content = d.content().strip();
    }

    /** Takes the region of its vacancy when the vacancy moves to another region. */
    void carryRegion(String regionCode) {
        this.regionCode = regionCode;
    }

    public Long getId() {
        return id;
    }

    public long getPlacementId() {
        return placementId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public String getServerName() {
        return serverName;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public String getContent() {
        return content;
    }

    public boolean isDemo() {
        return demo;
    }
}
