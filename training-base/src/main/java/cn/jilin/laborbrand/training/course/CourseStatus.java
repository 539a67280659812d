package cn.jilin.laborbrand.training.course;

/** 计划中 / 培训中 / 已结业 / 已取消. */
public enum CourseStatus {
    PLANNED, RUNNING, FINISHED, CANCELLED
}
