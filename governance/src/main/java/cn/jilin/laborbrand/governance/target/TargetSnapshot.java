package cn.jilin.laborbrand.governance.target;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.Immutable;

/**
 * A target's value at the end of a year, with its breakdown by prefecture-level unit; written once, never changed. The
 * {@code demo} flag is set only by the demo runner's marking.
 */
@Entity
@Immutable
@Table(name = "target_snapshot")
public class TargetSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "target_id")
    private long targetId;

    private int year;

    private long value;

    private boolean demo;

    @Column(name = "taken_at")
    private Instant takenAt;

    @ElementCollection
    @CollectionTable(name = "target_snapshot_region", joinColumns = @JoinColumn(name = "snapshot_id"))
    @MapKeyColumn(name = "region_code")
    @Column(name = "value")
    private Map<String, Long> byRegion = new HashMap<>();

    protected TargetSnapshot() {
    }

    TargetSnapshot(long targetId, int year, long value, Map<String, Long> byRegion, Instant takenAt) {
        this.targetId = targetId;
        this.year = year;
        this.value = value;
        this.byRegion.putAll(byRegion);
        this.takenAt = takenAt;
    }

    public Long getId() {
        return id;
    }

    public long getTargetId() {
        return targetId;
    }

    public int getYear() {
        return year;
    }

    public long getValue() {
        return value;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public Map<String, Long> getByRegion() {
        return Map.copyOf(byRegion);
    }
}
