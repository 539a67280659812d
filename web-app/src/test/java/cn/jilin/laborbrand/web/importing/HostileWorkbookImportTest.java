package cn.jilin.laborbrand.web.importing;

import static cn.jilin.laborbrand.web.training.TrainingFixtures.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.jilin.laborbrand.platform.excel.HostileWorkbooks;
import cn.jilin.laborbrand.platform.excel.ImportError;
import cn.jilin.laborbrand.platform.excel.ImportResult;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.training.TrainingFixtures;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/**
 * Every workbook of the hostile corpus (platform's test resources) through both real imports, uploaded on the page as
 * an institution does: each is refused with the answer its manifest names, shown in Chinese on the report page, and
 * nothing is stored — no trainee on the roster, no certificate, though the course has trainees to certify.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileWorkbookImportTest {

    private static final String INSTITUTION = "inst.changchun";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageSource messages;

    private TrainingFixtures training;
    private long rosterCourse;
    private long certificateCourse;
    private long traineesBefore;

    @BeforeAll
    void courses() throws Exception {
        training = new TrainingFixtures(mvc, fixtures, jdbc);
        rosterCourse = training.course(INSTITUTION, TrainingFixtures.SCHOOL, "恶意名册测试班");
        certificateCourse = training.course(INSTITUTION, TrainingFixtures.SCHOOL, "恶意证书测试班");
        training.trainee(INSTITUTION, certificateCourse, "证书学员", residentId("220102"));
        traineesBefore = training.trainees(certificateCourse);
    }

    static Stream<HostileWorkbooks.Workbook> corpus() {
        return HostileWorkbooks.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theRosterImportRefusesEveryHostileWorkbookAndStoresNothing(HostileWorkbooks.Workbook workbook) throws Exception {
        MvcResult result = training.importRoster(INSTITUTION, rosterCourse, workbook.file(), workbook.content());
        assertRefused(result, workbook);
        assertThat(training.trainees(rosterCourse)).as("trainees stored").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theCertificateImportRefusesEveryHostileWorkbookAndStoresNothing(HostileWorkbooks.Workbook workbook) throws Exception {
        MvcResult result = mvc.perform(multipart("/training/courses/" + certificateCourse + "/certificates/import")
                .file(new MockMultipartFile("file", workbook.file(), "application/octet-stream", workbook.content()))
                .with(csrf()).with(fixtures.as(INSTITUTION))).andReturn();
        assertRefused(result, workbook);
        assertThat(jdbc.queryForObject("select count(*) from certificate where course_id = ?", Long.class, certificateCourse))
                .as("certificates stored").isZero();
        assertThat(training.trainees(certificateCourse)).isEqualTo(traineesBefore);
    }

    private void assertRefused(MvcResult result, HostileWorkbooks.Workbook workbook) throws Exception {
        assertThat(result.getResponse().getStatus()).as(workbook.what()).isEqualTo(200);
        assertThat(result.getModelAndView()).isNotNull();
        ImportResult report = (ImportResult) result.getModelAndView().getModel().get("result");
        assertThat(report.accepted()).isFalse();
        if (workbook.refusedByReader()) {
            // the file as a whole is refused: one line, the reader's answer
            assertThat(report.errors()).as(workbook.what()).extracting(ImportError::reasonKey).containsExactly(workbook.messageKey());
        } else {
            assertThat(report.errors()).as(workbook.what()).extracting(ImportError::reasonKey).contains(workbook.messageKey());
        }
        ImportError error = report.errors().stream().filter(e -> e.reasonKey().equals(workbook.messageKey())).findFirst().orElseThrow();
        String chinese = messages.getMessage(error.reasonKey(), error.arguments().toArray(), Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese).as("a Chinese message, not the key").isNotEqualTo(error.reasonKey());
        assertThat(result.getResponse().getContentAsString()).contains("导入未通过", HtmlUtils.htmlEscape(chinese, "UTF-8"));
    }
}
