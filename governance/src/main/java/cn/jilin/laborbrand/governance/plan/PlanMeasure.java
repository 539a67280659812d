package cn.jilin.laborbrand.governance.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A node of the plan's text: 一 (targets), 二(一)1 … 二(三)3, 三(一) … 三(四), with its title and full text. */
@Entity
@Immutable
@Table(name = "plan_measure")
public class PlanMeasure {

    @Id
    private Long id;

    private String code;

    @Column(name = "parent_code")
    private String parentCode;

    @Enumerated(EnumType.STRING)
    private MeasureLevel level;

    private String title;

    @Column(name = "full_text")
    private String fullText;

    private String responsibility;

    @Column(name = "sort_order")
    private int sortOrder;

    protected PlanMeasure() {
    }

    public Long getId() {
        return id;
    }

    /** E.g. {@code 二(三)1}. */
    public String getCode() {
        return code;
    }

    public String getParentCode() {
        return parentCode;
    }

    public MeasureLevel getLevel() {
        return level;
    }

    public String getTitle() {
        return title;
    }

    public String getFullText() {
        return fullText;
    }

    /** The closing bracket as written, e.g. 省教育厅、省人力资源和社会保障厅按职责分工负责. */
    public String getResponsibility() {
        return responsibility;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isMeasure() {
        return level == MeasureLevel.MEASURE;
    }

    /** The code and title, as lists show a measure: {@code 二(二)1 提高技能含量}. */
    public String getLabel() {
        return code + " " + title;
    }
}
