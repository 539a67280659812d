package cn.jilin.laborbrand.registry.brand;

/** The orders the public directory offers; nothing else reaches the SQL. */
public enum PublicBrandSort {
    LEVEL("b.level_rank desc, b.name, b.id"),
    NAME("b.name, b.id"),
    REGION("b.region_code, b.level_rank desc, b.name, b.id"),
    WORKFORCE("b.workforce_size desc, b.name, b.id");

    final String orderBy;

    PublicBrandSort(String orderBy) {
        this.orderBy = orderBy;
    }
}
