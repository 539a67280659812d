package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Evidence the subsidy module's own tests set up (the training module's evidence is exercised by the portal's tests,
 * on real courses and certificates): a test puts evidence in, the claim services find it within the caller's scope.
 */
@Component
@Primary
public class FixedEvidence implements EvidenceSource {

    private final Map<Long, Evidence> evidence = new ConcurrentHashMap<>();

    public void put(Evidence e) {
        evidence.put(e.id(), e);
    }

    @Override
    public Evidence find(SubsidyPolicy policy, long evidenceId, DataScope scope) {
        Evidence e = evidence.get(evidenceId);
        if (e == null || !(scope.coversRegion(e.regionCode())
                || scope.kind() == DataScope.Kind.ORGANISATION && e.organisationId() != null && e.organisationId().equals(scope.organisationId()))) {
            throw new NotFoundException("evidence", evidenceId);
        }
        return e;
    }

    @Override
    public List<EvidenceOption> options(SubsidyPolicy policy, String text, DataScope scope) {
        return evidence.values().stream().filter(e -> scope.coversRegion(e.regionCode()) && e.payeeName().contains(text == null ? "" : text))
                .map(e -> new EvidenceOption(e.id(), e.payeeName(), e.regionCode())).toList();
    }
}
