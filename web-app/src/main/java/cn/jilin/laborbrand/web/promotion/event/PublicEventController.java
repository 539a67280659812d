package cn.jilin.laborbrand.web.promotion.event;

import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.promotion.event.EventCalendar;
import cn.jilin.laborbrand.promotion.event.EventKind;
import cn.jilin.laborbrand.promotion.event.PublicEvent;
import cn.jilin.laborbrand.promotion.event.PublicEvents;
import cn.jilin.laborbrand.web.support.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** /public/events, without signing in: public promotion events, upcoming and past, one event's page, and the .ics calendar feed. */
@Controller
class PublicEventController {

    private static final int PAGE_SIZE = 12;
    private static final int MAX_PAGE = 500;

    private final PublicEvents events;
    private final RegionService regions;
    private final Messages messages;
    private final Clock clock;

    PublicEventController(PublicEvents events, RegionService regions, Messages messages, Clock clock) {
        this.events = events;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/public/events")
    @PreAuthorize("permitAll()")
    String list(@RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int upcoming,
                @RequestParam(defaultValue = "0") int past, Model model) {
        String prefecture = prefecture(region);
        model.addAttribute("upcoming", events.list(true, null, prefecture, PageRequest.of(bounded(upcoming), PAGE_SIZE)));
        model.addAttribute("past", events.list(false, null, prefecture, PageRequest.of(bounded(past), PAGE_SIZE)));
        model.addAttribute("region", prefecture);
        model.addAttribute("prefectures", regions.prefectures());
        return "promotion/event/public-list";
    }

    @GetMapping("/public/events/{id}")
    @PreAuthorize("permitAll()")
    String one(@PathVariable long id, Model model) {
        PublicEvent event = events.one(id).orElseThrow(() -> new cn.jilin.laborbrand.platform.NotFoundException("event", id));
        model.addAttribute("event", event);
        model.addAttribute("past", event.endsOn().isBefore(java.time.LocalDate.now(clock)));
        return "promotion/event/public-detail";
    }

    /** RFC 5545 feed of public events (the last year's and those to come), for calendar applications to subscribe to. */
    @GetMapping("/public/events.ics")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> calendar(HttpServletRequest request, Locale locale) {
        Map<EventKind, String> kinds = Arrays.stream(EventKind.values())
                .collect(Collectors.toMap(k -> k, k -> messages.text(locale, "promotion.event.kind." + k)));
        String base = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
        Function<PublicEvent, String> link = e -> base + "/public/events/" + e.id();
        String ics = EventCalendar.write(events.calendar(), clock.instant(), messages.text(locale, "promotion.event.calendar.name"), kinds, link);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"events.ics\"")
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    private String prefecture(String region) {
        List<Region> prefectures = regions.prefectures();
        return prefectures.stream().map(Region::getCode).filter(c -> c.equals(region)).findFirst().orElse(null);
    }

    private static int bounded(int page) {
        return Math.max(0, Math.min(page, MAX_PAGE));
    }
}
