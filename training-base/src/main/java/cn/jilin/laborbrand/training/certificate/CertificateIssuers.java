package cn.jilin.laborbrand.training.certificate;

import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may stand as a certificate's issuer (发证机构): an institution records certificates under its own organisation
 * only; a city or HRSS officer names an issuing body of the directory — an HRSS bureau (职业资格), or an institution or
 * enterprise (evaluation bodies of 职业技能等级 and 专项职业能力). The public verification vouches for that name.
 */
@Component
class CertificateIssuers {

    static final Set<OrganisationKind> KINDS = EnumSet.of(OrganisationKind.HRSS_BUREAU, OrganisationKind.INSTITUTION,
            OrganisationKind.ENTERPRISE);

    private final OrganisationService organisations;

    CertificateIssuers(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** The issuers the caller may name whose name contains {@code text}: its own organisation, or the directory's issuing bodies. */
    List<OrganisationChoice> options(String text, DataScope scope, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return switch (scope.kind()) {
            case ORGANISATION -> own(scope).filter(o -> o.name().contains(text.strip())).stream().toList();
            case REGION, PROVINCE -> organisations.options(text, KINDS, limit);
            case EXPERT, NONE -> List.of();
        };
    }

    /** The one issuer an institution may name: itself. */
    Optional<OrganisationChoice> own(DataScope scope) {
        return scope.kind() == DataScope.Kind.ORGANISATION ? organisations.choice(scope.organisationId()) : Optional.empty();
    }

    /** Why the caller may not name this issuer, or null. */
    String reason(Long issuerId, DataScope scope) {
        if (issuerId == null) {
            return "certificate.error.issuerMissing";
        }
        return switch (scope.kind()) {
            case ORGANISATION -> issuerId.equals(scope.organisationId()) ? null : "certificate.error.issuerNotOwn";
            case REGION, PROVINCE -> organisations.choice(issuerId).filter(o -> KINDS.contains(o.kind())).isPresent()
                    ? null : "certificate.error.issuerUnknown";
            case EXPERT, NONE -> "certificate.error.issuerUnknown";
        };
    }

    /** Directory names (and aliases) to ids, for the issuer column of an import. */
    Map<String, Long> byName() {
        Map<String, Long> byName = new HashMap<>();
        for (OrganisationChoice o : organisations.choices()) {
            byName.put(o.name(), o.id());
        }
        return byName;
    }

    /** The directory entries of these issuers, in one query. */
    Map<Long, OrganisationChoice> all(java.util.Collection<Long> issuerIds) {
        return organisations.choices(issuerIds);
    }

    Optional<String> name(long issuerId) {
        return organisations.choice(issuerId).map(OrganisationChoice::name);
    }
}
