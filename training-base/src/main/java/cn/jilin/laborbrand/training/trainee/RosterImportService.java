package cn.jilin.laborbrand.training.trainee;

import cn.jilin.laborbrand.platform.account.CurrentUser;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.excel.ErrorCollector;
import cn.jilin.laborbrand.platform.excel.ImportResult;
import cn.jilin.laborbrand.platform.excel.SpreadsheetRefusedException;
import cn.jilin.laborbrand.platform.excel.XlsxReader;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二(二)1: a course's roster imported from Excel (the template's columns), all or nothing, in one pass: each row is
 * checked as the bounded reader streams it and, while every row so far was clean, encrypted and sent to the database
 * by COPY (one cipher and MAC for the import). The first error stops the storing and discards what was sent (back to
 * the COPY's savepoint); the rest of the file is still checked, for the whole report. A refused file stores nothing.
 */
@Service
public class RosterImportService {

    private final CourseService courses;
    private final TraineeRepository repository;
    private final TraineeWriter writer;
    private final RegionService regions;
    private final PersonalDataCipher cipher;
    private final CurrentUser user;
    private final AuditService audit;

    RosterImportService(CourseService courses, TraineeRepository repository, TraineeWriter writer, RegionService regions,
                        PersonalDataCipher cipher, CurrentUser user, AuditService audit) {
        this.courses = courses;
        this.repository = repository;
        this.writer = writer;
        this.regions = regions;
        this.cipher = cipher;
        this.user = user;
        this.audit = audit;
    }

    /**
     * Imports a roster into a course the caller may edit: ID check characters, phones, names, the same person twice in
     * the file or already on the course are all checked; one error and nothing of the file is stored.
     */
    @PreAuthorize("hasAuthority('training:edit')")
    @Transactional
    public ImportResult importRoster(long courseId, Path file, DataScope scope) {
        TrainingCourse course = TraineeService.open(courses.get(courseId, scope));
        Set<String> onCourse = new HashSet<>(repository.findIndexesByCourseId(course.getId()));
        Set<String> regionCodes = regions.all().stream().map(Region::getCode).collect(Collectors.toSet());
        PersonalDataCipher.Batch crypto = cipher.batch();
        ErrorCollector errors = new ErrorCollector();
        Map<String, Integer> inFile = new HashMap<>();
        int[] rows = {0};
        boolean[] header = {false};
        try (TraineeWriter.Copy copy = writer.copy(course, user.accountId(), crypto)) {
            try {
                XlsxReader.read(file, RosterColumns.TEMPLATE.limits(), (rowNumber, cells) -> {
                    if (!header[0]) {
                        header[0] = true;
                        RosterColumns.TEMPLATE.checkHeader(rowNumber, cells, errors);
                        return;
                    }
                    rows[0]++;
                    RosterRow row = RosterRows.parse(rowNumber, cells, regionCodes, errors);
                    if (row == null) {
                        copy.discard();
                        return;
                    }
                    String index = crypto.blindIndex(row.residentId().value());
                    Integer earlier = inFile.putIfAbsent(index, rowNumber);
                    if (earlier != null) {
                        errors.add(rowNumber, RosterColumns.KEYS.get(RosterColumns.RESIDENT_ID), "roster.error.duplicateInFile", earlier);
                    } else if (onCourse.contains(index)) {
                        errors.add(rowNumber, RosterColumns.KEYS.get(RosterColumns.RESIDENT_ID), "roster.error.alreadyOnCourse");
                    }
                    if (errors.isEmpty()) {
                        copy.add(row, index);
                    } else {
                        copy.discard();
                    }
                });
            } catch (SpreadsheetRefusedException refused) {
                copy.discard();
                audit.record("trainee.import.rejected", TrainingCourse.SUBJECT_TYPE, courseId, "file refused: " + refused.messageKey());
                return refused.result(RosterColumns.KEYS);
            }
            if (!header[0]) {
                errors.add(0, null, "import.file.empty");
            } else if (rows[0] == 0 && errors.isEmpty()) {
                errors.add(0, null, "import.file.noRows");
            }
            if (!errors.isEmpty()) {
                copy.discard();
                audit.record("trainee.import.rejected", TrainingCourse.SUBJECT_TYPE, courseId, "rows=" + rows[0] + " errors=" + errors.rejected().errorCount());
                return errors.rejected();
            }
            int stored = copy.finish();
            audit.record("trainee.import", TrainingCourse.SUBJECT_TYPE, courseId, "rows=" + stored);
            return ImportResult.stored(stored);
        }
    }
}
