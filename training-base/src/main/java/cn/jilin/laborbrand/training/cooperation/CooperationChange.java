package cn.jilin.laborbrand.training.cooperation;

/** The history's word for an edit of a placement or a follow-up (they have no workflow; the step says what changed). */
public enum CooperationChange {
    EDITED
}
