package cn.jilin.laborbrand.governance.target;

import cn.jilin.laborbrand.platform.region.CityBand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** 工作目标: one of the plan's targets (chapter 一), with the metric that measures it; loaded by migration. */
@Entity
@Immutable
@Table(name = "plan_target")
public class PlanTarget {

    @Id
    private Long id;

    private String code;

    @Enumerated(EnumType.STRING)
    private TargetKind kind;

    private String wording;

    @Column(name = "measure_code")
    private String measureCode;

    @Column(name = "metric_code")
    private String metricCode;

    @Column(name = "target_value")
    private Integer targetValue;

    @Column(name = "region_min")
    private Integer regionMin;

    @Column(name = "region_max")
    private Integer regionMax;

    private String unit;

    @Column(name = "deadline_year")
    private int deadlineYear;

    @Column(name = "task_measures")
    private String taskMeasures;

    @Column(name = "sort_order")
    private int sortOrder;

    protected PlanTarget() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public TargetKind getKind() {
        return kind;
    }

    /** The plan's own words. */
    public String getWording() {
        return wording;
    }

    public String getMeasureCode() {
        return measureCode;
    }

    /** The {@code PlanMetric} code that measures it, null for a qualitative target. */
    public String getMetricCode() {
        return metricCode;
    }

    public Integer getTargetValue() {
        return targetValue;
    }

    public Integer getRegionMin() {
        return regionMin;
    }

    public Integer getRegionMax() {
        return regionMax;
    }

    /** For a PER_REGION target: the band every 市（州） is to be within, [region_min, region_max] of this row; else null. */
    public CityBand getBand() {
        return kind == TargetKind.PER_REGION ? new CityBand(regionMin, regionMax) : null;
    }

    public String getUnit() {
        return unit;
    }

    public int getDeadlineYear() {
        return deadlineYear;
    }

    /** For a qualitative target: the codes of the measures whose tasks deliver it. */
    public List<String> getTaskMeasures() {
        return taskMeasures == null ? List.of() : Arrays.stream(taskMeasures.split(",")).map(String::strip).toList();
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
