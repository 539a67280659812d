package cn.jilin.laborbrand.training.cooperation;

import java.time.LocalDate;

/** A follow-up as entered: when, who served (a person's name, or a resident office, or both), what was done. */
public record FollowUpDetails(LocalDate servedOn, String serverName, Long officeId, String content) {
}
