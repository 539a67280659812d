package cn.jilin.laborbrand.governance.plan;

/** A node of the plan's tree: a chapter (一、二、三), a section of chapter 二 (二(一)…), or a measure that departments carry. */
public enum MeasureLevel {
    CHAPTER, SECTION, MEASURE
}
