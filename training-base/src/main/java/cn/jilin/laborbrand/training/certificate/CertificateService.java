package cn.jilin.laborbrand.training.certificate;

import static cn.jilin.laborbrand.platform.excel.TemplateColumns.text;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.code.InvalidCodeException;
import cn.jilin.laborbrand.platform.code.ResidentId;
import cn.jilin.laborbrand.platform.excel.ErrorCollector;
import cn.jilin.laborbrand.platform.excel.ImportResult;
import cn.jilin.laborbrand.platform.excel.SpreadsheetRefusedException;
import cn.jilin.laborbrand.platform.excel.XlsxReader;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.occupation.OccupationService;
import cn.jilin.laborbrand.training.trainee.Trainee;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates (二(二)1: 职业资格证书、职业技能等级证书、专项职业能力证书) of the trainees of a course: recorded one by one or
 * imported from Excel, all or nothing; verified publicly by number and holder's name.
 */
@Service
public class CertificateService {

    private final CertificateRepository certificates;
    private final CourseService courses;
    private final TraineeService trainees;
    private final OccupationService occupations;
    private final CertificateIssuers issuers;
    private final AuditService audit;
    private final Clock clock;

    CertificateService(CertificateRepository certificates, CourseService courses, TraineeService trainees, OccupationService occupations,
                       CertificateIssuers issuers, AuditService audit, Clock clock) {
        this.certificates = certificates;
        this.courses = courses;
        this.trainees = trainees;
        this.occupations = occupations;
        this.issuers = issuers;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('training:view')")
    @Transactional(readOnly = true)
    public Page<Certificate> search(CertificateFilter filter, DataScope scope, Pageable pageable) {
        return certificates.findAll(filter.toSpecification(), scope, pageable);
    }

    @PreAuthorize("hasAuthority('training:view')")
    @Transactional
    public List<Certificate> export(CertificateFilter filter, DataScope scope, Sort sort) {
        List<Certificate> rows = certificates.findAll(filter.toSpecification(), scope, sort);
        audit.record("certificate.export", Certificate.SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    /** The issuers the caller may name on a certificate: an institution itself; others the directory's issuing bodies. */
    @PreAuthorize("hasAuthority('training:edit')")
    @Transactional(readOnly = true)
    public List<OrganisationChoice> issuerChoices(DataScope scope) {
        return issuers.choices(scope);
    }

    /** The directory names of these certificates' issuers (legacy rows have none), by organisation id. */
    @PreAuthorize("hasAuthority('training:view')")
    @Unscoped("directory names (public) of the issuers of certificates the caller has already been shown")
    @Transactional(readOnly = true)
    public Map<Long, String> issuerNames(Collection<Certificate> shown) {
        Map<Long, String> names = new HashMap<>();
        shown.stream().map(Certificate::getIssuerId).filter(java.util.Objects::nonNull).distinct()
                .forEach(id -> issuers.name(id).ifPresent(name -> names.put(id, name)));
        return names;
    }

    /** Records a certificate of a trainee of the course, under an issuer the caller may name. */
    @PreAuthorize("hasAuthority('training:edit')")
    @Transactional
    public long record(long courseId, CertificateDetails details, DataScope scope) {
        TrainingCourse course = courses.get(courseId, scope);
        if (details.traineeId() == null) {
            throw new RuleViolation("traineeId", "NotNull");
        }
        Trainee trainee = trainees.get(details.traineeId(), scope);
        if (trainee.getCourseId() != course.getId()) {
            throw new RuleViolation("traineeId", "certificate.trainee.otherCourse");
        }
        String field = check(details, scope);
        if (field != null) {
            throw new RuleViolation(field, reason(details, field, scope));
        }
        if (certificates.existsByIssuerIdAndNumber(details.issuerId(), details.number().strip())) {
            throw new RuleViolation("number", "certificate.number.taken");
        }
        Certificate certificate = certificates.saveAndFlush(new Certificate(details, trainee.getId(), course.getId(),
                course.getOrganisationId(), course.getRegionCode(), trainee.getName(), false));
        audit.record("certificate.create", Certificate.SUBJECT_TYPE, certificate.getId(), certificate.getIssuerId() + " " + certificate.getNumber());
        return certificate.getId();
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
                    course.getRegionCode(), row.trainee().getName(), false));
        }
        audit.record("certificate.import", TrainingCourse.SUBJECT_TYPE, courseId, "rows=" + rows.size());
        return ImportResult.stored(rows.size());
    }

    /** Records a certificate for the demo, marked as such; nothing when the number exists. */
    @PreAuthorize("hasAuthority('demo:provision')")
    @Transactional
    public boolean recordDemo(long traineeId, CertificateDetails details) {
        // the trainee's certificate of this number is there already (perhaps recorded before issuers came from the directory)
        if (certificates.existsByTraineeIdAndNumber(traineeId, details.number())) {
            return false;
        }
        Trainee trainee = trainees.get(traineeId, DataScope.province());
        certificates.save(new Certificate(details, trainee.getId(), trainee.getCourseId(), trainee.getOrganisationId(),
                trainee.getRegionCode(), trainee.getName(), true));
        return true;
    }

    /**
     * Public verification: a certificate of this number held by this name exists → its issuer's directory name (or a
     * legacy row's label, flagged as such) and date; else empty. Says nothing else about the person.
     */
    @PreAuthorize("permitAll()")
    @Unscoped("the public verification: only the issuer and date leave, to someone who knows both number and holder")
    @Transactional(readOnly = true)
    public Optional<Verification> verify(String number, String holderName) {
        if (number == null || number.isBlank() || holderName == null || holderName.isBlank()) {
            return Optional.empty();
        }
        return certificates.verify(number.strip(), holderName.strip()).stream().findFirst()
                .map(row -> new Verification((String) row[0], (Boolean) row[1], (LocalDate) row[2]));
    }

    /** Distinct persons certified per region (for the plan's figures; counts only). */
    @Transactional(readOnly = true)
    public List<Object[]> personsByRegion() {
        return certificates.countPersonsByRegion();
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
            String reason = !field.equals("occupationCode") ? reason(details, field, scope)
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

    /** The first field at fault, or null. */
    private String check(CertificateDetails d, DataScope scope) {
        for (String field : List.of("number", "kind", "occupationCode", "level", "issueDate", "issuerId")) {
            if (reason(d, field, scope) != null) {
                return field;
            }
        }
        return null;
    }

    /** Why a field of a certificate is wrong, or null. */
    private String reason(CertificateDetails d, String field, DataScope scope) {
        return switch (field) {
            case "number" -> d.number() == null || d.number().isBlank() ? "certificate.error.numberMissing"
                    : d.number().strip().length() > 40 ? "certificate.error.numberTooLong" : null;
            case "kind" -> d.kind() == null ? "certificate.error.kind" : null;
            case "occupationCode" -> occupations.find(d.occupationCode()).isEmpty() ? "certificate.error.occupation" : null;
            case "level" -> d.kind() == null ? null : d.kind().hasLevel()
                    ? (d.level() == null || d.level() < 1 || d.level() > 5 ? "certificate.error.level" : null)
                    : (d.level() != null ? "certificate.error.levelNotApplicable" : null);
            case "issueDate" -> d.issueDate() == null ? "certificate.error.date"
                    : d.issueDate().isAfter(LocalDate.now(clock)) ? "certificate.error.dateFuture" : null;
            default -> issuers.reason(d.issuerId(), scope);
        };
    }
}
