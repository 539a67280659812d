package cn.jilin.laborbrand.training.trainee;

import cn.jilin.laborbrand.platform.code.ResidentId;
import java.time.LocalDate;
import java.util.Set;

/** One trainee as a roster row gives it, checked and ready to insert. */
record RosterRow(String name, ResidentId residentId, String phone, String homeRegionCode, Set<PriorityGroup> groups, String employer,
                 LocalDate employedSince) {
}
