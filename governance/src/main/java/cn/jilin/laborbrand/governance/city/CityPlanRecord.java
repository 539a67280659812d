package cn.jilin.laborbrand.governance.city;

import java.time.LocalDate;

/**
 * What a prefecture-level unit records of its implementation (三(一)): its leading group (组长, post, members, date set
 * up), its 推进落实方案 (title, 文号, date adopted, 完成时限) and a note. Empty parts mean "not yet".
 */
public record CityPlanRecord(String groupLeader, String groupLeaderPost, String groupMembers, LocalDate groupSetUpOn,
                             String planTitle, String planNumber, LocalDate planAdoptedOn, LocalDate planDeadline, String note) {

    public static CityPlanRecord empty() {
        return new CityPlanRecord(null, null, null, null, null, null, null, null, null);
    }
}
