package cn.jilin.laborbrand.governance.task;

/** 牵头单位 or 配合单位: the department named first in a measure's bracket leads. */
public enum TaskRole {
    LEAD, SUPPORTING
}
