package cn.jilin.laborbrand.web.task;

import cn.jilin.laborbrand.governance.task.Indicator;
import cn.jilin.laborbrand.governance.task.ProgressReport;
import cn.jilin.laborbrand.governance.task.Quarter;
import cn.jilin.laborbrand.governance.task.ReportContent;
import cn.jilin.laborbrand.governance.task.TaskStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A quarterly progress report as posted: the quarter (for a new report), narrative, status, and the indicator lines
 * (added and removed in the page by static/js/governance.js; a line left wholly blank is dropped before validation).
 */
public class ReportForm {

    private long version;
    private String period;
    @NotBlank
    @Size(max = 5000)
    private String narrative;
    @NotNull
    private TaskStatus taskStatus;
    @Valid
    private List<IndicatorLine> indicators = new ArrayList<>();

    static ReportForm empty(Quarter quarter) {
        ReportForm form = new ReportForm();
        form.period = quarter == null ? null : quarter.toString();
        return form;
    }

    static ReportForm of(ProgressReport report) {
        ReportForm form = new ReportForm();
        form.version = report.getVersion();
        form.period = report.getPeriod().toString();
        form.narrative = report.getNarrative();
        form.taskStatus = report.getTaskStatus();
        for (Indicator i : report.getIndicators()) {
            IndicatorLine line = new IndicatorLine();
            line.setName(i.getName());
            line.setValue(i.getValue().stripTrailingZeros());
            line.setUnit(i.getUnit());
            form.indicators.add(line);
        }
        return form;
    }

    /** Drops the lines left wholly blank. */
    void dropBlankLines() {
        indicators.removeIf(l -> l == null || (isBlank(l.name) && l.value == null && isBlank(l.unit)));
    }

    Quarter quarter() {
        try {
            return period == null || period.isBlank() ? null : Quarter.parse(period);
        } catch (RuntimeException e) {
            return null;
        }
    }

    ReportContent content() {
        return new ReportContent(narrative, taskStatus, indicators.stream().map(l -> new Indicator(l.name, l.value, l.unit)).toList());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public TaskStatus getTaskStatus() {
        return taskStatus;
    }

    public void setTaskStatus(TaskStatus taskStatus) {
        this.taskStatus = taskStatus;
    }

    public List<IndicatorLine> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<IndicatorLine> indicators) {
        this.indicators = indicators == null ? new ArrayList<>() : indicators;
    }

    /** 量化指标: name, value and unit. */
    public static class IndicatorLine {
        @NotBlank
        @Size(max = 100)
        private String name;
        @NotNull
        @Digits(integer = 12, fraction = 2)
        private BigDecimal value;
        @NotBlank
        @Size(max = 20)
        private String unit;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }
    }
}
