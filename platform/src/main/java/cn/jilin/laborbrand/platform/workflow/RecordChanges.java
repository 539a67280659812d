package cn.jilin.laborbrand.platform.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an edit of a register's record changed, for its history ({@link WorkflowHistory#recordChange}): "字段：旧值 → 新值"
 * for each field that differs, in the order the record was described (label → value as a clerk reads it, regions and
 * brands by name); free text (a note, a phone line) only as "字段已修改". Never given personal data.
 */
public final class RecordChanges {

    private RecordChanges() {
    }

    public static List<String> between(Map<String, String> before, Map<String, String> after, Set<String> freeText) {
        List<String> changes = new ArrayList<>();
        after.forEach((label, now) -> {
            String was = before.get(label);
            if (!Objects.equals(was, now)) {
                changes.add(freeText.contains(label) ? label + "已修改" : label + "：" + shown(was) + " → " + shown(now));
            }
        });
        return changes;
    }

    private static String shown(String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
