package cn.jilin.laborbrand.web.promotion.event;

import cn.jilin.laborbrand.promotion.event.EventDetails;
import cn.jilin.laborbrand.promotion.event.EventKind;
import cn.jilin.laborbrand.promotion.event.PromotionEvent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** The event form, bound as a record. */
record EventForm(@NotNull EventKind kind, @NotBlank @Size(max = 100) String title, @NotNull LocalDate startsOn, LocalDate endsOn,
                 @NotBlank @Size(max = 200) String place, @NotBlank @Size(max = 100) String organiser, @Size(max = 6) String regionCode,
                 boolean publicEvent, @Size(max = 4000) String description, @Size(max = 50) Set<Long> brandIds, long version) {

    static EventForm empty() {
        return new EventForm(null, "", null, null, "", "", "", true, "", Set.of(), 0);
    }

    static EventForm of(PromotionEvent e) {
        return new EventForm(e.getKind(), e.getTitle(), e.getStartsOn(), e.getEndsOn(), e.getPlace(), e.getOrganiser(), e.getRegionCode(),
                e.isPublicEvent(), e.getDescription(), e.getBrandIds(), e.getVersion());
    }

    EventDetails details() {
        return new EventDetails(kind, title, startsOn, endsOn, place, organiser, regionCode, publicEvent, description,
                brandIds == null ? Set.of() : new LinkedHashSet<>(brandIds));
    }
}
