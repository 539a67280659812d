package cn.jilin.laborbrand.registry.enterprise;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface LeadingEnterpriseRepository extends ScopedRepository<LeadingEnterprise, Long> {

    boolean existsByBrandIdAndOrganisationId(long brandId, long organisationId);
}
