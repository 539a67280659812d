package cn.jilin.laborbrand.web.city;

import cn.jilin.laborbrand.governance.city.CityImplementation;
import cn.jilin.laborbrand.governance.city.CityPlanRecord;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A prefecture's implementation record as posted; {@code version} is empty while the unit has no record yet. */
record CityPlanForm(
        @Size(max = 50) String groupLeader,
        @Size(max = 100) String groupLeaderPost,
        @Size(max = 2000) String groupMembers,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate groupSetUpOn,
        @Size(max = 200) String planTitle,
        @Size(max = 100) String planNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate planAdoptedOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate planDeadline,
        @Size(max = 2000) String note,
        Long version) {

    static CityPlanForm of(CityImplementation record) {
        if (record == null) {
            return new CityPlanForm("", "", "", null, "", "", null, null, "", null);
        }
        CityPlanRecord r = record.record();
        return new CityPlanForm(r.groupLeader(), r.groupLeaderPost(), r.groupMembers(), r.groupSetUpOn(), r.planTitle(), r.planNumber(),
                r.planAdoptedOn(), r.planDeadline(), r.note(), record.getVersion());
    }

    CityPlanRecord record() {
        return new CityPlanRecord(groupLeader, groupLeaderPost, groupMembers, groupSetUpOn, planTitle, planNumber, planAdoptedOn, planDeadline, note);
    }
}
