package cn.jilin.laborbrand.promotion.campaign;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 公示异议: an objection to a nominee on public notice (sent through the public form or recorded by the province). */
@Entity
@Table(name = "nomination_objection")
public class NominationObjection extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nomination_id")
    private long nominationId;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    private String objector;

    private String content;

    @Column(name = "from_public")
    private boolean fromPublic;

    private Boolean upheld;

    private String resolution;

    protected NominationObjection() {
    }

    NominationObjection(long nominationId, LocalDate receivedOn, String objector, String content, boolean fromPublic) {
        this.nominationId = nominationId;
        this.receivedOn = receivedOn;
        this.objector = objector;
        this.content = content;
        this.fromPublic = fromPublic;
    }

    void resolve(boolean upheld, String resolution) {
        this.upheld = upheld;
        this.resolution = resolution;
    }

    public Long getId() {
        return id;
    }

    public long getNominationId() {
        return nominationId;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getObjector() {
        return objector;
    }

    public String getContent() {
        return content;
    }

    public boolean isFromPublic() {
        return fromPublic;
    }

    public Boolean getUpheld() {
        return upheld;
    }

    public String getResolution() {
        return resolution;
    }
}
