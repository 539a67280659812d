package cn.jilin.laborbrand.web.application;

import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.Dates;
import cn.jilin.laborbrand.platform.PlatformTime;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.pdf.PdfDocuments;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.registry.application.ApplicationFilter;
import cn.jilin.laborbrand.registry.application.ApplicationQueries;
import cn.jilin.laborbrand.registry.application.ApplicationState;
import cn.jilin.laborbrand.registry.application.BrandApplication;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandName;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 公示与认定: applications on public notice, national ones recommended to the ministry, and designated ones, with the
 * notice list and the province's designation notices as PDF.
 */
@Controller
@RequestMapping("/brand-applications")
class NoticeController {

    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String ISSUER = "吉林省人力资源和社会保障厅";
    private static final Sort NOTICE_ORDER = Sort.by(Sort.Order.asc("noticeEnd"), Sort.Order.asc("id"));

    private final ApplicationQueries applications;
    private final Dates dates;
    private final RegionService regions;
    private final PdfDocuments pdf;
    private final Messages messages;

    NoticeController(ApplicationQueries applications, RegionService regions, PdfDocuments pdf, Messages messages, Dates dates) {
        this.dates = dates;
        this.applications = applications;
        this.regions = regions;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/notices")
    @PreAuthorize("hasAuthority('brand:application:view')")
    String notices(@AuthenticationPrincipal SignedInAccount user, Model model) {
        List<BrandApplication> onNotice = applications.search(new ApplicationFilter(List.of(ApplicationState.PUBLIC_NOTICE), null, null),
                user.scope(), PageRequest.of(0, 200, NOTICE_ORDER)).getContent();
        List<BrandApplication> designated = applications.search(new ApplicationFilter(List.of(ApplicationState.DESIGNATED), null, null),
                user.scope(), PageRequest.of(0, 100, Sort.by(Sort.Order.desc("designatedAt")))).getContent();
        List<BrandApplication> atMinistry = applications.search(new ApplicationFilter(List.of(ApplicationState.MINISTRY_REVIEW), null, null),
                user.scope(), PageRequest.of(0, 100, Sort.by(Sort.Order.asc("ministryRecommendedAt"), Sort.Order.asc("id")))).getContent();
        List<Long> brandIds = new ArrayList<>();
        onNotice.forEach(a -> brandIds.add(a.getBrandId()));
        atMinistry.forEach(a -> brandIds.add(a.getBrandId()));
        designated.forEach(a -> brandIds.add(a.getBrandId()));
        model.addAttribute("onNotice", onNotice);
        model.addAttribute("atMinistry", atMinistry);
        model.addAttribute("designated", designated);
        model.addAttribute("brands", applications.brandNames(brandIds));
        return "application/notices";
    }

    /** 公示名单: the applications now on public notice within the user's scope. */
    @GetMapping("/notices.pdf")
    @PreAuthorize("hasAuthority('brand:application:view')")
    ResponseEntity<byte[]> noticeList(@AuthenticationPrincipal SignedInAccount user) {
        List<BrandApplication> list = onNotice(user);
        Map<Long, BrandName> brands = applications.brandNames(list.stream().map(BrandApplication::getBrandId).toList());
        LocalDate today = dates.today();
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (BrandApplication a : list) {
            // a national brand is the ministry's to designate: the province's notice is of its recommendation
            String level = a.getTargetLevel() == BrandLevel.NATIONAL ? level(a) + "（拟推荐至人社部）" : level(a);
            rows.add(List.of(String.valueOf(n++), brands.get(a.getBrandId()).name(), regions.find(a.getRegionCode()).map(r -> r.getFullName()).orElse(""),
                    level, a.getNoticeStart().format(CHINESE_DATE) + "至" + a.getNoticeEnd().format(CHINESE_DATE)));
        }
        byte[] document = pdf.write("劳务品牌认定公示名单", c -> c
                .title("吉林省劳务品牌认定公示名单")
                .subtitle("依据《吉林省劳务品牌建设实施方案》（吉人社联〔2022〕73号）")
                .paragraph("根据劳务品牌认定工作安排，经申报、推荐、专家评审，现将拟认定的劳务品牌名单（国家级为拟推荐至人力资源社会保障部的）予以公示。公示期内，"
                        + "如有异议，请以书面形式向认定机关反映，反映情况应实事求是，并提供必要的证明材料。")
                .table(List.of("序号", "品牌名称", "所在地区", "拟认定级别", "公示期"), rows, 0.6f, 2.2f, 2.2f, 1.4f, 3f)
                .note(rows.isEmpty() ? "目前没有处于公示期的申报。" : "共 " + rows.size() + " 个品牌。")
                .signature(ISSUER, today.format(CHINESE_DATE)));
        return pdfResponse("劳务品牌认定公示名单-" + today + ".pdf", document);
    }

    /**
     * 认定通知: the notice that designates one brand at its new level. The province issues none for a brand the ministry
     * designated: the ministry's document, recorded on the application, is the designation.
     */
    @GetMapping("/{id}/designation.pdf")
    @PreAuthorize("hasAuthority('brand:application:view')")
    ResponseEntity<byte[]> designationNotice(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id) {
        BrandApplication a = applications.get(id, user.scope());
        if (a.getState() != ApplicationState.DESIGNATED || a.isDecidedByMinistry()) {
            return ResponseEntity.notFound().build();
        }
        BrandName brand = applications.brandNames(List.of(a.getBrandId())).get(a.getBrandId());
        String region = regions.find(a.getRegionCode()).map(r -> r.getFullName()).orElse("");
        String date = a.getDesignatedAt().atZone(PlatformTime.ZONE).toLocalDate().format(CHINESE_DATE);
        byte[] document = pdf.write("劳务品牌认定通知", c -> c
                .title("关于认定“" + brand.name() + "”为" + level(a) + "劳务品牌的通知")
                .subtitle("申报编号 " + a.getId())
                .paragraph(region + "人力资源和社会保障部门：")
                .paragraph("你地申报的“" + brand.name() + "”劳务品牌，经推荐、专家评审和公示（公示期" + a.getNoticeStart().format(CHINESE_DATE)
                        + "至" + a.getNoticeEnd().format(CHINESE_DATE) + "），公示期内无异议，现认定为" + level(a) + "劳务品牌。")
                .paragraph("请按照《吉林省劳务品牌建设实施方案》要求，加强品牌培育和规范管理，扩大就业规模，提升品牌影响力，"
                        + "并按年度报送品牌发展情况。")
                .signature(ISSUER, date));
        return pdfResponse("劳务品牌认定通知-" + brand.name() + ".pdf", document);
    }

    private List<BrandApplication> onNotice(SignedInAccount user) {
        return applications.export(new ApplicationFilter(List.of(ApplicationState.PUBLIC_NOTICE), null, null), user.scope(), NOTICE_ORDER);
    }

    private String level(BrandApplication a) {
        return messages.text(java.util.Locale.SIMPLIFIED_CHINESE, "brand.level." + a.getTargetLevel());
    }

    private static ResponseEntity<byte[]> pdfResponse(String filename, byte[] document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(document);
    }
}
