package cn.jilin.laborbrand.training.partner;

import cn.jilin.laborbrand.training.trainee.PriorityGroup;

/** One prefecture and priority group: distinct persons trained, and distinct persons in an organised dispatch. */
public record PriorityGroupFigures(String prefectureCode, PriorityGroup group, long trained, long dispatched) {
}
