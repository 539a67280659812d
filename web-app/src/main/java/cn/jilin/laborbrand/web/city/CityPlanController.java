package cn.jilin.laborbrand.web.city;

import cn.jilin.laborbrand.governance.city.CityMeeting;
import cn.jilin.laborbrand.governance.city.CityPlanService;
import cn.jilin.laborbrand.governance.city.CityPlanService.CityLine;
import cn.jilin.laborbrand.governance.city.CityPlanStatus;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.web.support.Forms;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /plan/cities: 三(一) in the prefecture-level units — the province's table of every unit's leading group, 推进落实方案
 * and meetings, and each unit's page with its record and meetings, editable by the unit's own officer and the province.
 */
@Controller
@RequestMapping("/plan/cities")
class CityPlanController {

    private final CityPlanService cities;
    private final Clock clock;

    CityPlanController(CityPlanService cities, Clock clock) {
        this.cities = cities;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('city-plan:view')")
    String overview(@AuthenticationPrincipal SignedInAccount user, Model model) {
        List<CityLine> lines = cities.overview(user.scope());
        List<CityLine> nine = lines.stream().filter(l -> l.region().isCity()).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("cities", nine);
        model.addAttribute("others", lines.stream().filter(l -> !l.region().isCity()).toList());
        model.addAttribute("adopted", nine.stream().filter(l -> l.status() == CityPlanStatus.PLAN).count());
        model.addAttribute("cityCount", nine.size());
        model.addAttribute("province", user.scope().isProvince());
        return "city/list";
    }

    @GetMapping("/{regionCode}")
    @PreAuthorize("hasAuthority('city-plan:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode, Model model) {
        CityLine line = cities.line(regionCode, user.scope());
        model.addAttribute("form", CityPlanForm.of(line.record()));
        model.addAttribute("meetingForm", CityMeetingForm.empty(LocalDate.now(clock)));
        return detailPage(user, line, model);
    }

    @PostMapping("/{regionCode}")
    @PreAuthorize("hasAuthority('city-plan:manage')")
    String save(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode, @Valid @ModelAttribute("form") CityPlanForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        CityLine line = cities.line(regionCode, user.scope());
        return Forms.submit(errors, () -> {
            cities.save(regionCode, form.version(), form.record(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "city.saved");
            return "redirect:/plan/cities/" + line.region().getCode();
        }, () -> {
            model.addAttribute("meetingForm", CityMeetingForm.empty(LocalDate.now(clock)));
            return detailPage(user, line, model);
        });
    }

    @PostMapping("/{regionCode}/meetings")
    @PreAuthorize("hasAuthority('city-plan:manage')")
    String recordMeeting(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode,
                         @Valid @ModelAttribute("meetingForm") CityMeetingForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        CityLine line = cities.line(regionCode, user.scope());
        return Forms.submit(errors, () -> {
            cities.recordMeeting(regionCode, form.record(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "city.meeting.recorded");
            return "redirect:/plan/cities/" + line.region().getCode();
        }, () -> {
            model.addAttribute("form", CityPlanForm.of(line.record()));
            return detailPage(user, line, model);
        });
    }

    @GetMapping("/{regionCode}/meetings/{meetingId}/edit")
    @PreAuthorize("hasAuthority('city-plan:manage')")
    String editMeeting(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode, @PathVariable long meetingId, Model model) {
        CityMeeting meeting = cities.meeting(regionCode, meetingId, user.scope());
        model.addAttribute("meetingForm", CityMeetingForm.of(meeting));
        return meetingPage(user, regionCode, meeting, model);
    }

    @PostMapping("/{regionCode}/meetings/{meetingId}")
    @PreAuthorize("hasAuthority('city-plan:manage')")
    String correctMeeting(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode, @PathVariable long meetingId,
                          @Valid @ModelAttribute("meetingForm") CityMeetingForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        CityMeeting meeting = cities.meeting(regionCode, meetingId, user.scope());
        return Forms.submit(errors, () -> {
            cities.correctMeeting(regionCode, meetingId, form.version(), form.record(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "city.meeting.saved");
            return "redirect:/plan/cities/" + meeting.getRegionCode();
        }, () -> meetingPage(user, regionCode, meeting, model));
    }

    private String detailPage(SignedInAccount user, CityLine line, Model model) {
        model.addAttribute("line", line);
        model.addAttribute("meetings", cities.meetings(line.region().getCode(), user.scope()));
        return "city/detail";
    }

    private String meetingPage(SignedInAccount user, String regionCode, CityMeeting meeting, Model model) {
        model.addAttribute("line", cities.line(regionCode, user.scope()));
        model.addAttribute("meeting", meeting);
        return "city/meeting";
    }
}
