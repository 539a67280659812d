package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.excel.ErrorCollector;
import cn.jilin.laborbrand.platform.excel.ImportResult;
import cn.jilin.laborbrand.platform.excel.SpreadsheetRefusedException;
import cn.jilin.laborbrand.platform.excel.TemplateColumns;
import cn.jilin.laborbrand.platform.excel.XlsxReader;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import cn.jilin.laborbrand.subsidy.policy.PayeeKind;
import cn.jilin.laborbrand.subsidy.policy.PolicyService;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;
import cn.jilin.laborbrand.training.certificate.Certificate;
import cn.jilin.laborbrand.training.certificate.CertificateKind;
import cn.jilin.laborbrand.training.certificate.CertifiedPeople;
import cn.jilin.laborbrand.training.trainee.TraineeIdentities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Claims imported from a workbook (申领人员名单): one row per certificate holder — the certificate's number, the holder's
 * name as recorded, and where to pay them. Each row becomes a draft claim made from the certificate exactly as the form
 * makes it (priced, checked by the rule engine), with its account. All or nothing: any row in error, and nothing is
 * made; the report names the row, the column and the reason. Only for policies that pay people on certificates.
 */
@Service
public class ClaimImport {

    public static final TemplateColumns COLUMNS = new TemplateColumns(List.of("证书编号", "姓名", "账户类别", "账号", "开户银行"),
            List.of("subsidy.import.column.certificate", "subsidy.import.column.name", "subsidy.import.column.accountKind",
                    "subsidy.import.column.accountNumber", "subsidy.import.column.bankName"));

    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{8,30}");
    private static final Map<String, AccountKind> KINDS = Map.of("银行账户", AccountKind.BANK, "社会保障卡", AccountKind.SOCIAL_CARD,
            "社会保障卡金融账户", AccountKind.SOCIAL_CARD);

    private record Row(int number, String certificate, String name, PayeeAccount account) {
    }

    private final PolicyService policies;
    private final CertifiedPeople certificates;
    private final TraineeIdentities identities;
    private final ClaimService claims;
    private final AuditService audit;

    ClaimImport(PolicyService policies, CertifiedPeople certificates, TraineeIdentities identities, ClaimService claims, AuditService audit) {
        this.policies = policies;
        this.certificates = certificates;
        this.identities = identities;
        this.claims = claims;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('subsidy:claim')")
    @Transactional
    public ImportResult importClaims(long policyId, Path file, DataScope scope) {
        SubsidyPolicy policy = policies.get(policyId);
        if (!policy.isActive() || policy.getEvidence() != EvidenceKind.CERTIFICATE || policy.getPayeeKind() != PayeeKind.PERSON) {
            throw new RuleViolation("subsidy.import.policy");
        }
        ErrorCollector errors = new ErrorCollector();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean[] header = {false};
        try {
            XlsxReader.read(file, COLUMNS.limits(), (rowNumber, cells) -> {
                if (!header[0]) {
                    header[0] = true;
                    COLUMNS.checkHeader(rowNumber, cells, errors);
                    return;
                }
                if (!COLUMNS.refuseFormulas(rowNumber, cells, errors)) {
                    Row row = row(rowNumber, cells, seen, errors);
                    if (row != null) {
                        rows.add(row);
                    }
                }
            });
        } catch (SpreadsheetRefusedException refused) {
            return refused.result(COLUMNS.keys());
        }
        if (!header[0]) {
            errors.add(0, null, "import.file.empty");
        } else if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(0, null, "import.file.noRows");
        }
        Map<String, Certificate> found = new HashMap<>();
        certificates.byNumbers(rows.stream().map(Row::certificate).toList(), CertificateKind.valueOf(policy.getCertificateKind()), scope)
                .forEach(c -> found.put(c.getNumber(), c));
        Map<Long, String> names = new HashMap<>();
        identities.of(found.values().stream().map(Certificate::getTraineeId).toList(), scope).forEach((id, who) -> names.put(id, who.name()));
        for (Row row : rows) {
            Certificate certificate = found.get(row.certificate());
            if (certificate == null) {
                errors.add(row.number(), COLUMNS.key(0), "subsidy.import.certificate");
            } else if (!row.name().equals(names.get(certificate.getTraineeId()))) {
                errors.add(row.number(), COLUMNS.key(1), "subsidy.import.name");
            }
        }
        if (!errors.isEmpty()) {
            return errors.rejected();
        }
        int made = 0;
        for (Row row : rows) {
            Certificate certificate = found.get(row.certificate());
            try {
                for (long id : claims.open(new NewClaims(policyId, certificate.getCourseId(), Set.of(certificate.getId())), scope)) {
                    claims.updateAccount(id, claims.get(id, scope).getVersion(), row.account(), scope);
                    made++;
                }
            } catch (RuleViolation violation) {
                errors.add(row.number(), null, violation.messageKeys().get(0));
            }
        }
        if (!errors.isEmpty()) {
            // all or nothing: the claims made before the refused row go too
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return errors.rejected();
        }
        audit.record("subsidy.claim.import", "subsidy_policy", policyId, "claims=" + made);
        return ImportResult.stored(made);
    }

    private static Row row(int number, List<XlsxReader.Cell> cells, Map<String, Integer> seen, ErrorCollector errors) {
        String certificate = TemplateColumns.text(cells, 0);
        String name = TemplateColumns.text(cells, 1);
        String kind = TemplateColumns.text(cells, 2);
        String account = TemplateColumns.text(cells, 3);
        String bank = TemplateColumns.text(cells, 4);
        if (certificate == null && name == null && kind == null && account == null && bank == null) {
            return null;
        }
        List<String[]> wrong = new ArrayList<>();
        if (certificate == null || certificate.length() > 40) {
            wrong.add(new String[]{COLUMNS.key(0), "subsidy.import.certificate"});
        } else {
            Integer earlier = seen.putIfAbsent(certificate, number);
            if (earlier != null) {
                errors.add(number, COLUMNS.key(0), "subsidy.import.twice", earlier);
                wrong.add(null);
            }
        }
        if (name == null || name.length() > 50) {
            wrong.add(new String[]{COLUMNS.key(1), "subsidy.import.name"});
        }
        AccountKind accountKind = kind == null ? null : KINDS.get(kind);
        if (accountKind == null) {
            wrong.add(new String[]{COLUMNS.key(2), "subsidy.import.accountKind"});
        }
        String digits = account == null ? "" : account.replaceAll("[\\s-]", "");
        if (!ACCOUNT.matcher(digits).matches()) {
            wrong.add(new String[]{COLUMNS.key(3), "subsidy.claim.account.format"});
        }
        if (bank == null || bank.length() > 100) {
            wrong.add(new String[]{COLUMNS.key(4), "subsidy.claim.bank"});
        }
        if (!wrong.isEmpty()) {
            wrong.stream().filter(w -> w != null).forEach(w -> errors.add(number, w[0], w[1]));
            return null;
        }
        return new Row(number, certificate, name, new PayeeAccount(accountKind, digits, bank));
    }
}
