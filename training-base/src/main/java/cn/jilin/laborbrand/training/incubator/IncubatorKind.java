package cn.jilin.laborbrand.training.incubator;

/** 返乡入乡创业园 / 创业孵化基地 / 农村创新创业孵化实训基地 / 双创示范基地 (二(三)1). */
public enum IncubatorKind {
    RETURNEE_PARK, INCUBATION_BASE, RURAL_TRAINING_BASE, DEMONSTRATION_BASE
}
