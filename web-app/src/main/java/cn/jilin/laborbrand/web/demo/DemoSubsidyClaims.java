package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.excel.SpreadsheetExport;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.subsidy.batch.BatchService;
import cn.jilin.laborbrand.subsidy.batch.DisbursementLine;
import cn.jilin.laborbrand.subsidy.claim.AccountKind;
import cn.jilin.laborbrand.subsidy.claim.ClaimAction;
import cn.jilin.laborbrand.subsidy.claim.ClaimDecisions;
import cn.jilin.laborbrand.subsidy.claim.ClaimService;
import cn.jilin.laborbrand.subsidy.claim.ClaimState;
import cn.jilin.laborbrand.subsidy.claim.NewClaims;
import cn.jilin.laborbrand.subsidy.claim.PayeeAccount;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's claims, each made from the evidence and taken by the ordinary workflow steps to where it stays: per city
 * three drafts, two submitted, two checked, one returned, one rejected, one withdrawn, one approved, two on public
 * notice and five payable. Four of 长春's payable claims are paid in one batch ({@code fund.changchun}) and one of them
 * is recovered; four of 吉林's go in a batch whose bank return fails one line ({@code fund.province}); three of 延边's
 * wait in an open batch. Second claims for people already claimed for, a course too short and certificates too old stay
 * drafts with the rule engine's findings; 辽源's dispatch brings transport grants.
 */
@Component
@Profile("demo")
class DemoSubsidyClaims {

    /** What {@link DemoSubsidies} made for the claims to rest on. */
    record Plan(long training, long transport, List<DemoSubsidies.Certified> courses, DemoSubsidies.Certified shortCourse,
                DemoSubsidies.Certified oldCourse, long dispatch) {
    }

    /** Where each claim of a city's course stays, by its place in the roster. */
    static final List<ClaimState> PER_CITY = List.of(ClaimState.DRAFT, ClaimState.DRAFT, ClaimState.DRAFT, ClaimState.SUBMITTED,
            ClaimState.SUBMITTED, ClaimState.VERIFIED, ClaimState.VERIFIED, ClaimState.RETURNED, ClaimState.REJECTED, ClaimState.WITHDRAWN,
            ClaimState.APPROVED, ClaimState.NOTICE, ClaimState.NOTICE, ClaimState.PAYABLE, ClaimState.PAYABLE, ClaimState.PAYABLE,
            ClaimState.PAYABLE, ClaimState.PAYABLE);
    static final List<ClaimState> TRANSPORT = List.of(ClaimState.DRAFT, ClaimState.DRAFT, ClaimState.SUBMITTED, ClaimState.SUBMITTED,
            ClaimState.VERIFIED, ClaimState.VERIFIED, ClaimState.APPROVED, ClaimState.NOTICE, ClaimState.NOTICE, ClaimState.PAYABLE);
    private static final List<String> RETURN_HEADERS = List.of("序号", "申请编号", "金额（元）", "结果", "失败原因");
    private static final String[] BANKS = {"中国工商银行", "中国农业银行", "中国建设银行", "吉林银行", "吉林省农村信用社"};
    private static final DataScope PROVINCE = DataScope.province();

    private final ClaimService claims;
    private final ClaimDecisions decisions;
    private final BatchService batches;
    private final AccountService accounts;
    private BiConsumer<String, Long> marks;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoSubsidyClaims(ClaimService claims, ClaimDecisions decisions, BatchService batches, AccountService accounts, JdbcTemplate jdbc,
                      Clock clock) {
        this.claims = claims;
        this.decisions = decisions;
        this.batches = batches;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Runs as the system actor of {@link DemoSubsidies}, with every subsidy permission; names each claim and batch it
     * made to {@code marks}, for the demo badge once everything is written.
     */
    void walk(Plan plan, BiConsumer<String, Long> marks) {
        this.marks = marks;
        List<List<Long>> byCity = new ArrayList<>();
        for (DemoSubsidies.Certified course : plan.courses()) {
            List<Long> made = open(plan.training(), course.courseId(), Set.of());
            for (int i = 0; i < made.size(); i++) {
                walk(made.get(i), PER_CITY.get(i % PER_CITY.size()), i);
            }
            byCity.add(made);
        }
        List<Long> transport = open(plan.transport(), plan.dispatch(), Set.of());
        for (int i = 0; i < transport.size(); i++) {
            walk(transport.get(i), TRANSPORT.get(i % TRANSPORT.size()), i);
        }

        // 长春: a batch paid in full, then one claim found wrong and recovered
        List<Long> changchun = payable(byCity.get(0)).subList(0, 4);
        long paid = asUser("fund.changchun", scope -> settle(changchun, null, scope));
        long recovered = changchun.get(0);
        decisions.recover(recovered, version(recovered), claims.get(recovered, PROVINCE).getAmount(), "经核查，该学员同期已在外省领取同一等级培训补贴，予以追回。",
                LocalDate.now(clock), PROVINCE);
        // 吉林: the bank could not pay one line (the account was closed)
        List<Long> jilin = payable(byCity.get(1)).subList(0, 4);
        long failed = asUser("fund.province", scope -> settle(jilin, jilin.get(jilin.size() - 1), scope));
        // 延边: three claims wait in a batch not yet sent to the bank
        List<Long> yanbian = payable(byCity.get(7)).subList(0, 3);
        long open = batches.build(budgetOf(yanbian.get(0), PROVINCE), yanbian, PROVINCE);
        List.of(paid, failed, open).forEach(id -> marks.accept("disbursement_batch", id));

        // the rule engine's findings: the same person, occupation and level claimed twice; too few hours; too late
        for (int city = 0; city < 2; city++) {
            DemoSubsidies.Certified course = plan.courses().get(city);
            open(plan.training(), course.courseId(), Set.of(course.certificateIds().get(3), course.certificateIds().get(5),
                    course.certificateIds().get(10)));
        }
        open(plan.training(), plan.shortCourse().courseId(), Set.of());
        open(plan.training(), plan.oldCourse().courseId(), Set.of());
    }

    private List<Long> open(long policy, long evidence, Set<Long> people) {
        List<Long> made = claims.open(new NewClaims(policy, evidence, people), PROVINCE);
        made.forEach(id -> marks.accept("subsidy_claim", id));
        return made;
    }

    /** Takes a new claim by the workflow's own steps to {@code target}. */
    private void walk(long id, ClaimState target, int n) {
        if (target == ClaimState.DRAFT && n % 3 != 1) {
            return;
        }
        claims.updateAccount(id, version(id), new PayeeAccount(n % 4 == 0 ? AccountKind.SOCIAL_CARD : AccountKind.BANK,
                "6217" + String.format("%015d", 220_000_000_000_000L + id * 7919 % 1_000_000_000), BANKS[(int) (id % BANKS.length)] + "（演示数据）"), PROVINCE);
        if (target == ClaimState.DRAFT) {
            return;
        }
        step(id, ClaimAction.SUBMIT, null);
        switch (target) {
            case SUBMITTED -> {
                return;
            }
            case WITHDRAWN -> {
                step(id, ClaimAction.WITHDRAW, "学员已在户籍地申领，撤回本申请。");
                return;
            }
            case RETURNED -> {
                step(id, ClaimAction.RETURN, "社会保障卡账号与身份证姓名不一致，请核对后重新提交。");
                return;
            }
            case REJECTED -> {
                step(id, ClaimAction.REJECT, "培训考勤记录不足规定学时的80%，不予补贴。");
                return;
            }
            default -> step(id, ClaimAction.VERIFY, "材料齐全，初审通过。");
        }
        if (target == ClaimState.VERIFIED) {
            return;
        }
        step(id, ClaimAction.APPROVE, "同意补贴。");
        if (target == ClaimState.APPROVED) {
            return;
        }
        step(id, ClaimAction.START_NOTICE, null);
        if (target == ClaimState.NOTICE) {
            return;
        }
        // a notice cannot end on the day it starts: the demo's payable claims were put on notice (7 days) eight days ago
        jdbc.update("update subsidy_claim set notice_from = notice_from - 8, notice_to = notice_to - 8 where id = ? and state = 'NOTICE'", id);
        step(id, ClaimAction.END_NOTICE, "公示期满无异议。");
    }

    private List<Long> payable(List<Long> made) {
        List<Long> payable = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            if (PER_CITY.get(i % PER_CITY.size()) == ClaimState.PAYABLE) {
                payable.add(made.get(i));
            }
        }
        return payable;
    }

    /** Builds a batch of the claims, sends the bank file and reads the bank's answer (one line failed, or none). */
    private long settle(List<Long> ids, Long failing, DataScope scope) {
        long batch = batches.build(budgetOf(ids.get(0), scope), ids, scope);
        List<List<?>> rows = new ArrayList<>();
        for (DisbursementLine line : batches.lines(batch, scope)) {
            boolean fails = failing != null && failing == line.getClaimId();
            rows.add(List.of(String.valueOf(line.getId()), claims.get(line.getClaimId(), scope).getNumber(), line.getAmount().toPlainString(),
                    fails ? "失败" : "成功", fails ? "账户已销户" : ""));
        }
        Path file = null;
        try {
            batches.exportBankFile(batch, scope, OutputStream.nullOutputStream());
            file = Files.createTempFile("demo-return", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                SpreadsheetExport.write("回盘", RETURN_HEADERS, rows, out);
            }
            if (!batches.importReturn(batch, file, scope).accepted()) {
                throw new IllegalStateException("demo bank return refused");
            }
            return batch;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private long budgetOf(long claim, DataScope scope) {
        return claims.get(claim, scope).getBudgetId();
    }

    private void step(long id, ClaimAction action, String comment) {
        decisions.take(id, version(id), action, comment, PROVINCE);
    }

    private long version(long id) {
        return claims.get(id, PROVINCE).getVersion();
    }

    /** The fund officer signs in and pays, as on the page (the approver never pays). */
    private <T> T asUser(String username, Function<DataScope, T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SignedInAccount user = (SignedInAccount) accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.apply(user.scope());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
