package cn.jilin.laborbrand.platform.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.PlatformTestApplication;
import cn.jilin.laborbrand.platform.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PlatformTestApplication.class)
@Transactional
class AttachmentServiceTest {

    private static final Set<FileType> DOCUMENTS = Set.of(FileType.PDF, FileType.DOCX, FileType.XLSX, FileType.JPEG, FileType.PNG);

    @Autowired
    AttachmentService attachments;
    @Autowired
    JdbcTemplate jdbc;

    private int stored(long ownerId) {
        return jdbc.queryForObject("select count(*) from attachment where owner_type = 'test' and owner_id = ?", Integer.class, ownerId);
    }

    @Test
    void keepsAFileWithTheTypeFoundInItsBytesAndServesItToItsOwnerOnly() throws Exception {
        byte[] xlsx = FileTypeTest.xlsx();
        StoredFile file = attachments.store("test", 41, "evidence", "名册.pdf", xlsx, DOCUMENTS, AttachmentService.MAX_BYTES, "file");
        assertThat(file.filename()).isEqualTo("名册.xlsx");
        assertThat(file.contentType()).isEqualTo(FileType.XLSX.contentType());
        assertThat(file.sha256()).hasSize(64);
        assertThat(attachments.files("test", 41)).extracting(StoredFile::id).containsExactly(file.id());
        assertThat(attachments.content("test", 41, file.id()).bytes()).isEqualTo(xlsx);
        assertThatThrownBy(() -> attachments.content("test", 42, file.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.content("other", 41, file.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusesAWrongTypeAndStoresNothing() {
        byte[] text = "这不是PDF".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> attachments.store("test", 43, "evidence", "申报书.pdf", text, DOCUMENTS, AttachmentService.MAX_BYTES, "file"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.messageKeys()).containsExactly("attachment.wrongType");
                });
        assertThatThrownBy(() -> attachments.store("test", 43, "logo", "logo.png", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII),
                Set.of(FileType.PNG, FileType.JPEG), AttachmentService.MAX_BYTES, "logo"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("attachment.wrongType"));
        assertThat(stored(43)).isZero();
    }

    @Test
    void refusesAnOversizedOrEmptyFile() {
        byte[] big = new byte[(int) AttachmentService.MAX_BYTES + 1];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        big[4] = '-';
        assertThatThrownBy(() -> attachments.store("test", 44, "evidence", "big.pdf", big, DOCUMENTS, AttachmentService.MAX_BYTES, "file"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("attachment.tooLarge"));
        assertThatThrownBy(() -> attachments.store("test", 44, "evidence", "small.png", FileTypeTest.png(), DOCUMENTS, 8, "file"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("attachment.tooLarge"));
        assertThatThrownBy(() -> attachments.store("test", 44, "evidence", "empty.pdf", new byte[0], DOCUMENTS, AttachmentService.MAX_BYTES, "file"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("attachment.empty"));
        assertThat(stored(44)).isZero();
    }
}
