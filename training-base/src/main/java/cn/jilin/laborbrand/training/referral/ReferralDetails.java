package cn.jilin.laborbrand.training.referral;

import java.time.LocalDate;
import java.util.List;

/** A referral as entered: the vacancy, its employer and place, the date, and the people by resident ID (one per line). */
public record ReferralDetails(String regionCode, String vacancy, String employer, String workPlace, LocalDate referredOn, String note,
                              List<String> residentIds) {
}
