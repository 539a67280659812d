package cn.jilin.laborbrand.registry.mark;

/** 商标 or 专利 (二(二)3: 支持有条件的注册申请商标专利). */
public enum MarkKind {
    TRADEMARK, PATENT
}
