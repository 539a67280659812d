package cn.jilin.laborbrand.web.finance;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.registry.brand.BrandFilter;
import cn.jilin.laborbrand.registry.brand.BrandService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.ui.Model;

/** The first step of recording from the list rather than from a brand's page: choosing a brand of the caller's scope. */
final class BrandChoice {

    private static final int CHOICES = 300;

    private BrandChoice() {
    }

    static String page(BrandService brands, SignedInAccount user, String next, String titleKey, Model model) {
        model.addAttribute("next", next);
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("brandChoices", brands.search(new BrandFilter(null, null, null, null, null), user.scope(),
                PageRequest.of(0, CHOICES, Sort.by("name", "id"))).getContent());
        return "finance/choose-brand";
    }
}
