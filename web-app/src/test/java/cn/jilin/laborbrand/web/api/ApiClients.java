package cn.jilin.laborbrand.web.api;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.apiclient.ApiClientService;
import cn.jilin.laborbrand.platform.apiclient.ApiDataset;
import cn.jilin.laborbrand.platform.apiclient.IssuedToken;
import cn.jilin.laborbrand.platform.apiclient.NewApiClient;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** API clients for tests, registered through the service as the security administrator would. */
@Component
public class ApiClients {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ApiClientService clients;

    ApiClients(ApiClientService clients) {
        this.clients = clients;
    }

    public IssuedToken register(String region, int ratePerMinute, ApiDataset... datasets) {
        String name = "测试客户端" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
        return SystemActor.call(() -> clients.register(new NewApiClient(name, "测试单位", "张三 0431-0000000", region, Set.of(datasets),
                ratePerMinute, LocalDate.now().plusYears(1))), "api:client:manage");
    }

    public IssuedToken rotate(long id, long version) {
        return SystemActor.call(() -> clients.rotate(id, version), "api:client:manage");
    }

    public void disable(long id, long version) {
        SystemActor.run(() -> clients.disable(id, version), "api:client:manage");
    }
}
