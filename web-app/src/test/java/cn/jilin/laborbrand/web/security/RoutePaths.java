package cn.jilin.laborbrand.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Turns a mapping's pattern into a path to call, with its variables taken from pages the crawl found. */
final class RoutePaths {

    private RoutePaths() {
    }

    /**
     * {@code pattern} with each variable replaced by the segment a crawled path has in its place behind the same
     * prefix (a number if there is one), or by {@code 1} when no crawled path leads there.
     */
    static String fill(String pattern, Collection<String> crawled) {
        String[] parts = pattern.split("/", -1);
        List<String> filled = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].startsWith("{")) {
                filled.add(parts[i]);
                continue;
            }
            int at = i;
            List<String> candidates = crawled.stream().map(p -> p.split("/", -1))
                    .filter(s -> s.length > at && !s[at].isEmpty() && List.of(s).subList(0, at).equals(filled))
                    .map(s -> s[at]).toList();
            Optional<String> number = candidates.stream().filter(v -> v.matches("\\d+")).findFirst();
            filled.add(number.orElse(candidates.isEmpty() ? "1" : candidates.get(0)));
        }
        return String.join("/", filled);
    }
}
