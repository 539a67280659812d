package cn.jilin.laborbrand.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.web.PortalTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan's migration against the plan's own text (test resource seed/jilin-labor-brand-plan-2022.txt): every
 * measure is there with its title and text, and carries exactly the departments its closing bracket names.
 */
@PortalTest
class PlanMigrationTest {

    private static final Pattern ITEM = Pattern.compile("(?m)^(\\d)\\.\\s*([^。]+)。");
    private static final Pattern SECTION = Pattern.compile("(?m)^（([一二三四])）([^。\\n]+)");

    @Autowired
    JdbcTemplate jdbc;

    /** The measures of the published text: code → departments named in the closing bracket, in order. */
    private static Map<String, List<String>> brackets() throws IOException {
        String text;
        try (InputStream in = PlanMigrationTest.class.getResourceAsStream("/seed/jilin-labor-brand-plan-2022.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String body = text.substring(text.indexOf("二、主要工作措施"));
        // line by line: a heading (三、 / （一） / 1.) starts a piece; other lines continue it (page breaks split words)
        Map<String, StringBuilder> pieces = new LinkedHashMap<>();
        String chapter = "二";
        String section = null;
        StringBuilder current = null;
        for (String raw : body.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher s = SECTION.matcher(line);
            Matcher i = ITEM.matcher(line);
            if (line.startsWith("三、")) {
                chapter = "三";
                current = null;
            } else if (s.lookingAt()) {
                section = chapter + "(" + s.group(1) + ")";
                current = chapter.equals("三") ? new StringBuilder(line) : null;
                if (current != null) {
                    pieces.put(section, current);
                }
            } else if (i.lookingAt() && section != null) {
                current = new StringBuilder(line);
                pieces.put(section + i.group(1), current);
            } else if (current != null) {
                current.append(line);
            }
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        pieces.forEach((code, piece) -> result.put(code, departments(piece.toString().replaceAll("\\s+", ""))));
        return result;
    }

    private static List<String> departments(String measureText) {
        Matcher bracket = Pattern.compile("（([^（）]*)负责）$").matcher(measureText);
        if (!bracket.find()) {
            throw new IllegalStateException("no closing bracket: " + measureText);
        }
        String names = bracket.group(1).replaceFirst("按职责分工$", "");
        return Arrays.asList(names.split("、"));
    }

    private List<String> inDatabase(String code) {
        return jdbc.queryForList("select o.short_name from plan_measure_department d join plan_measure m on m.id = d.measure_id "
                + "join organisation o on o.id = d.organisation_id where m.code = ? order by d.position", String.class, code);
    }

    @Test
    void everyMeasureCarriesExactlyTheDepartmentsItsBracketNames() throws IOException {
        Map<String, List<String>> expected = brackets();
        assertThat(expected).hasSize(13).containsKeys("二(一)1", "二(三)3", "三(一)", "三(四)");
        // 各部门: the departments of the plan's header (they carry a short name), not those other tests add
        List<String> all = jdbc.queryForList("select short_name from organisation where kind = 'PROVINCIAL_DEPARTMENT' and short_name is not null "
                + "order by sort_order", String.class);
        expected.forEach((code, named) -> {
            List<String> want = named.equals(List.of("各部门")) ? all : named;
            assertThat(inDatabase(code)).as(code).containsExactlyElementsOf(want);
        });
        assertThat(jdbc.queryForList("select code from plan_measure where level = 'MEASURE' order by sort_order", String.class))
                .containsExactlyElementsOf(expected.keySet());
    }

    @Test
    void measureTwoThreeOneNamesTheFinanceDepartmentAmongSevenUnits() {
        assertThat(inDatabase("二(三)1")).hasSize(7).contains("省财政厅")
                .containsExactly("省发展改革委", "省财政厅", "省人力资源和社会保障厅", "省住房城乡建设厅", "省农业农村厅", "人民银行长春中心支行", "吉林银保监局");
    }

    @Test
    void theBracketsOrderNamesNoLeadEveryUnitIsResponsible() {
        // 按职责分工负责: the unit named first (发改委 for 二(三)1) is not made the lead; V26 dropped that reading
        assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_name in "
                + "('plan_measure_department', 'responsibility_task') and column_name in ('lead', 'role')", Integer.class)).isZero();
        // and every unit of every bracket carries a task of its own
        assertThat(jdbc.queryForObject("select count(*) from plan_measure_department d where not exists (select 1 from responsibility_task t "
                + "where t.measure_id = d.measure_id and t.organisation_id = d.organisation_id)", Integer.class)).isZero();
    }

    @Test
    void measureTwoTwoOneNamesEducationAndHrss() {
        assertThat(inDatabase("二(二)1")).containsExactly("省教育厅", "省人力资源和社会保障厅");
    }

    @Test
    void everyDepartmentCarriesTheLeadershipMeasureAndTheHeaderNamesMapToOneOrganisation() {
        assertThat(inDatabase("三(一)")).hasSize(19);
        // the header's 中国工商银行长春中心支行 and 吉林省市场监管局 are the measures' 人民银行长春中心支行 and 省市场监管厅
        assertThat(jdbc.queryForObject("select short_name from organisation where alias = '中国工商银行长春中心支行'", String.class))
                .isEqualTo("人民银行长春中心支行");
        assertThat(jdbc.queryForObject("select short_name from organisation where alias = '吉林省市场监管局'", String.class)).isEqualTo("省市场监管厅");
        assertThat(inDatabase("二(二)3")).contains("省市场监管厅");
        assertThat(inDatabase("二(三)2")).contains("人民银行长春中心支行");
    }

    @Test
    void theMeasuresKeepTheirTitlesAndTextAndEachPairHasATask() throws IOException {
        String text;
        try (InputStream in = PlanMigrationTest.class.getResourceAsStream("/seed/jilin-labor-brand-plan-2022.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", "");
        }
        for (Map<String, Object> m : jdbc.queryForList("select code, title, full_text from plan_measure where level = 'MEASURE'")) {
            String full = m.get("title") + "。" + m.get("full_text");
            assertThat(text).as("%s as published", m.get("code")).contains(full.replaceAll("\\s+", ""));
        }
        assertThat(jdbc.queryForObject("select count(*) from plan_measure_department d where not exists (select 1 from responsibility_task t "
                + "where t.measure_id = d.measure_id and t.organisation_id = d.organisation_id)", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select doc_number from plan_document", String.class)).isEqualTo("吉人社联〔2022〕73号");
    }
}
