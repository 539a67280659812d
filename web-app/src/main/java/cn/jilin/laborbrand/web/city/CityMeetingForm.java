package cn.jilin.laborbrand.web.city;

import cn.jilin.laborbrand.governance.city.CityMeeting;
import cn.jilin.laborbrand.governance.city.CityMeetingRecord;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A prefecture's work meeting as posted. */
record CityMeetingForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
        @NotBlank @Size(max = 100) String title,
        @NotBlank @Size(max = 50) String chair,
        @NotBlank @Size(max = 20000) String minutes,
        long version) {

    static CityMeetingForm empty(LocalDate today) {
        return new CityMeetingForm(today, "", "", "", 0);
    }

    static CityMeetingForm of(CityMeeting meeting) {
        CityMeetingRecord r = meeting.record();
        return new CityMeetingForm(r.heldOn(), r.title(), r.chair(), r.minutes(), meeting.getVersion());
    }

    CityMeetingRecord record() {
        return new CityMeetingRecord(heldOn, title, chair, minutes);
    }
}
