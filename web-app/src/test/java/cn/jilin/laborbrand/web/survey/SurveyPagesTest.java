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
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * The survey's pages: the demo round with every state, the roll-up (checked against the returns in the database),
 * the not-filed list, scope by region (by URL, in lists, in exports), validation of the return's form, the exports.
 */
@PortalTest
class SurveyPagesTest {

    private static final String FILED = "('SUBMITTED', 'ACCEPTED')";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    SurveyRounds rounds;

    @BeforeEach
    void setUp() {
        rounds = new SurveyRounds(mvc, fixtures, jdbc);
    }

    private long demoRound() {
        return jdbc.queryForObject("select id from brand_survey where year = 2025", Long.class);
    }

    private long demoReturn(String region) {
        return jdbc.queryForObject("select id from survey_return where survey_id = ? and region_code = ?", Long.class, demoRound(), region);
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
    void theDemoRoundShowsEveryStateOfAReturnAndTheUnitsThatHaveNotFiled() throws Exception {
        String page = mvc.perform(get("/surveys/" + demoRound()).with(fixtures.as("hrss.director")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2025年度吉林省劳务品牌摸底调查", "草稿", "待审核", "已退回", "已采纳", "未填报", "未上报",
                "长白山管委会", "梅河口市", "白城市", "演示数据", "关闭调查");
        assertThat(count("select count(*) from survey_return where survey_id = ? and state = 'ACCEPTED'", demoRound())).isGreaterThanOrEqualTo(2);
        for (String state : List.of("SUBMITTED", "RETURNED", "DRAFT")) {
            assertThat(count("select count(*) from survey_return where survey_id = ? and state = ?", demoRound(), state)).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select return_reason from survey_return where id = ?", String.class, demoReturn("222400"))).isNotBlank();
        mvc.perform(get("/surveys/returns/" + demoReturn("222400")).with(fixtures.as("yanbian.officer")))
                .andExpect(content().string(containsString("省人社厅已退回修改")))
                .andExpect(content().string(containsString("就业台账相差较大")));
        mvc.perform(get("/surveys").param("sort", "year,asc").with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2025年度吉林省劳务品牌摸底调查")))
                .andExpect(content().string(containsString("6 / 11")));
    }

    @Test
    void theNotFiledListHoldsEveryUnitWithoutASubmittedOrAcceptedReturn() throws Exception {
        SurveyRollUp rollUp = (SurveyRollUp) mvc.perform(get("/surveys/" + demoRound() + "/rollup").with(fixtures.as("hrss.director")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("rollUp");
        List<String> expected = jdbc.queryForList("select code from region where level = 'PREFECTURE' and code not in "
                + "(select region_code from survey_return where survey_id = ? and state in " + FILED + ") order by sort_order", String.class, demoRound());
        assertThat(rollUp.notFiled()).extracting(SurveyRollUp.RegionLine::regionCode).containsExactlyElementsOf(expected)
                .contains("220800", "22X001", "220581", "220400", "222400").doesNotContain("220100", "220200");
        assertThat(rollUp.regions()).hasSize(11);
        String page = mvc.perform(get("/surveys/" + demoRound() + "/rollup").with(fixtures.as("hrss.director")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("未上报：5 / 11 个市（州）", "data-chart-url=\"/surveys/" + demoRound() + "/rollup/chart\"",
                "/dist/echarts.min.js\"", "/js/survey.js");
    }

    @Test
    void theRollUpIsComputedFromTheFiledReturns() throws Exception {
        long round = demoRound();
        SurveyRollUp rollUp = (SurveyRollUp) mvc.perform(get("/surveys/" + round + "/rollup").with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("rollUp");
        String brandLines = "from survey_return_brand l join survey_return r on r.id = l.return_id where r.survey_id = ? and r.state in " + FILED;
        String groups = "from survey_return_group g join survey_return r on r.id = g.return_id where r.survey_id = ? and r.state in " + FILED;

        SurveyRollUp.Totals t = rollUp.totals();
        assertThat(t.prefectures()).isEqualTo(11);
        assertThat(t.filed()).isEqualTo((int) count("select count(*) from survey_return where survey_id = ? and state in " + FILED, round)).isEqualTo(6);
        assertThat(t.accepted()).isEqualTo((int) count("select count(*) from survey_return where survey_id = ? and state = 'ACCEPTED'", round)).isEqualTo(5);
        assertThat(t.brands()).isEqualTo((int) count("select count(*) " + brandLines, round)).isPositive();
        assertThat(t.groups()).isEqualTo((int) count("select count(*) " + groups, round)).isPositive();
        assertThat(t.brandWorkforce()).isEqualTo(count("select coalesce(sum(l.workforce_size), 0) " + brandLines, round));
        assertThat(t.groupWorkforce()).isEqualTo(count("select coalesce(sum(g.workforce_size), 0) " + groups, round));
        assertThat(t.annualLaborIncome()).isEqualByComparingTo(
                jdbc.queryForObject("select coalesce(sum(l.annual_labor_income), 0) " + brandLines, BigDecimal.class, round));
        assertThat(t.trained()).isEqualTo(count("select coalesce(sum(l.trained_count), 0) " + brandLines, round));

        Map<String, Integer> brandsByMaturity = new LinkedHashMap<>();
        Map<String, Integer> groupsByMaturity = new LinkedHashMap<>();
        rollUp.byMaturity().forEach(m -> {
            brandsByMaturity.put(m.maturity().name(), m.brands());
            groupsByMaturity.put(m.maturity().name(), m.groups());
        });
        for (String maturity : List.of("ESTABLISHED", "UNNAMED", "EMERGING")) {
            assertThat(brandsByMaturity.get(maturity)).as(maturity)
                    .isEqualTo((int) count("select count(*) " + brandLines + " and l.maturity = ?", round, maturity));
            assertThat(groupsByMaturity.get(maturity)).as(maturity)
                    .isEqualTo((int) count("select count(*) " + groups + " and g.maturity = ?", round, maturity));
        }
        assertThat(groupsByMaturity.get("ESTABLISHED")).isZero();
        rollUp.byType().forEach(ty -> assertThat(ty.brands()).as(ty.type().name())
                .isEqualTo((int) count("select count(*) " + brandLines + " and l.brand_type = ?", round, ty.type().name())));
        assertThat(rollUp.byType().stream().mapToInt(SurveyRollUp.TypeLine::brands).sum()).isEqualTo(t.brands());

        Map<String, Long> workforceByRegion = jdbc.queryForList("select r.region_code, "
                        + "(select coalesce(sum(workforce_size), 0) from survey_return_brand where return_id = r.id) "
                        + "+ (select coalesce(sum(workforce_size), 0) from survey_return_group where return_id = r.id) as workforce "
                        + "from survey_return r where r.survey_id = ? and r.state in " + FILED, round).stream()
                .collect(Collectors.toMap(m -> (String) m.get("region_code"), m -> ((Number) m.get("workforce")).longValue()));
        for (SurveyRollUp.RegionLine line : rollUp.regions()) {
            assertThat(line.workforce()).as(line.regionCode()).isEqualTo(workforceByRegion.getOrDefault(line.regionCode(), 0L));
            assertThat(line.filed()).as(line.regionCode()).isEqualTo(workforceByRegion.containsKey(line.regionCode()));
        }
        // the draft of 辽源 and the returned return of 延边 hold rows, yet count for nothing
        assertThat(count("select count(*) from survey_return_group g join survey_return r on r.id = g.return_id "
                + "where r.survey_id = ? and r.region_code in ('220400', '222400')", round)).isPositive();

        String chart = mvc.perform(get("/surveys/" + round + "/rollup/chart").with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chart).contains("\"regions\":[\"长春市\",\"吉林市\"", "\"brands\":\"品牌\"", "成熟品牌", "有名无牌", "分散未成型");
    }

    @Test
    void aLiaoyuanOfficerGets404ForTheChangchunReturnAndNeverSeesItInListsOrExports() throws Exception {
        long changchun = demoReturn("220100");
        long liaoyuan = demoReturn("220400");
        mvc.perform(get("/surveys/returns/" + changchun).with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/surveys/returns/" + changchun + "/edit").with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        mvc.perform(post("/surveys/returns/" + changchun + "/submit").with(csrf()).with(fixtures.as("liaoyuan.officer"))
                .param("version", String.valueOf(rounds.version(changchun)))).andExpect(status().isNotFound());
        mvc.perform(rounds.form(changchun, "liaoyuan.officer", List.of()).with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/surveys/returns/" + liaoyuan).with(fixtures.as("liaoyuan.officer"))).andExpect(status().isOk());
        mvc.perform(get("/surveys/returns/" + changchun).with(fixtures.as("hrss.reviewer"))).andExpect(status().isOk());

        mvc.perform(get("/surveys/" + demoRound()).with(fixtures.as("liaoyuan.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/surveys/returns/" + liaoyuan)))
                .andExpect(content().string(not(containsString("/surveys/returns/" + changchun))))
                .andExpect(content().string(not(containsString("长春市"))))
                .andExpect(content().string(not(containsString("长春母婴护理员"))));
        mvc.perform(get("/surveys/" + demoRound()).param("state", "SUBMITTED").with(fixtures.as("liaoyuan.officer")))
                .andExpect(content().string(not(containsString("长春市"))));

        List<List<String>> rows = sheet(download("/surveys/" + demoRound() + "/returns/export", "liaoyuan.officer"));
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.get(0)).isEqualTo("辽源市"));
        assertThat(rows.stream().map(r -> r.get(3)).toList()).contains("辽源织袜工", "辽源袜业电商主播")
                .doesNotContain("吉林汽车精工", "长春母婴护理员");
        // asking for 长春's rows by filter gives nothing either
        assertThat(sheet(download("/surveys/" + demoRound() + "/returns/export?region=220100", "liaoyuan.officer"))).hasSize(1);

        List<List<String>> rollUp = sheet(download("/surveys/" + demoRound() + "/rollup/export", "liaoyuan.officer"));
        assertThat(rollUp.stream().map(r -> r.get(1)).toList()).contains("辽源市").doesNotContain("长春市", "吉林市");
        String chart = mvc.perform(get("/surveys/" + demoRound() + "/rollup/chart").with(fixtures.as("liaoyuan.officer")))
                .andReturn().getResponse().getContentAsString();
        assertThat(chart).contains("辽源市").doesNotContain("长春市");
        mvc.perform(get("/surveys").param("sort", "year,asc").with(fixtures.as("liaoyuan.officer")))
                .andExpect(content().string(containsString("草稿")))
                .andExpect(content().string(not(containsString("6 / 11"))));
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
        long liaoyuanBrand = jdbc.queryForObject("select id from labor_brand where name = '辽源织袜工'", Long.class);
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
        long before = count("select count(*) from brand_survey");
        mvc.perform(post("/surveys").with(csrf()).with(fixtures.as("hrss.director")).param("title", "重复的年度").param("year", "2025"))
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
        long round = demoRound();
        long exportsBefore = count("select count(*) from audit_event where action in ('survey.returns.export', 'survey.rollup.export', 'survey.export')");
        List<List<String>> all = sheet(download("/surveys/" + round + "/returns/export", "hrss.director"));
        assertThat(all.get(0)).startsWith("市（州）", "报表状态", "类别", "名称");
        assertThat(all).hasSize(1 + (int) (count("select count(*) from survey_return_brand l join survey_return r on r.id = l.return_id "
                + "where r.survey_id = ?", round) + count("select count(*) from survey_return_group g join survey_return r on r.id = g.return_id "
                + "where r.survey_id = ?", round)));
        assertThat(all.stream().map(r -> r.get(0)).distinct().toList()).contains("长春市", "辽源市", "延边朝鲜族自治州")
                .doesNotContain("白城市", "梅河口市");
        assertThat(all.stream().filter(r -> r.get(3).equals("查干湖冬捕渔工")).findFirst().orElseThrow())
                .containsSubsequence("松原市", "已采纳", "未成品牌群体", "查干湖冬捕渔工").contains("1200", "有名无牌", "演示数据");

        List<List<String>> accepted = sheet(download("/surveys/" + round + "/returns/export?state=ACCEPTED", "hrss.director"));
        assertThat(accepted.subList(1, accepted.size())).isNotEmpty().allSatisfy(r -> assertThat(r.get(1)).isEqualTo("已采纳"));

        List<List<String>> rollUp = sheet(download("/surveys/" + round + "/rollup/export", "hrss.director"));
        assertThat(rollUp.get(0)).startsWith("统计维度", "类别", "报表状态", "品牌数");
        assertThat(rollUp.stream().filter(r -> r.get(1).equals("白城市")).findFirst().orElseThrow().get(2)).contains("未上报");
        List<String> total = rollUp.get(rollUp.size() - 1);
        assertThat(total.get(0)).isEqualTo("合计");
        assertThat(total.get(1)).isEqualTo("已上报 6 / 11");
        assertThat(total.get(3)).isEqualTo(String.valueOf(count("select count(*) from survey_return_brand l join survey_return r "
                + "on r.id = l.return_id where r.survey_id = ? and r.state in " + FILED, round)));
        assertThat(rollUp.stream().map(r -> r.get(1)).toList()).contains("成熟品牌", "有名无牌", "分散未成型", "技能型", "服务型");

        List<List<String>> roundsSheet = sheet(download("/surveys/export", "hrss.reviewer"));
        assertThat(roundsSheet.stream().map(r -> r.get(1)).toList()).contains("2025年度吉林省劳务品牌摸底调查");
        assertThat(count("select count(*) from audit_event where action in ('survey.returns.export', 'survey.rollup.export', 'survey.export')"))
                .isEqualTo(exportsBefore + 4);
    }

    @Test
    void everyoneWithTheSurveyPermissionFindsItAndNobodyElse() throws Exception {
        for (String user : List.of("hrss.director", "hrss.reviewer", "changchun.officer")) {
            mvc.perform(get("/").with(fixtures.as(user))).andExpect(content().string(containsString("href=\"/surveys\"")));
            mvc.perform(get("/surveys").with(fixtures.as(user))).andExpect(status().isOk());
        }
        for (String user : List.of("dept.finance", "expert.li", "inst.changchun", "sysadmin", "auditor")) {
            mvc.perform(get("/").with(fixtures.as(user))).andExpect(content().string(not(containsString("href=\"/surveys\""))));
            mvc.perform(get("/surveys").with(fixtures.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/surveys/" + demoRound() + "/returns/export").with(fixtures.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/surveys/new").with(fixtures.as("hrss.reviewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/surveys/" + demoRound()).with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("关闭调查"))));
        mvc.perform(get("/surveys/" + demoRound()).with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("本地区报表")));
        mvc.perform(get("/surveys/999999").with(fixtures.as("hrss.director"))).andExpect(status().isNotFound());
        mvc.perform(get("/surveys/returns/999999").with(fixtures.as("hrss.director"))).andExpect(status().isNotFound());
    }

    @Test
    void thePagesSpeakEnglishToo() throws Exception {
        mvc.perform(get("/surveys/" + demoRound() + "/rollup").param("lang", "en").with(fixtures.as("hrss.director")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Roll-up")))
                .andExpect(content().string(containsString("Not filed: 5 of 11 units")));
        mvc.perform(get("/surveys/returns/" + demoReturn("222400")).param("lang", "en").with(fixtures.as("hrss.director")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("HRSS returned this return for revision")));
    }
}
