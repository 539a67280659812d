package cn.jilin.laborbrand.governance.city;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A prefecture's own 劳务品牌建设工作会议 (三(一) 定期召开): date, title, chair, minutes. Scoped by the unit's region. */
@Entity
@Table(name = "city_meeting")
@DataScoped(region = "regionCode")
public class CityMeeting extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String title;

    private String chair;

    private String minutes;

    private boolean demo;

    protected CityMeeting() {
    }

    CityMeeting(String regionCode, CityMeetingRecord record) {
        this.regionCode = regionCode;
        write(record);
    }

    void write(CityMeetingRecord record) {
        this.heldOn = record.heldOn();
        this.title = record.title().strip();
        this.chair = record.chair().strip();
        this.minutes = record.minutes().strip();
    }

    public CityMeetingRecord record() {
        return new CityMeetingRecord(heldOn, title, chair, minutes);
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTitle() {
        return title;
    }

    public String getChair() {
        return chair;
    }

    public String getMinutes() {
        return minutes;
    }

    public boolean isDemo() {
        return demo;
    }
}
