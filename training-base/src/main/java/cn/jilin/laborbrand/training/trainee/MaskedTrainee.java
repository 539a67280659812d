package cn.jilin.laborbrand.training.trainee;

import cn.jilin.laborbrand.platform.code.Masking;
import java.time.LocalDate;
import java.util.Set;

/**
 * A trainee as every page, export and PDF shows them, to every user: the person masked by {@link Masking#person} (ID
 * province, sex, age, home province) and the phone masked; the full ID only through an audited reveal.
 */
public record MaskedTrainee(long id, long courseId, String name, Masking.Person person, String phone, Set<PriorityGroup> priorityGroups,
                            String employer, LocalDate employedSince, long version) {
}
