package cn.jilin.laborbrand.promotion.event;

import java.util.Collection;

/** Filters of the event list: text in the title, place or organiser; regions; a brand taking part; kind; year of the start; public or internal. */
public record EventFilter(String text, Collection<String> regionCodes, Long brandId, EventKind kind, Integer year, Boolean publicEvent) {

    public static EventFilter none() {
        return new EventFilter(null, null, null, null, null, null);
    }
}
