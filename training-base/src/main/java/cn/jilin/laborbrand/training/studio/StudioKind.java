package cn.jilin.laborbrand.training.studio;

/** 技能大师工作室 / 专家工作室 / 高技能人才培养基地 (二(二)1). */
public enum StudioKind {
    SKILL_MASTER_STUDIO, EXPERT_STUDIO, HIGH_SKILL_BASE
}
