package cn.jilin.laborbrand.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.web.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages write their asset links as the templates give them (no per-link classpath lookup while rendering), and the
 * version-less webjar links still resolve when the browser asks for them.
 */
@PortalTest
class ResourceLinksTest {

    @Autowired
    MockMvc mvc;

    @Test
    void assetLinksAreWrittenAsGivenAndResolveWhenRequested() throws Exception {
        String html = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .contains("/webjars/bootstrap/css/bootstrap.min.css", "/webjars/bootstrap-icons/font/bootstrap-icons.min.css");

        for (String link : page.select("link[rel=stylesheet]").eachAttr("href")) {
            mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/css"));
        }
    }
}
