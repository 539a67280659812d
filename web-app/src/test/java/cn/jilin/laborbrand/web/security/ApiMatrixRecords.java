package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.apiclient.ApiDataset;
import cn.jilin.laborbrand.web.api.ApiClients;
import java.util.Map;
import org.springframework.stereotype.Component;

/** An API client of 辽源 for the authorisation matrix (the routes /admin/api-clients/{id}/... act on one). */
@Component
class ApiMatrixRecords {

    private final ApiClients clients;

    ApiMatrixRecords(ApiClients clients) {
        this.clients = clients;
    }

    Map<String, String> client() {
        return Map.of("id", String.valueOf(clients.register("220400", 60, ApiDataset.CERTIFICATES).clientId()));
    }
}
