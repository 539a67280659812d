package cn.jilin.laborbrand.registry.application;

import java.util.Set;

/**
 * Where an application for a brand level stands: 草稿 → 已提交 → 已推荐 → 专家评审 → 评审通过 → 公示中 → 已认定, or
 * 退回修改 / 未通过 / 已撤回 on the way. A national application leaves its notice for 已推荐至人社部 instead: the ministry
 * designates national brands (已认定) or does not select them (人社部未入选).
 */
public enum ApplicationState {
    DRAFT, SUBMITTED, RECOMMENDED, EXPERT_REVIEW, APPROVED, RETURNED, REJECTED, PUBLIC_NOTICE, MINISTRY_REVIEW, DESIGNATED, NOT_SELECTED,
    WITHDRAWN;

    /** States in which an application is finished; a brand may then apply again. */
    public static final Set<ApplicationState> CLOSED = Set.of(DESIGNATED, REJECTED, NOT_SELECTED, WITHDRAWN);

    /** States in which the applicant may still change what the application says. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean isOpen() {
        return !CLOSED.contains(this);
    }
}
