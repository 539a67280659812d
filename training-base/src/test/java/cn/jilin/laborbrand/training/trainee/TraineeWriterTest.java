package cn.jilin.laborbrand.training.trainee;

import static cn.jilin.laborbrand.training.TrainingTestData.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.code.ResidentId;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.training.TrainingTestApplication;
import cn.jilin.laborbrand.training.TrainingTestData;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The roster's COPY inside an import's transaction: undone rows leave nothing while the transaction goes on; a COPY the
 * database refuses part-way (a person twice on the course) takes the whole transaction with it. No half-stored roster.
 */
@SpringBootTest(classes = TrainingTestApplication.class)
class TraineeWriterTest {

    @Autowired
    TraineeWriter writer;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    TrainingTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aDiscardedCopyLeavesNoneOfItsRowsAndTheTransactionGoesOn() {
        TrainingCourse course = data.course(data.institution("220402"));
        PersonalDataCipher.Batch crypto = cipher.batch();
        String kept = residentId("220402");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try (TraineeWriter.Copy copy = writer.copy(course, null, crypto)) {
                for (int i = 0; i < 2_000; i++) {
                    add(copy, crypto, "撤销" + i, residentId("220402"));
                }
                copy.discard();
                assertThatThrownBy(() -> add(copy, crypto, "之后", residentId("220402"))).isInstanceOf(IllegalStateException.class);
            }
            assertThat(count(course)).isZero();
            try (TraineeWriter.Copy copy = writer.copy(course, null, crypto)) {
                add(copy, crypto, "保留", kept);
                assertThat(copy.finish()).isEqualTo(1);
            }
        });
        assertThat(count(course)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select name from trainee where course_id = ?", String.class, course.getId())).isEqualTo("保留");
    }

    @Test
    void aCopyTheDatabaseRefusesPartWayRollsBackTheWholeImport() {
        TrainingCourse course = data.course(data.institution("220402"));
        PersonalDataCipher.Batch crypto = cipher.batch();
        String twice = residentId("220402");
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try (TraineeWriter.Copy copy = writer.copy(course, null, crypto)) {
                add(copy, crypto, "首位", twice);
                for (int i = 0; i < 2_000; i++) {
                    add(copy, crypto, "中间" + i, residentId("220402"));
                }
                // the unique (course, person) index refuses this row: the checks would have caught it, the database must too
                add(copy, crypto, "重复", twice);
                copy.finish();
            }
        })).isInstanceOf(DataAccessException.class);
        assertThat(count(course)).isZero();
    }

    @Test
    void copyTextEscapesWhatWouldEndAFieldOrARow() {
        assertThat(TraineeWriter.field(null)).isEqualTo("\\N");
        assertThat(TraineeWriter.field("张三")).isEqualTo("张三");
        assertThat(TraineeWriter.field("a\\b\tc\nd\re")).isEqualTo("a\\\\b\\tc\\nd\\re");
        assertThat(TraineeWriter.field("\\N")).isEqualTo("\\\\N");
    }

    private static void add(TraineeWriter.Copy copy, PersonalDataCipher.Batch crypto, String name, String id) {
        copy.add(new RosterRow(name, ResidentId.of(id), "13812345678", "220402", Set.of(PriorityGroup.RELOCATED), null, null), crypto.blindIndex(id));
    }

    private long count(TrainingCourse course) {
        return jdbc.queryForObject("select count(*) from trainee where course_id = ?", Long.class, course.getId());
    }
}
