package cn.jilin.laborbrand.registry.alliance;

import cn.jilin.laborbrand.platform.organisation.Organisation;
import cn.jilin.laborbrand.platform.scope.ScopedRepository;

/**
 * The directory's organisations as an alliance's candidates read them: through the platform's scoped reads, so the
 * caller's scope applies in the query as it does on the directory's own pages. Read only.
 */
interface AllianceEnterpriseRepository extends ScopedRepository<Organisation, Long> {
}
