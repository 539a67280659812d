package cn.jilin.laborbrand.governance.target;

/**
 * How a target is measured: a count against a number; every 市（州） within a band (1–2 bases each; 长白山管委会 and
 * 梅河口市 shown beside, not counted); a qualitative aim tracked through the tasks of the measures that deliver it; or a
 * figure to watch without a number.
 */
public enum TargetKind {
    COUNT, PER_REGION, QUALITATIVE, MONITOR
}
