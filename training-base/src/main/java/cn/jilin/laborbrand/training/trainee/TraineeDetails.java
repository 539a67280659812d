package cn.jilin.laborbrand.training.trainee;

import java.time.LocalDate;
import java.util.Set;

/**
 * What is entered about a trainee. The resident ID is given when adding and never shown again in full; the phone may
 * be left blank on an edit to keep the stored one.
 */
public record TraineeDetails(String name, String residentId, String phone, String homeRegionCode, Set<PriorityGroup> priorityGroups,
                             String employer, LocalDate employedSince) {
}
