package cn.jilin.laborbrand.training.trainee;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.code.InvalidCodeException;
import cn.jilin.laborbrand.platform.code.ResidentId;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.crypto.PersonalDataLookups;
import cn.jilin.laborbrand.platform.ratelimit.RateLimit;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding trainees by full resident ID: the roster's ID search and the people of a dispatch or referral. Each answer
 * confirms whether someone holds the ID, so these are reveal-class lookups: {@code trainee:pii:reveal}, a limit per
 * account, and an audit record (who, on what, how many asked and found, when; never the ID).
 */
@Service
public class TraineeLookupService {

    /** 30 lookups an hour per account, over the roster search and the dispatch and referral forms together. */
    public static final PersonalDataLookups.Kind RESIDENT_ID_LOOKUP = new PersonalDataLookups.Kind("trainee.lookup", "trainee:pii:reveal",
            new RateLimit("resident-id-lookup", 30, Duration.ofHours(1)));

    private final TraineeRepository trainees;
    private final CourseService courses;
    private final PersonalDataCipher cipher;
    private final PersonalDataLookups lookups;

    TraineeLookupService(TraineeRepository trainees, CourseService courses, PersonalDataCipher cipher, PersonalDataLookups lookups) {
        this.trainees = trainees;
        this.courses = courses;
        this.cipher = cipher;
        this.lookups = lookups;
    }

    /** The trainee of a course with this full resident ID, if any (a course lists a person once). */
    @PreAuthorize("hasAuthority('training:view')")
    @Transactional(readOnly = true)
    public List<Trainee> findInCourse(long courseId, String residentId, DataScope scope) {
        TrainingCourse course = courses.get(courseId, scope);
        lookups.admit(RESIDENT_ID_LOOKUP, TrainingCourse.SUBJECT_TYPE, course.getId());
        String index = index(residentId, "residentId", "");
        List<Trainee> found = trainees.findAll((root, q, cb) -> cb.and(cb.equal(root.get("courseId"), course.getId()),
                cb.equal(root.get("residentIdIndex"), index)), scope, Sort.by("id"));
        lookups.answered(RESIDENT_ID_LOOKUP, TrainingCourse.SUBJECT_TYPE, course.getId(), 1, found.size());
        return found;
    }

    /**
     * The trainees the caller sees with these resident IDs, one per line (one per person: the latest course's). Refuses
     * the whole list when a line is not a valid ID or nobody in scope holds one of them.
     */
    @PreAuthorize("hasAuthority('training:view') or hasAuthority('employment:view')")
    @Transactional(readOnly = true)
    public List<Trainee> resolve(List<String> residentIds, String field, DataScope scope) {
        lookups.admit(RESIDENT_ID_LOOKUP, Trainee.SUBJECT_TYPE, null);
        Set<String> indexes = new LinkedHashSet<>();
        for (String line : residentIds) {
            if (!line.isBlank()) {
                indexes.add(index(line, field, "trainee.lookup.invalid"));
            }
        }
        if (indexes.isEmpty()) {
            throw new RuleViolation(field, "trainee.lookup.none");
        }
        Map<String, Trainee> latest = new HashMap<>();
        for (Trainee t : trainees.findAll((root, q, cb) -> root.get("residentIdIndex").in(indexes), scope, Sort.by(Sort.Order.desc("id")))) {
            latest.putIfAbsent(t.getResidentIdIndex(), t);
        }
        lookups.answered(RESIDENT_ID_LOOKUP, Trainee.SUBJECT_TYPE, null, indexes.size(), latest.size());
        if (latest.size() < indexes.size()) {
            throw new RuleViolation(field, "trainee.lookup.unknown");
        }
        List<Trainee> found = new ArrayList<>();
        for (String index : indexes) {
            found.add(latest.get(index));
        }
        return found;
    }

    /** The keyed hash of a typed ID; an invalid one is refused with {@code reason} (or the ID's own, when blank). */
    private String index(String typed, String field, String reason) {
        try {
            return cipher.blindIndex(ResidentId.of(typed).value());
        } catch (InvalidCodeException e) {
            throw new RuleViolation(field, reason.isEmpty() ? e.messageKey() : reason);
        }
    }
}
