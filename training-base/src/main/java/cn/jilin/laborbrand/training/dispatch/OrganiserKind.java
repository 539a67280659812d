package cn.jilin.laborbrand.training.dispatch;

/** Who organised a dispatch: an HR service agency, a labour broker or a bureau (二(二)2). */
public enum OrganiserKind {
    HR_AGENCY, BROKER, BUREAU
}
