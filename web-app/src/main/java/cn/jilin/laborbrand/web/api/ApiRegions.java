package cn.jilin.laborbrand.web.api;

import cn.jilin.laborbrand.platform.apiclient.ApiClientGrant;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The region a client asks about, checked against its grant: none named means the client's own region; a code the
 * platform does not know is a 400; a region outside the grant (another prefecture, or the province for a city's
 * client) is a 403. The answer is the data scope every module query takes.
 */
@Component
class ApiRegions {

    static final String PROVINCE = "220000";

    private final RegionService regions;

    ApiRegions(RegionService regions) {
        this.regions = regions;
    }

    /** The client of the current request (the URL rules let no other reach /api/v1/gov). */
    ApiClientGrant client() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiClientAuthentication client) {
            return client.grant();
        }
        throw new ApiRefusal(401, "api.error.token");
    }

    String resolve(ApiClientGrant grant, String requested) {
        String region = requested == null || requested.isBlank() ? grant.regionCode() : requested.strip();
        if (!region.matches("\\d{6}") || regions.find(region).isEmpty()) {
            throw new ApiRefusal(400, "api.error.region.unknown");
        }
        if (!PROVINCE.equals(grant.regionCode()) && !regions.coveredCodes(grant.regionCode()).contains(region)) {
            throw new ApiRefusal(403, "api.error.region");
        }
        return region;
    }

    DataScope scope(String region) {
        return PROVINCE.equals(region) ? DataScope.province() : DataScope.region(region, regions.coveredCodes(region));
    }
}
