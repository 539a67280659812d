package cn.jilin.laborbrand.training.trainee;

import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who trainees are, for records that must name the same person elsewhere (a subsidy claim): name, resident ID as stored
 * (encrypted) and its keyed hash. The ID never leaves in clear; the caller's scope decides which trainees answer.
 */
@Service
public class TraineeIdentities {

    /** A trainee's identity as another module keeps it: the encrypted ID and the hash that finds the same person. */
    public record Identity(long traineeId, long courseId, String name, String residentIdCipher, String residentIdIndex) {
    }

    private final TraineeRepository trainees;

    TraineeIdentities(TraineeRepository trainees) {
        this.trainees = trainees;
    }

    /** The identities of these trainees that the caller sees, by trainee id. */
    @PreAuthorize("hasAuthority('subsidy:claim') or hasAuthority('subsidy:view')")
    @Transactional(readOnly = true)
    public Map<Long, Identity> of(Collection<Long> traineeIds, DataScope scope) {
        if (traineeIds.isEmpty()) {
            return Map.of();
        }
        return trainees.findAll((root, query, cb) -> root.get("id").in(traineeIds), scope, Sort.unsorted()).stream()
                .map(t -> new Identity(t.getId(), t.getCourseId(), t.getName(), t.getResidentIdCipher(), t.getResidentIdIndex()))
                .collect(Collectors.toMap(Identity::traineeId, Function.identity()));
    }

    /** The identities of a course's trainees that the caller sees, in roster order. */
    @PreAuthorize("hasAuthority('subsidy:claim') or hasAuthority('subsidy:view')")
    @Transactional(readOnly = true)
    public List<Identity> ofCourse(long courseId, DataScope scope) {
        return trainees.findAll((root, query, cb) -> cb.equal(root.get("courseId"), courseId), scope, Sort.by("id")).stream()
                .map(t -> new Identity(t.getId(), t.getCourseId(), t.getName(), t.getResidentIdCipher(), t.getResidentIdIndex()))
                .toList();
    }
}
