package cn.jilin.laborbrand.platform.apiclient;

import java.util.Set;

/** What a valid token grants on this request: the client, its region (a code prefix or the province) and datasets. */
public record ApiClientGrant(long clientId, String name, String tokenPrefix, String regionCode, Set<ApiDataset> datasets,
                             int ratePerMinute) {
}
