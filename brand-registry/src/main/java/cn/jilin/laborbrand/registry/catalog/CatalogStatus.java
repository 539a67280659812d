package cn.jilin.laborbrand.registry.catalog;

/** Whether a catalogue entry is in force (列入目录) or has been taken out (移出目录). */
public enum CatalogStatus {
    LISTED, REMOVED
}
