package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Evidence the subsidy module's own tests set up (the training module's evidence is exercised by the portal's tests,
 * on real courses and certificates): a test puts evidence in, the claim services find it within the caller's scope.
 * Start-ups come from the real register (the module's own evidence source), so that their tests register real ones.
 */
@Component
@Primary
public class FixedEvidence implements EvidenceSource {

    private final Map<Long, Evidence> evidence = new ConcurrentHashMap<>();
    private final TrainingEvidence registers;

    FixedEvidence(TrainingEvidence registers) {
        this.registers = registers;
    }

    public void put(Evidence e) {
        evidence.put(e.id(), e);
    }

    @Override
    public Evidence find(SubsidyPolicy policy, long evidenceId, DataScope scope) {
        if (policy.getEvidence() == EvidenceKind.STARTUP) {
            return registers.find(policy, evidenceId, scope);
        }
        Evidence e = evidence.get(evidenceId);
        if (e == null || !(scope.coversRegion(e.regionCode())
                || scope.kind() == DataScope.Kind.ORGANISATION && e.organisationId() != null && e.organisationId().equals(scope.organisationId()))) {
            throw new NotFoundException("evidence", evidenceId);
        }
        return e;
    }

    @Override
    public List<EvidenceOption> options(SubsidyPolicy policy, String text, DataScope scope) {
        if (policy.getEvidence() == EvidenceKind.STARTUP) {
            return registers.options(policy, text, scope);
        }
        return evidence.values().stream().filter(e -> scope.coversRegion(e.regionCode()) && e.payeeName().contains(text == null ? "" : text))
                .map(e -> new EvidenceOption(e.id(), e.payeeName(), e.regionCode())).toList();
    }
}
