package cn.jilin.laborbrand.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.credit.CreditRating;
import cn.jilin.laborbrand.registry.survey.ReturnState;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The coloured badges of states and levels, written once per value and language: every value of every type has one in
 * both languages, labels are escaped, and the pages show them in the language of the request.
 */
@PortalTest
class BadgesTest {

    @Autowired
    Badges badges;
    @Autowired
    MessageSource messages;
    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyValueOfEveryTypeHasABadgeInBothLanguages() {
        for (Locale locale : new Locale[]{Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            LocaleContextHolder.setLocale(locale);
            for (Class<?> kind : Badges.kinds()) {
                for (Object value : kind.getEnumConstants()) {
                    Element badge = Jsoup.parseBodyFragment(badges.of((Enum<?>) value)).selectFirst("span");
                    assertThat(badge).as("%s.%s", kind.getSimpleName(), value).isNotNull();
                    assertThat(badge.classNames()).as("%s.%s", kind.getSimpleName(), value).contains("badge", "badge-soft")
                            .anySatisfy(name -> assertThat(name).startsWith("text-bg-"));
                    assertThat(badge.text()).as("%s.%s", kind.getSimpleName(), value).isNotBlank().doesNotContain("??");
                }
            }
        }
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        String chinese = badges.of(BrandLevel.NATIONAL);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(badges.of(BrandLevel.NATIONAL)).as("each language written apart").isNotEqualTo(chinese)
                .contains(">" + messages.getMessage("brand.level.NATIONAL", null, Locale.ENGLISH) + "<");
    }

    @Test
    void aRatingCarriesItsExplanationAndNoRatingSaysSo() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        Element a = Jsoup.parseBodyFragment(badges.rating(CreditRating.A)).selectFirst("span");
        assertThat(a.classNames()).contains("rating-badge", "text-bg-success");
        assertThat(a.text()).isEqualTo(messages.getMessage("credit.rating.A", null, Locale.SIMPLIFIED_CHINESE));
        assertThat(a.attr("title")).isEqualTo(messages.getMessage("credit.rating.A.help", null, Locale.SIMPLIFIED_CHINESE));

        Element none = Jsoup.parseBodyFragment(badges.rating(null)).selectFirst("span");
        assertThat(none.classNames()).contains("rating-badge", "text-bg-secondary");
        assertThat(none.text()).isEqualTo(messages.getMessage("credit.rating.none", null, Locale.SIMPLIFIED_CHINESE));

        Element notReturned = Jsoup.parseBodyFragment(badges.surveyReturn(null)).selectFirst("span");
        assertThat(notReturned.classNames()).contains("text-bg-danger");
        assertThat(notReturned.text()).isEqualTo(messages.getMessage("survey.return.none", null, Locale.SIMPLIFIED_CHINESE));
        assertThat(badges.surveyReturn(ReturnState.ACCEPTED)).isEqualTo(badges.of(ReturnState.ACCEPTED));
    }

    @Test
    void theBrandListShowsEachRowsLevelAndRatingInTheLanguageOfTheRequest() throws Exception {
        for (Locale locale : new Locale[]{Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            String html = mvc.perform(get("/brands?level=NATIONAL&lang=" + (locale == Locale.ENGLISH ? "en" : "zh_CN"))
                    .with(fixtures.as("hrss.director"))).andReturn().getResponse().getContentAsString();
            Elements rows = Jsoup.parse(html).select("table tbody tr");
            assertThat(rows).as("the demo has national brands").isNotEmpty();
            for (Element row : rows) {
                Element level = row.select("td").get(3).selectFirst("span.badge");
                assertThat(level.classNames()).contains("text-bg-danger");
                assertThat(level.text()).isEqualTo(messages.getMessage("brand.level.NATIONAL", null, locale));
                assertThat(row.select("td").get(4).select("span.badge.rating-badge")).hasSize(1);
            }
        }
    }
}
