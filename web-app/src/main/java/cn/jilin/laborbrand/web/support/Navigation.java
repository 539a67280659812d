package cn.jilin.laborbrand.web.support;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The portal's menu, in one place: the sidebar and the home page's entry points both show the items whose permission
 * the user holds. A module adds its pages here.
 */
@Component
public class Navigation {

    /** More sidebars than role combinations × pages × languages means something is wrong: start again. */
    private static final int SIDEBARS_KEPT = 2_000;

    private final MessageSource messages;
    private final Map<SidebarKey, String> sidebars = new ConcurrentHashMap<>();

    public Navigation(MessageSource messages) {
        this.messages = messages;
    }

    /** A page: its label and description keys, path, Bootstrap icon and the permission it needs (null: anyone signed in). */
    public record Item(String key, String path, String icon, String permission) {
        public String labelKey() {
            return "nav." + key;
        }

        public String descriptionKey() {
            return "nav." + key + ".description";
        }
    }

    public record Section(String key, List<Item> items) {
        public String labelKey() {
            return "nav.section." + key;
        }
    }

    private static final List<Section> MENU = List.of(
            new Section("workbench", List.of(
                    new Item("home", "/", "house-door", null))),
            new Section("registry", List.of(
                    new Item("brands", "/brands", "award", "brand:view"),
                    new Item("surveys", "/surveys", "clipboard-data", "survey:view"),
                    new Item("applications", "/brand-applications", "file-earmark-check", "brand:application:view"),
                    new Item("reviews", "/brand-applications/reviews", "clipboard-check", "review:score"),
                    new Item("notices", "/brand-applications/notices", "megaphone", "brand:application:view"),
                    new Item("catalog", "/catalog", "journal-bookmark", "brand:view"),
                    new Item("catalogCities", "/catalog/cities", "map", "brand:view"),
                    new Item("enterprises", "/enterprises", "building-check", "brand:view"),
                    new Item("alliances", "/alliances", "diagram-3", "brand:view"),
                    new Item("parks", "/parks", "buildings", "park:view"),
                    new Item("standards", "/standards", "patch-check", "standard:view"),
                    new Item("brandFinance", "/brand-finance", "bank", "finance:view"),
                    new Item("livelihoodAreas", "/catalog/livelihood-areas", "geo-alt-fill", "region:attribute:view"))),
            new Section("training", List.of(
                    new Item("bases", "/bases", "building-gear", "base:view"),
                    new Item("baseCities", "/bases/cities", "map", "base:view"),
                    new Item("courses", "/training/courses", "mortarboard", "training:view"),
                    new Item("certificates", "/training/certificates", "patch-check", "training:view"),
                    new Item("studios", "/training/studios", "tools", "employment:view"),
                    new Item("dispatches", "/training/dispatches", "truck", "employment:view"),
                    new Item("referrals", "/training/referrals", "person-workspace", "employment:view"))),
            new Section("startup", List.of(
                    new Item("startups", "/startups", "rocket-takeoff", "startup:view"),
                    new Item("incubators", "/incubators", "house-gear", "startup:view"))),
            new Section("cooperation", List.of(
                    new Item("inputBases", "/cooperation/input-bases", "geo-alt", "cooperation:view"),
                    new Item("vacancies", "/cooperation/vacancies", "briefcase", "cooperation:view"),
                    new Item("outboundOffices", "/cooperation/offices", "signpost-2", "cooperation:view"))),
            new Section("subsidy", List.of(
                    new Item("subsidyClaims", "/subsidies/claims", "cash-coin", "subsidy:view"),
                    new Item("subsidyBatches", "/subsidies/batches", "bank", "subsidy:disburse"),
                    new Item("subsidyBudgets", "/subsidies/budgets", "piggy-bank", "subsidy:budget:view"),
                    new Item("subsidyPolicies", "/subsidies/policies", "journal-richtext", "subsidy:view"))),
            new Section("promotion", List.of(
                    new Item("campaigns", "/promotion/campaigns", "trophy", "campaign:view"),
                    new Item("nominations", "/promotion/nominations", "person-raised-hand", "campaign:view"),
                    new Item("nominationReviews", "/promotion/reviews", "clipboard2-check", "review:score"),
                    new Item("competitions", "/promotion/competitions", "award-fill", "campaign:view"),
                    new Item("figures", "/promotion/figures", "person-hearts", "promotion:view"),
                    new Item("events", "/promotion/events", "calendar-event", "promotion:view"),
                    new Item("coverage", "/promotion/coverage", "newspaper", "promotion:view"))),
            new Section("governance", List.of(
                    new Item("plan", "/plan", "diagram-2", "plan:view"),
                    new Item("targets", "/targets", "bullseye", "plan:view"),
                    new Item("tasks", "/tasks", "list-check", "task:view"),
                    new Item("partner", "/partner", "binoculars", "partner:view"),
                    new Item("meetings", "/plan/meetings", "people-fill", "plan:view"),
                    new Item("cities", "/plan/cities", "map", "city-plan:view"),
                    new Item("experts", "/experts", "person-badge", "expert:view"))),
            new Section("directory", List.of(
                    new Item("organisations", "/organisations", "buildings", "organisation:view"))),
            new Section("admin", List.of(
                    new Item("users", "/admin/users", "people", "system:account:view"),
                    new Item("roles", "/admin/roles", "shield-lock", "system:role:view"),
                    new Item("audit", "/admin/audit", "journal-text", "system:audit:view"),
                    new Item("adminRequests", "/admin/requests", "person-check", "system:admin-request:approve"),
                    new Item("apiClients", "/admin/api-clients", "plug", "api:client:manage"))),
            new Section("mine", List.of(
                    new Item("password", "/account/password", "key", null))));

    /** Every item of the menu, whoever may open it (for tests that must cover each page). */
    public List<Item> allItems() {
        return MENU.stream().flatMap(s -> s.items().stream()).toList();
    }

    /** The sections with at least one item the user may open, each with only those items. */
    public List<Section> visibleTo(Object principal) {
        if (!(principal instanceof SignedInAccount user)) {
            return List.of();
        }
        return MENU.stream()
                .map(s -> new Section(s.key(), s.items().stream().filter(i -> i.permission() == null || user.can(i.permission())).toList()))
                .filter(s -> !s.items().isEmpty())
                .toList();
    }

    /** The pages of the user's role: every visible item but the home page and the password page. */
    public List<Item> entryPoints(Object principal) {
        return visibleTo(principal).stream().flatMap(s -> s.items().stream())
                .filter(i -> !i.key().equals("home") && !i.key().equals("password"))
                .toList();
    }

    /**
     * The sidebar's sections as HTML, for the user on the current page: written once for each set of visible items,
     * current item, language and context path, then reused — every signed-in page shows it, and evaluating its forty
     * links, labels and states in the template was most of a small page's rendering.
     */
    public String sidebar(Object principal) {
        List<Section> sections = visibleTo(principal);
        HttpServletRequest request = currentRequest();
        SidebarKey key = new SidebarKey(sections, activePath(request), LocaleContextHolder.getLocale(), request.getContextPath());
        String html = sidebars.get(key);
        if (html == null) {
            if (sidebars.size() >= SIDEBARS_KEPT) {
                sidebars.clear();
            }
            html = write(key);
            sidebars.put(key, html);
        }
        return html;
    }

    private record SidebarKey(List<Section> sections, String active, Locale locale, String contextPath) {
    }

    private String write(SidebarKey key) {
        StringBuilder html = new StringBuilder(8_192);
        for (Section section : key.sections()) {
            html.append("<div class=\"nav-section\">\n<div class=\"nav-section-title\">").append(text(section.labelKey(), key.locale()))
                    .append("</div>\n<ul class=\"nav flex-column\">\n");
            for (Item item : section.items()) {
                boolean active = item.path().equals(key.active());
                html.append("<li class=\"nav-item\"><a class=\"nav-link").append(active ? " active" : "").append("\" href=\"")
                        .append(HtmlUtils.htmlEscape(key.contextPath() + item.path(), "UTF-8")).append('"')
                        .append(active ? " aria-current=\"page\"" : "").append("><i class=\"bi bi-").append(item.icon())
                        .append("\" aria-hidden=\"true\"></i><span>").append(text(item.labelKey(), key.locale())).append("</span></a></li>\n");
            }
            html.append("</ul>\n</div>\n");
        }
        return html.toString();
    }

    private String text(String code, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(code, null, locale), "UTF-8");
    }

    /**
     * The path of the current page's menu item: the page's own or the longest that leads to it (the home page only
     * matches itself); null when no item leads to it.
     */
    private static String activePath(HttpServletRequest request) {
        String current = request.getRequestURI().substring(request.getContextPath().length());
        return MENU.stream().flatMap(s -> s.items().stream()).map(Item::path)
                .filter(p -> p.equals("/") ? current.equals("/") : current.equals(p) || current.startsWith(p + "/"))
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
