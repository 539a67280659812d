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

/**
 * 驻外劳务机构: a Jilin region's office in a place outside the province that follows its workers up. Its phone is the
 * office's public line (plain data, like a bureau's switchboard); no personal phone is kept.
 */
@Entity
@Table(name = "outbound_office")
@DataScoped(region = "regionCode")
public class OutboundOffice extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "region_code")
    private String regionCode;

    private String place;

    @Column(name = "office_phone")
    private String officePhone;

    @Column(name = "set_up_on")
    private LocalDate setUpOn;

    private String note;

    private boolean demo;

    protected OutboundOffice() {
    }

    void write(OfficeDetails d) {
        this.name = d.name().strip();
        this.regionCode = d.regionCode();
        this.place = d.place().strip();
        this.officePhone = Text.orNull(d.officePhone());
        this.setUpOn = d.setUpOn();
        this.note = Text.orNull(d.note());
    }

    public OfficeDetails details() {
        return new OfficeDetails(name, regionCode, place, officePhone, setUpOn, note);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getPlace() {
        return place;
    }

    public String getOfficePhone() {
        return officePhone;
    }

    public LocalDate getSetUpOn() {
        return setUpOn;
    }

    public String getNote() {
        return note;
    }

    public boolean isDemo() {
        return demo;
    }
}
