package cn.jilin.laborbrand.web.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Walks the portal as one account, the way its user would: from the menu's pages along the links on them, a bounded
 * number of pages and at most {@code perShape} pages of one shape ({@code /brands/7} and {@code /brands/9} are one
 * shape), collecting every {@code <form method="post">} with its action and fields (hidden ones too), and the links
 * that lead nowhere (answered 404, 403 or a server error: a link a page offers its user must open).
 */
public final class PortalCrawler {

    /** A field as the page would post it: name and the values a browser would send as the page stands. */
    record Field(String name, List<String> values) {
    }

    /** A form found on {@code page}, posting to {@code action}. */
    record Form(String page, String action, List<Field> fields, boolean upload) {

        /** The action with its numbers as placeholders: forms of one shape on different records. */
        String shape() {
            return PortalCrawler.shape(action) + " " + fields.stream().map(Field::name).sorted().toList();
        }
    }

    private final MockMvc mvc;
    private final RequestPostProcessor account;
    private final int maxPages;
    private final int perShape;
    private final Map<String, String> pages = new LinkedHashMap<>();
    private final List<Form> forms = new ArrayList<>();
    private final Map<String, String> foundOn = new HashMap<>();
    private final Map<String, String> deadLinks = new LinkedHashMap<>();

    PortalCrawler(MockMvc mvc, RequestPostProcessor account, int maxPages, int perShape) {
        this.mvc = mvc;
        this.account = account;
        this.maxPages = maxPages;
        this.perShape = perShape;
    }

    /** Visits {@code starts} and what their links lead to; returns this, with {@link #pages()} and {@link #forms()}. */
    PortalCrawler crawl(List<String> starts) throws Exception {
        Deque<String> queue = new ArrayDeque<>(starts);
        Map<String, Integer> shapes = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>(starts);
        while (!queue.isEmpty() && pages.size() < maxPages) {
            String path = queue.poll();
            MockHttpServletResponse response = mvc.perform(get(URI.create(path)).with(account)).andReturn().getResponse();
            String type = response.getContentType();
            int status = response.getStatus();
            if (foundOn.containsKey(path) && (status == 403 || status == 404 || status >= 500)) {
                deadLinks.put(path, status + " on " + foundOn.get(path));
            }
            if (status != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            String html = response.getContentAsString();
            pages.put(path, html);
            Document page = Jsoup.parse(html, "http://localhost" + path);
            collectForms(path, page);
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                if (followable(href) && seen.add(href) && shapes.merge(shape(href), 1, Integer::sum) <= perShape) {
                    queue.add(href);
                    foundOn.put(href, path);
                }
            }
        }
        return this;
    }

    Map<String, String> pages() {
        return pages;
    }

    List<Form> forms() {
        return forms;
    }

    /** The links followed that answered 403, 404 or a server error, each with its status and the page that offered it. */
    Map<String, String> deadLinks() {
        return deadLinks;
    }

    /** Links a walk over the portal follows: same-site pages, no sign-out, downloads, exports or other list pages. */
    public static boolean followable(String href) {
        return href.startsWith("/") && !href.startsWith("//") && !href.contains("?") && !href.contains("#")
                && !href.startsWith("/logout") && !href.contains("/export") && !href.contains("/files/")
                && !href.startsWith("/webjars/") && !href.startsWith("/css/") && !href.startsWith("/js/")
                && !href.startsWith("/img/") && !href.matches(".*\\.(pdf|ics|xlsx|csv|json)$");
    }

    /** The path with its numbers as placeholders: {@code /brands/7} and {@code /brands/9} are one shape. */
    public static String shape(String path) {
        return path.replaceAll("/\\d+(?=/|$|\\?)", "/{n}");
    }

    private void collectForms(String path, Document page) {
        for (Element form : page.select("form")) {
            if (!form.attr("method").equalsIgnoreCase("post")) {
                continue;
            }
            String action = form.attr("action").isEmpty() ? path : URI.create(form.absUrl("action")).getRawPath();
            boolean upload = form.attr("enctype").equalsIgnoreCase("multipart/form-data") || !form.select("input[type=file]").isEmpty();
            Map<String, List<String>> fields = new LinkedHashMap<>();
            for (Element input : form.select("input[name], select[name], textarea[name]")) {
                if (input.closest("template") != null) {
                    continue; // rows the page's script copies in; never posted as they stand
                }
                List<String> values = fields.computeIfAbsent(input.attr("name"), n -> new ArrayList<>());
                switch (input.tagName()) {
                    case "select" -> {
                        Element chosen = input.selectFirst("option[selected]");
                        Element option = chosen != null ? chosen : input.selectFirst("option");
                        if (option != null) {
                            values.add(option.hasAttr("value") ? option.attr("value") : option.text());
                        }
                    }
                    case "textarea" -> values.add(input.text());
                    default -> {
                        String type = input.attr("type").toLowerCase();
                        if ((!type.equals("checkbox") && !type.equals("radio") || input.hasAttr("checked"))
                                && !type.equals("submit") && !type.equals("button") && !type.equals("file")) {
                            values.add(input.attr("value"));
                        }
                    }
                }
            }
            List<Field> list = new ArrayList<>();
            fields.forEach((name, values) -> list.add(new Field(name, values)));
            forms.add(new Form(path, action, list, upload));
        }
    }
}
