package cn.jilin.laborbrand.web.publicsite;

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
@Component("publicFrame")
public class PublicFrame {

    /** A section of the showcase: its label key ({@code public.nav.<key>}) and path. */
    public record Item(String key, String path) {
        public String labelKey() {
            return "public.nav." + key;
        }
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

    /** The page's own address, absolute, without the language parameter. */
    public String canonical() {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang").build().toUriString();
    }

    private static String path() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
