package cn.jilin.laborbrand.promotion.coverage;

/** Reports counted under one key: a brand (id and name) or a prefecture (code, name left to the page); {@code total} across kinds. */
public record CoverageCount(String key, String name, long tv, long newspaper, long newMedia, long radio, long film, long total) {
}
