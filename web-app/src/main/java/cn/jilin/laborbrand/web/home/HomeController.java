package cn.jilin.laborbrand.web.home;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: who I am, my organisation and data scope, and the entry points of my role. */
@Controller
class HomeController {

    private final RegionService regions;

    HomeController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("user", user);
        if (user.scope().regionCode() != null) {
            model.addAttribute("scopeRegion", regions.name(user.scope().regionCode()));
        }
        return "home";
    }
}
