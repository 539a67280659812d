package cn.jilin.laborbrand.training.occupation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The national occupational classification as far as the platform needs it: public reference data, changed only by
 * migrations, so read once and kept (as the regions are).
 */
@Service
public class OccupationService {

    private final OccupationRepository occupations;
    private volatile Catalogue catalogue;

    OccupationService(OccupationRepository occupations) {
        this.occupations = occupations;
    }

    public List<Occupation> all() {
        return catalogue().all;
    }

    public Optional<Occupation> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(catalogue().byCode.get(code.strip()));
    }

    /** Code → occupation, for lists and imports. */
    public Map<String, Occupation> byCode() {
        return catalogue().byCode;
    }

    /** {@code 6-22-01-01 汽车装调工}, or the bare code when unknown. */
    public String label(String code) {
        return find(code).map(Occupation::getLabel).orElse(code);
    }

    private Catalogue catalogue() {
        Catalogue c = catalogue;
        if (c == null) {
            c = new Catalogue(occupations.findAllByOrderBySortOrderAsc());
            catalogue = c;
        }
        return c;
    }

    private static final class Catalogue {
        final List<Occupation> all;
        final Map<String, Occupation> byCode;

        Catalogue(List<Occupation> all) {
            this.all = List.copyOf(all);
            this.byCode = this.all.stream().collect(Collectors.toUnmodifiableMap(Occupation::getCode, Function.identity()));
        }
    }
}
