package cn.jilin.laborbrand.training.cooperation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an edit of an input base or a resident office changed, for its history: "字段：旧值 → 新值" for each field that
 * differs, in the order the record was described; free text (a note, a phone line) only as "字段已修改".
 */
final class RecordChanges {

    private RecordChanges() {
    }

    static List<String> between(Map<String, String> before, Map<String, String> after, Set<String> freeText) {
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
