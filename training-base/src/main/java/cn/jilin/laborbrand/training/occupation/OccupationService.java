package cn.jilin.laborbrand.training.occupation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The national occupational classification as far as the platform needs it: public reference data. */
@Service
public class OccupationService {

    private final OccupationRepository occupations;

    OccupationService(OccupationRepository occupations) {
        this.occupations = occupations;
    }

    @Transactional(readOnly = true)
    public List<Occupation> all() {
        return occupations.findAllByOrderBySortOrderAsc();
    }

    @Transactional(readOnly = true)
    public Optional<Occupation> find(String code) {
        return code == null ? Optional.empty() : occupations.findById(code.strip());
    }

    /** Code → occupation, for lists and imports. */
    @Transactional(readOnly = true)
    public Map<String, Occupation> byCode() {
        return all().stream().collect(Collectors.toMap(Occupation::getCode, Function.identity()));
    }

    /** {@code 6-22-01-01 汽车装调工}, or the bare code when unknown. */
    @Transactional(readOnly = true)
    public String label(String code) {
        return find(code).map(Occupation::getLabel).orElse(code);
    }
}
