package cn.jilin.laborbrand.governance.task;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A quantitative indicator of a report: what was measured, the value and its unit (e.g. 培训人次 1200 人次). */
@Embeddable
public class Indicator {

    private String name;

    private BigDecimal value;

    private String unit;

    protected Indicator() {
    }

    public Indicator(String name, BigDecimal value, String unit) {
        this.name = name.strip();
        this.value = value.setScale(2, RoundingMode.HALF_UP);
        this.unit = unit.strip();
    }

    public String getName() {
        return name;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    /** The value without trailing zeros, as pages show it: 1200, 3.5. */
    public String getDisplayValue() {
        return value.stripTrailingZeros().toPlainString();
    }
}
