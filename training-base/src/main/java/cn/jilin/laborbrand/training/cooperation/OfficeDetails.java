package cn.jilin.laborbrand.training.cooperation;

import java.time.LocalDate;

/** A resident office as entered; its phone is the office's public line, never a person's own. */
public record OfficeDetails(String name, String regionCode, String place, String officePhone, LocalDate setUpOn, String note) {
}
