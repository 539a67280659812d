package cn.jilin.laborbrand.training.certificate;

import static cn.jilin.laborbrand.platform.excel.TemplateColumns.text;

import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.code.InvalidCodeException;
import cn.jilin.laborbrand.platform.code.ResidentId;
import cn.jilin.laborbrand.platform.excel.ErrorCollector;
import cn.jilin.laborbrand.platform.excel.ImportResult;
import cn.jilin.laborbrand.platform.excel.SpreadsheetRefusedException;
import cn.jilin.laborbrand.platform.excel.XlsxReader;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.occupation.OccupationService;
import cn.jilin.laborbrand.training.trainee.Trainee;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二(二)1: the certificates of a course's trainees imported from Excel, all or nothing, with the checks of a certificate
 * recorded on the form ({@link CertificateChecks}) applied to every row.
 */
@Service
public class CertificateImportService {

    private final CertificateRepository certificates;
    private final CourseService courses;
    private final TraineeService trainees;
    private final OccupationService occupations;
    private final CertificateIssuers issuers;
    private final CertificateChecks checks;
    private final AuditService audit;

    CertificateImportService(CertificateRepository certificates, CourseService courses, TraineeService trainees, OccupationService occupations,
                             CertificateIssuers issuers, CertificateChecks checks, AuditService audit) {
        this.certificates = certificates;
        this.courses = courses;
        this.trainees = trainees;
        this.occupations = occupations;
        this.issuers = issuers;
        this.checks = checks;
        this.audit = audit;
    }

    /**
     * Imports the certificates of a course's trainees from Excel, all or nothing: every row must name a trainee of the
     * course by resident ID and carry a valid kind, occupation, level, date, issuer and a number not yet issued. The
     * file is read by the bounded reader: a file it refuses stores nothing.
     */
    @PreAuthorize("hasAuthority('training:edit')")
    @Transactional
    public ImportResult importCertificates(long courseId, Path file, DataScope scope) {
        TrainingCourse course = courses.get(courseId, scope);
        Map<String, Trainee> roster = trainees.byResidentIndex(course.getId(), scope);
        Set<String> occupationCodes = occupations.byCode().keySet();
        Map<String, Long> issuerIds = issuers.byName();
        ErrorCollector errors = new ErrorCollector();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> inFile = new HashMap<>();
        boolean[] header = {false};
        try {
            XlsxReader.read(file, CertificateColumns.TEMPLATE.limits(), (rowNumber, cells) -> {
                if (!header[0]) {
                    header[0] = true;
                    CertificateColumns.TEMPLATE.checkHeader(rowNumber, cells, errors);
                    return;
                }
                Row row = parse(rowNumber, cells, roster, occupationCodes, issuerIds, scope, errors);
                if (row == null) {
                    return;
                }
                Integer earlier = inFile.putIfAbsent(row.details().issuerId() + "|" + row.details().number(), rowNumber);
                if (earlier != null) {
                    errors.add(rowNumber, CertificateColumns.KEYS.get(0), "certificate.error.duplicateInFile", earlier);
                } else {
                    rows.add(row);
                }
            });
        } catch (SpreadsheetRefusedException refused) {
            audit.record("certificate.import.rejected", TrainingCourse.SUBJECT_TYPE, courseId, "file refused: " + refused.messageKey());
            return refused.result(CertificateColumns.KEYS);
        }
        if (!header[0]) {
            errors.add(0, null, "import.file.empty");
        } else if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(0, null, "import.file.noRows");
        }
        if (errors.isEmpty()) {
            Set<String> issued = new HashSet<>();
            for (int from = 0; from < rows.size(); from += 1000) {
                issued.addAll(certificates.findKeysByNumberIn(rows.subList(from, Math.min(rows.size(), from + 1000)).stream()
                        .map(r -> r.details().number()).toList()));
            }
            for (Row row : rows) {
                if (issued.contains(row.details().issuerId() + "|" + row.details().number())) {
                    errors.add(row.rowNumber(), CertificateColumns.KEYS.get(0), "certificate.number.taken");
                }
            }
        }
        if (!errors.isEmpty()) {
            audit.record("certificate.import.rejected", TrainingCourse.SUBJECT_TYPE, courseId, "errors=" + errors.rejected().errorCount());
            return errors.rejected();
        }
        for (Row row : rows) {
            certificates.save(new Certificate(row.details(), row.trainee().getId(), course.getId(), course.getOrganisationId(),
                    course.getRegionCode(), row.trainee().getName()));
        }
        audit.record("certificate.import", TrainingCourse.SUBJECT_TYPE, courseId, "rows=" + rows.size());
        return ImportResult.stored(rows.size());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private record Row(int rowNumber, Trainee trainee, CertificateDetails details) {
    }

    private Row parse(int rowNumber, List<XlsxReader.Cell> cells, Map<String, Trainee> roster, Set<String> occupationCodes,
                      Map<String, Long> issuerIds, DataScope scope, ErrorCollector errors) {
        if (CertificateColumns.TEMPLATE.refuseFormulas(rowNumber, cells, errors)) {
            return null;
        }
        boolean ok = true;
        Trainee trainee = null;
        String idText = text(cells, 1);
        if (idText == null) {
            // said without the exception, whose stack trace is most of a blank row's cost in a 200,000-row file
            errors.add(rowNumber, CertificateColumns.KEYS.get(1), "code.residentId.required");
            ok = false;
        } else {
            try {
                trainee = roster.get(trainees.blindIndex(ResidentId.of(idText)));
                if (trainee == null) {
                    errors.add(rowNumber, CertificateColumns.KEYS.get(1), "certificate.trainee.notOnCourse");
                    ok = false;
                }
            } catch (InvalidCodeException e) {
                errors.add(rowNumber, CertificateColumns.KEYS.get(1), e.messageKey());
                ok = false;
            }
        }
        CertificateKind kind = text(cells, 2) == null ? null : CertificateKind.ofChinese(text(cells, 2));
        Integer level = null;
        String levelText = text(cells, 4);
        if (levelText != null) {
            try {
                level = Integer.valueOf(levelText.replace("级", ""));
            } catch (NumberFormatException e) {
                level = -1;
            }
        }
        LocalDate issued = cells.get(5).date();
        // the issuer column names a directory organisation; a name the directory does not know is refused as such
        String issuerName = text(cells, 6);
        Long issuerId = issuerName == null ? null : issuerIds.get(issuerName);
        if (issuerName != null && issuerId == null) {
            errors.add(rowNumber, columnKey("issuerId"), "certificate.error.issuerNotInDirectory");
            ok = false;
        }
        CertificateDetails details = new CertificateDetails(trainee == null ? null : trainee.getId(), kind, text(cells, 0), text(cells, 3),
                level, issued, issuerId);
        for (String field : List.of("number", "kind", "occupationCode", "level", "issueDate", "issuerId")) {
            if (field.equals("issuerId") && issuerName != null && issuerId == null) {
                continue;
            }
            // the occupation from the catalogue read once per import, not one query per row
            String reason = !field.equals("occupationCode") ? checks.reason(details, field, scope)
                    : details.occupationCode() != null && occupationCodes.contains(details.occupationCode()) ? null : "certificate.error.occupation";
            if (reason != null) {
                errors.add(rowNumber, columnKey(field), reason);
                ok = false;
            }
        }
        return ok ? new Row(rowNumber, trainee, details) : null;
    }

    private static String columnKey(String field) {
        return switch (field) {
            case "number" -> CertificateColumns.KEYS.get(0);
            case "kind" -> CertificateColumns.KEYS.get(2);
            case "occupationCode" -> CertificateColumns.KEYS.get(3);
            case "level" -> CertificateColumns.KEYS.get(4);
            case "issueDate" -> CertificateColumns.KEYS.get(5);
            default -> CertificateColumns.KEYS.get(6);
        };
    }
}
