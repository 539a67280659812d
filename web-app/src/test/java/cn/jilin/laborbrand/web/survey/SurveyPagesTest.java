package cn.jilin.laborbrand.web.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.registry.survey.SurveyRollUp;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.RegistryFixtures;
import cn.jilin.laborbrand.web.survey.SurveyRounds.OwnRound;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The survey's pages on rounds of the tests' own (see {@link SurveyRounds#ownRound()}): every state of a return, the
 * roll-up (checked against the figures the bureaus entered), the not-filed list, scope by region (by URL, in lists, in
 * exports), validation of the return's form, the exports.
 */
@PortalTest
class SurveyPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures registry;

    SurveyRounds rounds;

    @BeforeEach
    void setUp() {
        rounds = new SurveyRounds(mvc, fixtures, jdbc);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static List<List<String>> sheet(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null || cell.getCellType() == CellType.BLANK ? ""
                            : cell.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                            : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private byte[] download(String path, String user) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void aRoundShowsEveryStateOfAReturnAndTheUnitsThatHaveNotFiled() throws Exception {
        OwnRound own = rounds.ownRound();
        String page = mvc.perform(get("/surveys/" + own.id()).with(fixtures.as("hrss.director")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(own.title(), "草稿", "待审核", "已退回", "未填报", "未上报", "长白山管委会", "梅河口市", "白城市", "关闭调查")
                .contains("/surveys/returns/" + own.changchun(), "/surveys/returns/" + own.liaoyuan(), "/surveys/returns/" + own.yanbian());
        mvc.perform(get("/surveys/returns/" + own.yanbian()).with(fixtures.as("yanbian.officer")))
                .andExpect(content().string(containsString("省人社厅已退回修改")))
                .andExpect(content().string(containsString("与就业台账相差较大")));
        mvc.perform(get("/surveys").param("sort", "year,desc").with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(own.title())))
                .andExpect(content().string(containsString("1 / 11")));
    }

    @Test
    void theNotFiledListHoldsEveryUnitWithoutASubmittedOrAcceptedReturn() throws Exception {
        OwnRound own = rounds.ownRound();
        SurveyRollUp rollUp = rollUp(own, "hrss.director");
        // 辽源's draft and 延边's returned return are not filed; only 长春 is
        assertThat(rollUp.regions()).hasSize(11);
        assertThat(rollUp.notFiled()).hasSize(10).extracting(SurveyRollUp.RegionLine::regionCode)
                .contains("220800", "22X001", "220581", "220400", "222400").doesNotContain("220100");
        assertThat(rollUp.notFiled()).extracting(SurveyRollUp.RegionLine::regionCode)
                .containsSubsequence("220200", "220400", "222400");
        String page = mvc.perform(get("/surveys/" + own.id() + "/rollup").with(fixtures.as("hrss.director")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("未上报：10 / 11 个市（州）", "data-chart-url=\"/surveys/" + own.id() + "/rollup/chart\"",
                "/dist/echarts.min.js\"", "/js/survey.js");
    }

    @Test
    void theRollUpAddsUpTheFiguresOfTheFiledReturnsOnly() throws Exception {
        OwnRound own = rounds.ownRound();
        int lines = own.changchunBrandLines();
        SurveyRollUp rollUp = rollUp(own, "hrss.reviewer");
        SurveyRollUp.Totals t = rollUp.totals();
        assertThat(t.prefectures()).isEqualTo(11);
        assertThat(t.filed()).isEqualTo(1);
        assertThat(t.accepted()).isZero();
        assertThat(t.brands()).isEqualTo(lines);
        assertThat(t.groups()).isEqualTo(1);
        assertThat(t.brandWorkforce()).isEqualTo((long) OwnRound.WORKFORCE * lines);
        // the groups of 辽源's draft (77) and 延边's returned return (88) count for nothing
        assertThat(t.groupWorkforce()).isEqualTo(66);
        assertThat(t.annualLaborIncome()).isEqualByComparingTo(BigDecimal.valueOf((long) OwnRound.INCOME * lines));
        assertThat(t.trained()).isEqualTo(lines);
        assertThat(t.certified()).isEqualTo(lines);

        assertThat(rollUp.byMaturity()).allSatisfy(m -> {
            assertThat(m.brands()).as(m.maturity().name()).isEqualTo(m.maturity().name().equals("ESTABLISHED") ? lines : 0);
            assertThat(m.groups()).as(m.maturity().name()).isEqualTo(m.maturity().name().equals("UNNAMED") ? 1 : 0);
        });
        assertThat(rollUp.byType().stream().mapToInt(SurveyRollUp.TypeLine::brands).sum()).isEqualTo(lines);
        for (SurveyRollUp.RegionLine line : rollUp.regions()) {
            boolean changchun = line.regionCode().equals("220100");
            assertThat(line.filed()).as(line.regionCode()).isEqualTo(changchun);
            assertThat(line.workforce()).as(line.regionCode()).isEqualTo(changchun ? (long) OwnRound.WORKFORCE * lines + 66 : 0);
        }
        assertThat(rollUp.regions()).filteredOn(l -> l.regionCode().equals("222400")).singleElement()
                .satisfies(l -> assertThat(l.state()).hasToString("RETURNED"));

        String chart = mvc.perform(get("/surveys/" + own.id() + "/rollup/chart").with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chart).contains("\"regions\":[\"长春市\",\"吉林市\"", "\"brands\":\"品牌\"", "成熟品牌", "有名无牌", "分散未成型");
    }

    @Test
    void aLiaoyuanOfficerGets404ForTheChangchunReturnAndNeverSeesItInListsOrExports() throws Exception {
        OwnRound own = rounds.ownRound();
        long changchun = own.changchun();
        long liaoyuan = own.liaoyuan();
        mvc.perform(get("/surveys/returns/" + changchun).with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/surveys/returns/" + changchun + "/edit").with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        mvc.perform(post("/surveys/returns/" + changchun + "/accept").with(csrf()).with(fixtures.as("liaoyuan.officer"))
                .param("version", String.valueOf(rounds.version(changchun)))).andExpect(status().isNotFound());
        mvc.perform(rounds.form(changchun, "liaoyuan.officer", List.of()).with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        assertThat(rounds.state(changchun)).isEqualTo("SUBMITTED");
        mvc.perform(get("/surveys/returns/" + liaoyuan).with(fixtures.as("liaoyuan.officer"))).andExpect(status().isOk());
        mvc.perform(get("/surveys/returns/" + changchun).with(fixtures.as("hrss.reviewer"))).andExpect(status().isOk());

        mvc.perform(get("/surveys/" + own.id()).with(fixtures.as("liaoyuan.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/surveys/returns/" + liaoyuan)))
                .andExpect(content().string(not(containsString("/surveys/returns/" + changchun))))
                .andExpect(content().string(not(containsString("长春市"))))
                .andExpect(content().string(not(containsString("长春测试群体"))));
        mvc.perform(get("/surveys/" + own.id()).param("state", "SUBMITTED").with(fixtures.as("liaoyuan.officer")))
                .andExpect(content().string(not(containsString("长春市"))));
        List<List<String>> rows = sheet(download("/surveys/" + own.id() + "/returns/export", "liaoyuan.officer"));
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.get(0)).isEqualTo("辽源市"));
        assertThat(rows.stream().map(r -> r.get(3)).toList()).contains("辽源测试群体").doesNotContain("长春测试群体", "延边测试群体");
        // asking for 长春's rows by filter gives nothing either
        assertThat(sheet(download("/surveys/" + own.id() + "/returns/export?region=220100", "liaoyuan.officer"))).hasSize(1);

        List<List<String>> rollUp = sheet(download("/surveys/" + own.id() + "/rollup/export", "liaoyuan.officer"));
        assertThat(rollUp.stream().map(r -> r.get(1)).toList()).contains("辽源市").doesNotContain("长春市", "吉林市");
        String chart = mvc.perform(get("/surveys/" + own.id() + "/rollup/chart").with(fixtures.as("liaoyuan.officer")))
                .andReturn().getResponse().getContentAsString();
        assertThat(chart).contains("辽源市").doesNotContain("长春市");
        mvc.perform(get("/surveys").param("sort", "year,desc").with(fixtures.as("liaoyuan.officer")))
                .andExpect(content().string(containsString("草稿")))
                .andExpect(content().string(not(containsString("1 / 11"))));
    }

    @Test
    void aNegativeFigureOrAGroupWithoutANameComesBackWithTheInputKeptAndNothingStored() throws Exception {
        long id = rounds.changchunReturnIn("DRAFT");
        long version = rounds.version(id);
        long firstBrandWorkforce = count("select workforce_size from survey_return_brand where return_id = ? and position = 0", id);
        mvc.perform(rounds.form(id, "changchun.officer", List.<String[]>of(
                                new String[]{"", "保留的工种", "300", "EMERGING", "保留的备注"},
                                new String[]{"长春快递员", "快递员", "-7", "UNNAMED", ""}),
                        "brands[0].workforceSize", "-5", "brands[1].annualLaborIncome", "abc")
                        .with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请更正以下问题")))
                .andExpect(content().string(containsString("请填写群体名称")))
                .andExpect(content().string(containsString("不能为负数")))
                .andExpect(content().string(containsString("请输入数字")))
                .andExpect(content().string(containsString("value=\"-5\"")))
                .andExpect(content().string(containsString("value=\"abc\"")))
                .andExpect(content().string(containsString("value=\"-7\"")))
                .andExpect(content().string(containsString("value=\"保留的工种\"")))
                .andExpect(content().string(containsString("value=\"保留的备注\"")))
                .andExpect(content().string(containsString("value=\"长春快递员\"")));
        assertThat(rounds.version(id)).isEqualTo(version);
        assertThat(count("select workforce_size from survey_return_brand where return_id = ? and position = 0", id)).isEqualTo(firstBrandWorkforce);
        assertThat(count("select count(*) from survey_return_group where return_id = ?", id)).isZero();

        // the same group twice: the service refuses, the page keeps both rows
        mvc.perform(rounds.form(id, "changchun.officer", List.<String[]>of(
                                new String[]{"长春快递员", "快递员", "100", "UNNAMED", ""},
                                new String[]{"长春快递员", "分拣员", "50", "EMERGING", ""}))
                        .with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("群体名称在报表中重复")))
                .andExpect(content().string(containsString("value=\"分拣员\"")));
        // a group cannot be an established brand: that is what brands are
        mvc.perform(rounds.form(id, "changchun.officer", List.<String[]>of(new String[]{"长春快递员", "快递员", "100", "ESTABLISHED", ""}))
                        .with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("群体的发展阶段只能是")));
        // a brand of another region smuggled into the form
        long liaoyuanBrand = registry.brand("220422");
        mvc.perform(rounds.form(id, "changchun.officer", List.of(), "brands[0].brandId", String.valueOf(liaoyuanBrand))
                        .with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不属于本地区的品牌")));
        assertThat(rounds.version(id)).isEqualTo(version);
        assertThat(count("select count(*) from survey_return_group where return_id = ?", id)).isZero();
        assertThat(count("select count(*) from survey_return_brand where return_id = ? and brand_id = ?", id, liaoyuanBrand)).isZero();
    }

    @Test
    void hrssOpensOneRoundAYearAndTheFormKeepsItsInput() throws Exception {
        long taken = rounds.open();
        int takenYear = jdbc.queryForObject("select year from brand_survey where id = ?", Integer.class, taken);
        long before = count("select count(*) from brand_survey");
        mvc.perform(post("/surveys").with(csrf()).with(fixtures.as("hrss.director")).param("title", "重复的年度").param("year", String.valueOf(takenYear)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该年度已发起过摸底调查")))
                .andExpect(content().string(containsString("value=\"重复的年度\"")));
        mvc.perform(post("/surveys").with(csrf()).with(fixtures.as("hrss.director")).param("title", "").param("year", "1999")
                        .param("deadline", "2020-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项为必填项")))
                .andExpect(content().string(containsString("value=\"1999\"")));
        int year = rounds.freeYear();
        mvc.perform(post("/surveys").with(csrf()).with(fixtures.as("hrss.director")).param("title", "过期").param("year", String.valueOf(year))
                        .param("deadline", "2020-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("截止日期不能早于今天")));
        mvc.perform(post("/surveys").with(csrf()).with(fixtures.as("changchun.officer")).param("title", "越权").param("year", String.valueOf(year)))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from brand_survey")).isEqualTo(before);
        mvc.perform(get("/surveys/new").with(fixtures.as("hrss.director")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("年度吉林省劳务品牌摸底调查")));
        long id = rounds.open();
        assertThat(count("select count(*) from audit_event where action = 'survey.open' and object_id = ?", String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void theExportsHoldWhatThePagesShowAndAreAudited() throws Exception {
        OwnRound own = rounds.ownRound();
        long exportsBefore = count("select count(*) from audit_event where action in ('survey.returns.export', 'survey.rollup.export', 'survey.export')");
        List<List<String>> all = sheet(download("/surveys/" + own.id() + "/returns/export", "hrss.director"));
        assertThat(all.get(0)).startsWith("市（州）", "报表状态", "类别", "名称");
        assertThat(all.stream().map(r -> r.get(0)).distinct().toList()).contains("长春市", "辽源市", "延边朝鲜族自治州")
                .doesNotContain("白城市", "梅河口市");
        assertThat(all.stream().filter(r -> r.get(3).equals("长春测试群体")).findFirst().orElseThrow())
                .containsSubsequence("长春市", "待审核", "未成品牌群体", "长春测试群体").contains("66", "有名无牌");
        assertThat(all.stream().filter(r -> r.get(0).equals("长春市") && !r.get(3).equals("长春测试群体")).toList())
                .hasSize(own.changchunBrandLines());

        List<List<String>> submitted = sheet(download("/surveys/" + own.id() + "/returns/export?state=SUBMITTED", "hrss.director"));
        assertThat(submitted.subList(1, submitted.size())).isNotEmpty().allSatisfy(r -> assertThat(r.get(1)).isEqualTo("待审核"));

        List<List<String>> rollUp = sheet(download("/surveys/" + own.id() + "/rollup/export", "hrss.director"));
        assertThat(rollUp.get(0)).startsWith("统计维度", "类别", "报表状态", "品牌数");
        assertThat(rollUp.stream().filter(r -> r.get(1).equals("白城市")).findFirst().orElseThrow().get(2)).contains("未上报");
        List<String> total = rollUp.get(rollUp.size() - 1);
        assertThat(total.get(0)).isEqualTo("合计");
        assertThat(total.get(1)).isEqualTo("已上报 1 / 11");
        assertThat(total.get(3)).isEqualTo(String.valueOf(own.changchunBrandLines()));
        assertThat(rollUp.stream().map(r -> r.get(1)).toList()).contains("成熟品牌", "有名无牌", "分散未成型", "技能型", "服务型");

        List<List<String>> roundsSheet = sheet(download("/surveys/export", "hrss.reviewer"));
        assertThat(roundsSheet.stream().map(r -> r.get(1)).toList()).contains(own.title());
        assertThat(count("select count(*) from audit_event where action in ('survey.returns.export', 'survey.rollup.export', 'survey.export')"))
                .isEqualTo(exportsBefore + 4);
    }

    @Test
    void everyoneWithTheSurveyPermissionFindsItAndNobodyElse() throws Exception {
        OwnRound own = rounds.ownRound();
        for (String user : List.of("hrss.director", "hrss.reviewer", "changchun.officer")) {
            mvc.perform(get("/").with(fixtures.as(user))).andExpect(content().string(containsString("href=\"/surveys\"")));
            mvc.perform(get("/surveys").with(fixtures.as(user))).andExpect(status().isOk());
        }
        for (String user : List.of("dept.finance", "expert.li", "inst.changchun", "sysadmin", "auditor")) {
            mvc.perform(get("/").with(fixtures.as(user))).andExpect(content().string(not(containsString("href=\"/surveys\""))));
            mvc.perform(get("/surveys").with(fixtures.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/surveys/" + own.id() + "/returns/export").with(fixtures.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/surveys/new").with(fixtures.as("hrss.reviewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/surveys/" + own.id()).with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("关闭调查"))));
        mvc.perform(get("/surveys/" + own.id()).with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("本地区报表")));
        mvc.perform(get("/surveys/999999").with(fixtures.as("hrss.director"))).andExpect(status().isNotFound());
        mvc.perform(get("/surveys/returns/999999").with(fixtures.as("hrss.director"))).andExpect(status().isNotFound());
    }

    @Test
    void thePagesSpeakEnglishToo() throws Exception {
        OwnRound own = rounds.ownRound();
        mvc.perform(get("/surveys/" + own.id() + "/rollup").param("lang", "en").with(fixtures.as("hrss.director")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Roll-up")))
                .andExpect(content().string(containsString("Not filed: 10 of 11 units")));
        mvc.perform(get("/surveys/returns/" + own.yanbian()).param("lang", "en").with(fixtures.as("hrss.director")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("HRSS returned this return for revision")));
    }

    private SurveyRollUp rollUp(OwnRound own, String user) throws Exception {
        return (SurveyRollUp) mvc.perform(get("/surveys/" + own.id() + "/rollup").with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("rollUp");
    }
}
