package cn.jilin.laborbrand.web.publicsite;

import cn.jilin.laborbrand.platform.region.RegionService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public frame's menu and addresses: the sections of the showcase in the order of the header, which one the current
 * page belongs to, and the canonical address of the page (without the language switch).
 */
@Component
public class PublicFrame {

    /** A section of the showcase: its label key ({@code public.nav.<key>}) and path. */
    public record Item(String key, String path) {
        public String labelKey() {
            return "public.nav." + key;
        }
    }

    private final RegionService regions;

    PublicFrame(RegionService regions) {
        this.regions = regions;
    }

    private static final List<Item> MENU = List.of(
            new Item("home", "/public"),
            new Item("brands", "/public/brands"),
            new Item("figures", "/public/figures"),
            new Item("events", "/public/events"),
            new Item("campaigns", "/public/campaigns"),
            new Item("verify", "/public/certificates/verify"),
            new Item("subsidies", "/public/subsidies"),
            new Item("data", "/public/data"));

    public List<Item> menu() {
        return MENU;
    }

    /** Whether {@code path} is the section of the current page (the home page only matches itself). */
    public boolean isActive(String path) {
        String current = path();
        return path.equals("/public") ? current.equals(path) : current.equals(path) || current.startsWith(path + "/");
    }

    /** A region as a visitor reads it: a county with its prefecture-level unit before it (辽源市 龙山区). */
    public String region(String code) {
        String prefecture = regions.prefectureOf(code).orElse(code);
        return prefecture.equals(code) ? regions.name(code) : regions.name(prefecture) + " " + regions.name(code);
    }

    /** The page's own address, absolute, without the language parameter. */
    public String canonical() {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang").build().toUriString();
    }

    private static String path() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
