package cn.jilin.laborbrand.web.api;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a public dataset, the same shape for every list of /api/v1. */
public record ApiPage<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <S, T> ApiPage<T> of(Page<S> page, Function<S, T> shown) {
        return new ApiPage<>(page.getContent().stream().map(shown).toList(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }

    /** A page of a list already in memory (a few dozen aggregate rows at most). */
    public static <T> ApiPage<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new ApiPage<>(all.subList(from, to), page, size, all.size(), (all.size() + size - 1) / size);
    }
}
