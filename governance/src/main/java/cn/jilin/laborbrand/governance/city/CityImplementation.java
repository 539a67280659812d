package cn.jilin.laborbrand.governance.city;

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

/**
 * 三(一) as one prefecture-level unit implements it: its 劳务品牌建设工作领导小组 and its 推进落实方案. One per unit, made
 * on the first save; scoped by the unit's region, so a city officer reads and writes its own only.
 */
@Entity
@Table(name = "city_implementation")
@DataScoped(region = "regionCode")
public class CityImplementation extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "group_leader")
    private String groupLeader;

    @Column(name = "group_leader_post")
    private String groupLeaderPost;

    @Column(name = "group_members")
    private String groupMembers;

    @Column(name = "group_set_up_on")
    private LocalDate groupSetUpOn;

    @Column(name = "plan_title")
    private String planTitle;

    @Column(name = "plan_number")
    private String planNumber;

    @Column(name = "plan_adopted_on")
    private LocalDate planAdoptedOn;

    @Column(name = "plan_deadline")
    private LocalDate planDeadline;

    private String note;

    private boolean demo;

    protected CityImplementation() {
    }

    CityImplementation(String regionCode) {
        this.regionCode = regionCode;
    }

    void write(CityPlanRecord r) {
        this.groupLeader = Text.orNull(r.groupLeader());
        this.groupLeaderPost = Text.orNull(r.groupLeaderPost());
        this.groupMembers = Text.orNull(r.groupMembers());
        this.groupSetUpOn = r.groupSetUpOn();
        this.planTitle = Text.orNull(r.planTitle());
        this.planNumber = Text.orNull(r.planNumber());
        this.planAdoptedOn = r.planAdoptedOn();
        this.planDeadline = r.planDeadline();
        this.note = Text.orNull(r.note());
    }

    public CityPlanRecord record() {
        return new CityPlanRecord(groupLeader, groupLeaderPost, groupMembers, groupSetUpOn, planTitle, planNumber, planAdoptedOn,
                planDeadline, note);
    }

    public CityPlanStatus getStatus() {
        return planAdoptedOn != null ? CityPlanStatus.PLAN : groupSetUpOn != null ? CityPlanStatus.GROUP : CityPlanStatus.NONE;
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getGroupLeader() {
        return groupLeader;
    }

    public String getGroupLeaderPost() {
        return groupLeaderPost;
    }

    public String getGroupMembers() {
        return groupMembers;
    }

    public LocalDate getGroupSetUpOn() {
        return groupSetUpOn;
    }

    public String getPlanTitle() {
        return planTitle;
    }

    public String getPlanNumber() {
        return planNumber;
    }

    public LocalDate getPlanAdoptedOn() {
        return planAdoptedOn;
    }

    public LocalDate getPlanDeadline() {
        return planDeadline;
    }

    public String getNote() {
        return note;
    }

    public boolean isDemo() {
        return demo;
    }
}
