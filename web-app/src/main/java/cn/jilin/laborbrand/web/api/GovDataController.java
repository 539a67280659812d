package cn.jilin.laborbrand.web.api;

import cn.jilin.laborbrand.platform.apiclient.ApiClientGrant;
import cn.jilin.laborbrand.platform.apiclient.ApiClientService;
import cn.jilin.laborbrand.platform.apiclient.ApiDataset;
import cn.jilin.laborbrand.registry.application.ApplicationStatistics;
import cn.jilin.laborbrand.subsidy.claim.SubsidyPaymentStatistics;
import cn.jilin.laborbrand.training.certificate.CertificateStatistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The non-public datasets for registered government systems: aggregates only, read within the client's region, each
 * answered call audited with its dataset, region and row count. The dataset's authority comes with the token.
 */
@RestController
@RequestMapping(path = "/api/v1/gov", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "gov", description = "非公开统计数据（需客户端令牌）/ non-public aggregates (client token)")
@SecurityRequirement(name = OpenApiConfig.CLIENT_TOKEN)
class GovDataController {

    private final ApiRegions regions;
    private final ApiClientService clients;
    private final CertificateStatistics certificates;
    private final SubsidyPaymentStatistics payments;
    private final ApplicationStatistics applications;
    private final Clock clock;

    GovDataController(ApiRegions regions, ApiClientService clients, CertificateStatistics certificates, SubsidyPaymentStatistics payments,
                      ApplicationStatistics applications, Clock clock) {
        this.regions = regions;
        this.clients = clients;
        this.certificates = certificates;
        this.payments = payments;
        this.applications = applications;
        this.clock = clock;
    }

    @GetMapping("/certificates/aggregates")
    @PreAuthorize("hasAuthority('api:dataset:CERTIFICATES')")
    @Operation(summary = "证书发放统计 / Certificates issued",
            description = "按地区、职业、证书类别、月份统计的证书发放数 / certificates issued by region, occupation, kind and month")
    GovDataset<CertificateStatistics.IssuedCount> certificates(
            @Parameter(description = "行政区划代码，默认为客户端的地区 / region code, the client's by default") @RequestParam(required = false) String region,
            @Parameter(description = "年份，默认为今年 / year, this year by default") @RequestParam(required = false) Integer year) {
        ApiClientGrant client = regions.client();
        String code = regions.resolve(client, region);
        int y = year(year);
        List<CertificateStatistics.IssuedCount> rows = certificates.issued(regions.scope(code), y);
        clients.recordCall(client, ApiDataset.CERTIFICATES, code, rows.size());
        return new GovDataset<>(ApiDataset.CERTIFICATES.name(), code, y, rows);
    }

    @GetMapping("/subsidies/payments")
    @PreAuthorize("hasAuthority('api:dataset:SUBSIDY_PAYMENTS')")
    @Operation(summary = "补贴发放统计 / Subsidies paid",
            description = "按地区、政策、月份统计的已发放补贴笔数和金额（元）/ claims paid and yuan by region, policy and month")
    GovDataset<SubsidyPaymentStatistics.PaidTotal> payments(
            @Parameter(description = "行政区划代码，默认为客户端的地区 / region code, the client's by default") @RequestParam(required = false) String region,
            @Parameter(description = "年份，默认为今年 / year, this year by default") @RequestParam(required = false) Integer year) {
        ApiClientGrant client = regions.client();
        String code = regions.resolve(client, region);
        int y = year(year);
        List<SubsidyPaymentStatistics.PaidTotal> rows = payments.paid(regions.scope(code), y);
        clients.recordCall(client, ApiDataset.SUBSIDY_PAYMENTS, code, rows.size());
        return new GovDataset<>(ApiDataset.SUBSIDY_PAYMENTS.name(), code, y, rows);
    }

    @GetMapping("/brands/applications")
    @PreAuthorize("hasAuthority('api:dataset:BRAND_APPLICATIONS')")
    @Operation(summary = "品牌申报统计 / Brand applications",
            description = "按地区、申报级别、状态统计的劳务品牌申报数（不含草稿）/ applications by region, level and state (drafts left out)")
    GovDataset<ApplicationStatistics.StateCount> applications(
            @Parameter(description = "行政区划代码，默认为客户端的地区 / region code, the client's by default") @RequestParam(required = false) String region) {
        ApiClientGrant client = regions.client();
        String code = regions.resolve(client, region);
        List<ApplicationStatistics.StateCount> rows = applications.byState(regions.scope(code));
        clients.recordCall(client, ApiDataset.BRAND_APPLICATIONS, code, rows.size());
        return new GovDataset<>(ApiDataset.BRAND_APPLICATIONS.name(), code, null, rows);
    }

    private int year(Integer year) {
        if (year == null) {
            return LocalDate.now(clock).getYear();
        }
        if (year < 2000 || year > 2100) {
            throw new ApiRefusal(400, "api.error.year");
        }
        return year;
    }
}
