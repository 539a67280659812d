package cn.jilin.laborbrand.registry.mark;

/** The three kinds of Chinese patent: 发明, 实用新型, 外观设计. */
public enum PatentType {
    INVENTION, UTILITY_MODEL, DESIGN
}
