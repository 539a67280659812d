package cn.jilin.laborbrand.web.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.code.ResidentId;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the roster page, the trainee page and the roster export show of a person — masked ID, sex, age or birth date,
 * home region — read back as a browser or a spreadsheet shows it, must leave at least a million resident IDs possible
 * (DESIGN: personal data). The count works from the region table, the platform's clock and the ID's structure.
 */
@PortalTest
class ShownPersonCandidatesTest {

    private static final long MILLION = 1_000_000;
    private static final Pattern MASKED_ID = Pattern.compile("[0-9Xx*]{18}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private long course;
    private long trainee;
    private String name;
    private ResidentId id;
    private List<RegionRow> regions;

    private record RegionRow(String code, String name, String fullName, String level, String parent) {
    }

    @BeforeEach
    void aTraineeWithAHomeRegion() throws Exception {
        TrainingFixtures training = new TrainingFixtures(mvc, fixtures, jdbc);
        course = training.course("inst.changchun", TrainingFixtures.SCHOOL, "计数测试班");
        // registered in a county of 辽源 (four county codes) and living there: the narrowest case the issue names
        id = ResidentId.of(TrainingFixtures.residentId("220402"));
        name = "计数学员" + course;
        mvc.perform(post("/training/courses/" + course + "/trainees").with(csrf()).with(fixtures.as("inst.changchun"))
                .param("name", name).param("residentId", id.value()).param("phone", "13912345678").param("homeRegionCode", "220402")
                .param("version", "0")).andExpect(status().is3xxRedirection());
        trainee = jdbc.queryForObject("select id from trainee where course_id = ?", Long.class, course);
        regions = jdbc.query("select code, name, full_name, level, parent_code from region",
                (rs, i) -> new RegionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hrss.reviewer", "inst.changchun", "changchun.officer"})
    void theRosterPageLeavesAMillionCandidates(String user) throws Exception {
        String html = mvc.perform(get("/training/courses/" + course).with(fixtures.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        Element table = page.selectFirst("#roster table");
        assertThat(table).as("the roster table").isNotNull();
        List<String> headers = table.select("thead th").eachText();
        Element row = table.select("tbody tr").stream().filter(tr -> tr.child(0).text().equals(name)).findFirst().orElseThrow();
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < headers.size() && i < row.childrenSize(); i++) {
            cells.put(headers.get(i), row.child(i).text());
        }
        assertLeavesAMillion(user + " on the roster page", cells, page.text());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hrss.reviewer", "inst.changchun", "changchun.officer"})
    void theRosterExportLeavesAMillionCandidates(String user) throws Exception {
        byte[] bytes = mvc.perform(get("/training/courses/" + course + "/roster/export").with(fixtures.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> cells = new HashMap<>();
        StringBuilder all = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter shown = new DataFormatter();
            Sheet sheet = book.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            header.forEach(c -> headers.add(shown.formatCellValue(c)));
            for (Row row : sheet) {
                row.forEach(c -> all.append(shown.formatCellValue(c)).append(' '));
                Cell first = row.getCell(0);
                if (first != null && shown.formatCellValue(first).equals(name)) {
                    for (int i = 0; i < headers.size(); i++) {
                        Cell cell = row.getCell(i);
                        cells.put(headers.get(i), cell == null ? "" : shown.formatCellValue(cell));
                    }
                }
            }
        }
        assertThat(cells).as("the trainee's row").isNotEmpty();
        assertLeavesAMillion(user + " in the export", cells, all.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"inst.changchun", "changchun.officer"})
    void theTraineePageLeavesAMillionCandidates(String user) throws Exception {
        String html = mvc.perform(get("/training/courses/" + course + "/trainees/" + trainee + "/edit").with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        Map<String, String> cells = new HashMap<>();
        // each field under its label, as the form shows it; a select shows its selected option
        for (Element label : page.select("form .form-label")) {
            Element field = label.nextElementSibling();
            if (field == null) {
                continue;
            }
            Element selected = field.tagName().equals("select") ? field.selectFirst("option[selected]") : null;
            String value = field.tagName().equals("select") ? (selected == null ? "" : selected.text() + " " + selected.attr("value"))
                    : field.tagName().equals("input") ? field.attr("value") + " " + field.attr("placeholder") : field.text();
            cells.put(label.text(), value);
        }
        assertLeavesAMillion(user + " on the trainee page", cells, page.text());
    }

    /** Reads what is shown under each heading and counts the IDs it leaves. */
    private void assertLeavesAMillion(String where, Map<String, String> shown, String wholeText) {
        String maskedId = null;
        ResidentId.Sex sex = null;
        Integer age = null;
        LocalDate birth = null;
        Set<String> region = null;
        for (Map.Entry<String, String> cell : shown.entrySet()) {
            String heading = cell.getKey();
            String value = cell.getValue();
            if (heading.contains("身份证") || heading.contains("公民身份号码")) {
                Matcher m = MASKED_ID.matcher(value);
                maskedId = m.find() ? m.group().toUpperCase() : null;
                sex = value.contains("男") ? ResidentId.Sex.MALE : value.contains("女") ? ResidentId.Sex.FEMALE : sex;
                Matcher years = Pattern.compile("(\\d+)\\s*岁").matcher(value);
                age = years.find() ? Integer.valueOf(years.group(1)) : age;
            } else if (heading.contains("性别")) {
                sex = value.contains("男") ? ResidentId.Sex.MALE : value.contains("女") ? ResidentId.Sex.FEMALE : null;
            } else if (heading.contains("年龄")) {
                Matcher m = NUMBER.matcher(value);
                age = m.find() ? Integer.valueOf(m.group()) : null;
            } else if (heading.contains("出生")) {
                birth = value.isBlank() ? null : LocalDate.parse(value.strip().substring(0, 10));
            } else if (heading.contains("户籍")) {
                region = regionsShownBy(value);
            }
        }
        // the birth date anywhere on the page or sheet counts as shown
        LocalDate born = id.birthDate();
        for (String format : List.of("yyyy-MM-dd", "yyyy/M/d", "yyyy年M月d日", "yyyyMMdd", "yyyy.MM.dd")) {
            if (wholeText.contains(born.format(DateTimeFormatter.ofPattern(format)))) {
                birth = born;
            }
        }
        assertThat(wholeText).as(where + ": the full ID").doesNotContain(id.value());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        var seen = new ResidentIdCandidates.Shown(maskedId, sex, age, birth, region);
        long left = ResidentIdCandidates.count(seen, regions.stream().map(RegionRow::code).toList(), today);
        assertThat(left).as(where + ": IDs left by " + seen).isGreaterThanOrEqualTo(MILLION);
    }

    /**
     * The region codes a shown home region allows: a county pins its code, a prefecture its counties, the province
     * nothing beyond its two digits; a code shown as digits pins itself.
     */
    private Set<String> regionsShownBy(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher code = Pattern.compile("\\b\\d{6}\\b").matcher(text);
        if (code.find() && regions.stream().anyMatch(r -> r.code().equals(code.group()))) {
            return regionsUnder(code.group());
        }
        for (String level : List.of("COUNTY", "PREFECTURE", "PROVINCE")) {
            List<RegionRow> named = regions.stream().filter(r -> r.level().equals(level))
                    .filter(r -> text.contains(r.name()) || text.contains(r.fullName())).toList();
            if (!named.isEmpty()) {
                return named.stream().flatMap(r -> regionsUnder(r.code()).stream()).collect(Collectors.toSet());
            }
        }
        return null;
    }

    private Set<String> regionsUnder(String code) {
        RegionRow region = regions.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        if (region.level().equals("PROVINCE")) {
            return regions.stream().map(RegionRow::code).filter(c -> c.startsWith(code.substring(0, 2))).collect(Collectors.toSet());
        }
        return regions.stream().filter(r -> r.code().equals(code) || code.equals(r.parent())).map(RegionRow::code).collect(Collectors.toSet());
    }
}
