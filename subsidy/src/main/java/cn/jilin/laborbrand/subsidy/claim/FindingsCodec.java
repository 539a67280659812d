package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.subsidy.rule.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The rule engine's findings as a claim keeps them: one per line, fields apart by a unit separator. */
final class FindingsCodec {

    private static final String FIELD = "\u001f";

    private FindingsCodec() {
    }

    static String encode(List<Finding> findings) {
        if (findings.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            List<String> fields = new ArrayList<>(List.of(f.rule(), f.personName() == null ? "" : f.personName(), f.messageKey()));
            fields.addAll(f.arguments());
            lines.add(String.join(FIELD, fields.stream().map(s -> s.replace("\n", " ").replace(FIELD, " ")).toList()));
        }
        return String.join("\n", lines);
    }

    static List<Finding> decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (String line : stored.split("\n")) {
            String[] f = line.split(FIELD, -1);
            findings.add(new Finding(f[0], f[1].isEmpty() ? null : f[1], f[2], Arrays.asList(f).subList(3, f.length)));
        }
        return findings;
    }
}
