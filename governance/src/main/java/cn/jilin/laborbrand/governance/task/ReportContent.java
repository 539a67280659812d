package cn.jilin.laborbrand.governance.task;

import cn.jilin.laborbrand.platform.RuleViolation;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What a department writes in a quarterly report: the narrative, where the task stands, the measured indicators. */
public record ReportContent(String narrative, TaskStatus taskStatus, List<Indicator> indicators) {

    static final int MAX_NARRATIVE = 5000;
    static final int MAX_INDICATORS = 20;

    /** The indicators given, once the content has been checked: a narrative, a status, at most 20 indicators of distinct names. */
    List<Indicator> checked() {
        if (narrative == null || narrative.isBlank()) {
            throw new RuleViolation("narrative", "NotBlank");
        }
        if (narrative.strip().length() > MAX_NARRATIVE) {
            throw new RuleViolation("narrative", "report.narrative.tooLong");
        }
        if (taskStatus == null) {
            throw new RuleViolation("taskStatus", "NotNull");
        }
        List<Indicator> given = indicators == null ? List.of() : indicators.stream().filter(Objects::nonNull).toList();
        if (given.size() > MAX_INDICATORS) {
            throw new RuleViolation("indicators", "report.indicator.tooMany");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (!names.add(given.get(i).getName())) {
                throw new RuleViolation("indicators[" + i + "].name", "report.indicator.nameTwice");
            }
        }
        return given;
    }
}
