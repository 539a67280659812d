package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.testing.Acting;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.subsidy.batch.BatchService;
import cn.jilin.laborbrand.subsidy.rule.Candidate;
import cn.jilin.laborbrand.subsidy.rule.EligibilityRules;
import cn.jilin.laborbrand.subsidy.rule.Finding;
import cn.jilin.laborbrand.subsidy.rule.Grant;
import cn.jilin.laborbrand.subsidy.rule.GrantHistory;
import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The subsidy benchmarks of issue 10 (see bench/README.md), on the module's test application and its embedded
 * PostgreSQL, in a database of their own. Not part of the suite (the name matches no test pattern): run on purpose with
 * {@code bench/subsidy.sh}. It prints wall times, the plan of the history query and the heap's peak; it asserts only
 * outcomes (what was found, how many lines were written), never a time.
 */
@TestPropertySource(properties = "laborbrand.test-database.name=subsidy_bench")
class SubsidyBenchmark extends SubsidyTestSupport {

    private static final int EXISTING = Integer.getInteger("bench.grants", 1_000_000);
    private static final int PEOPLE = EXISTING * 2 / 5;
    private static final int NEW_CLAIMS = Integer.getInteger("bench.claims", 10_000);
    private static final int BATCH_LINES = Integer.getInteger("bench.lines", 50_000);
    private static final String HISTORY = """
            select p.resident_id_index, p.name, p.kind, p.occupation_code, p.skill_level, p.claim_year, p.evidence_date,
                   (select c.number from subsidy_claim c where c.id = p.claim_id)
            from subsidy_claim_person p
            where p.live and p.resident_id_index = any (?) and p.claim_id <> ?""";

    @Autowired
    GrantHistory history;
    @Autowired
    BatchService batches;

    @Test
    void checksAndBatch() throws Exception {
        Path out = Path.of("target", "bench-subsidy.txt");
        String checks = checks();
        System.out.println("=== subsidy benchmark: checks ===\n" + checks);
        Files.writeString(out, checks);
        String batch = batch();
        System.out.println("=== subsidy benchmark: batch ===\n" + batch);
        Files.writeString(out, checks + batch);
    }

    /** 10,000 new claims checked for duplicates and limits against 1,000,000 live grants of 400,000 people. */
    private String checks() {
        StringBuilder report = new StringBuilder();
        long t0 = System.nanoTime();
        // a claim per grant: people p = i mod PEOPLE, their j-th grant in another occupation (the unique indexes allow it)
        jdbc.update("""
                insert into subsidy_claim (number, policy_id, kind, region_code, approval_level, payee_kind, payee_name, evidence, evidence_id,
                                           claim_year, amount, state)
                select 'B' || i, ?, 'TRAINING', '220102', 'CITY', 'PERSON', '学员' || (i % ?), 'CERTIFICATE', i, 2024 + (i / ?) % 3, 800, 'PAID'
                from generate_series(0, ? - 1) i""", policy, PEOPLE, PEOPLE, EXISTING);
        jdbc.update("""
                insert into subsidy_claim_person (claim_id, kind, claim_year, name, resident_id_cipher, resident_id_index, occupation_code,
                                                  skill_level, evidence_date, amount, live)
                select c.id, 'TRAINING', c.claim_year, c.payee_name, 'x', encode(sha256(('p' || (c.evidence_id % ?))::bytea), 'hex'),
                       'X-' || (c.evidence_id / ?), 5 - (c.evidence_id / ?) % 3, date '2024-06-01', 800, true
                from subsidy_claim c where c.number like 'B%'""", PEOPLE, PEOPLE, PEOPLE);
        jdbc.execute("analyze subsidy_claim");
        jdbc.execute("analyze subsidy_claim_person");
        report.append(String.format("loaded %,d live grants of %,d people in %.1f s%n", EXISTING, PEOPLE, (System.nanoTime() - t0) / 1e9));

        // half the new claims are for people with grants (the same occupation and level: a duplicate), half for new people
        List<Grant> asked = new ArrayList<>();
        int year = LocalDate.now().getYear();
        for (int i = 0; i < NEW_CLAIMS; i++) {
            String person = i % 2 == 0 ? "p" + (i * 37 % PEOPLE) : "new" + i;
            asked.add(new Grant(sha256(person), "新学员" + i, SubsidyKind.TRAINING, "X-0", 5, year, LocalDate.now().minusMonths(1), null));
        }
        var trainingPolicy = policies.get(policy);

        // set-based: one query for every person of the 10,000 claims, then the engine per claim over its person's history
        long start = System.nanoTime();
        List<Grant> earlier = history.of(asked.stream().map(Grant::personIndex).distinct().toList(), -1);
        long queried = System.nanoTime();
        Map<String, List<Grant>> byPerson = earlier.stream().collect(Collectors.groupingBy(Grant::personIndex));
        int duplicates = 0;
        for (Grant g : asked) {
            List<Finding> found = EligibilityRules.check(new Candidate(trainingPolicy, List.of(g), true, true, List.of(), List.of()),
                    byPerson.getOrDefault(g.personIndex(), List.of()), LocalDate.now());
            duplicates += found.stream().anyMatch(f -> f.rule().equals("sameGrant")) ? 1 : 0;
        }
        long done = System.nanoTime();
        assertThat(duplicates).isEqualTo(NEW_CLAIMS / 2);
        report.append(String.format("set-based: %,d claims checked against %,d grants in %.0f ms (history query %.0f ms, %,d earlier grants; rules %.0f ms); "
                        + "%,d duplicates found%n", NEW_CLAIMS, EXISTING, (done - start) / 1e6, (queried - start) / 1e6, earlier.size(),
                (done - queried) / 1e6, duplicates));

        // as a claim is opened today: one history query per claim
        start = System.nanoTime();
        int perClaimDuplicates = 0;
        for (Grant g : asked) {
            List<Finding> found = EligibilityRules.check(new Candidate(trainingPolicy, List.of(g), true, true, List.of(), List.of()),
                    history.of(List.of(g.personIndex()), -1), LocalDate.now());
            perClaimDuplicates += found.stream().anyMatch(f -> f.rule().equals("sameGrant")) ? 1 : 0;
        }
        done = System.nanoTime();
        assertThat(perClaimDuplicates).isEqualTo(duplicates);
        report.append(String.format("per claim: %,d history queries in %.0f ms (%.0f µs each)%n", NEW_CLAIMS, (done - start) / 1e6,
                (done - start) / 1e3 / NEW_CLAIMS));

        String[] keys = asked.stream().map(Grant::personIndex).distinct().toArray(String[]::new);
        List<String> plan = jdbc.query(connection -> {
            var statement = connection.prepareStatement("explain (analyze, buffers) " + HISTORY);
            statement.setArray(1, connection.createArrayOf("varchar", keys));
            statement.setLong(2, -1);
            return statement;
        }, (rs, i) -> rs.getString(1));
        report.append("plan of the history query for ").append(keys.length).append(" people:\n");
        plan.forEach(line -> report.append("    ").append(line).append('\n'));
        return report.toString();
    }

    /** A fund officer builds a 50,000-line batch and exports its bank file (streamed to disk). */
    private String batch() throws Exception {
        StringBuilder report = new StringBuilder();
        budget("999999999.00");
        long budget = jdbc.queryForObject("select id from subsidy_budget where policy_id = ?", Long.class, policy);
        String account = cipher.encrypt("6222021234567890123");
        long t0 = System.nanoTime();
        jdbc.update("""
                insert into subsidy_claim (number, policy_id, kind, budget_id, region_code, approval_level, payee_kind, payee_name, account_kind,
                                           account_cipher, bank_name, evidence, evidence_id, claim_year, amount, state, approved_by)
                select 'L' || i, ?, 'TRAINING', ?, '220102', 'CITY', 'PERSON', '收款人' || i, 'BANK', ?, '中国工商银行长春分行', 'CERTIFICATE', i, ?,
                       1500, 'PAYABLE', 13
                from generate_series(1, ?) i""", policy, budget, account, LocalDate.now().getYear(), BATCH_LINES);
        jdbc.update("update subsidy_budget set committed = ? where id = ?", 1500L * BATCH_LINES, budget);
        jdbc.execute("analyze subsidy_claim");
        List<Long> ids = jdbc.queryForList("select id from subsidy_claim where number like 'L%' order by id", Long.class);
        report.append(String.format("%n%,d payable claims made in %.1f s%n", ids.size(), (System.nanoTime() - t0) / 1e9));

        resetPeaks();
        long start = System.nanoTime();
        long batch = Acting.as(41, () -> batches.build(budget, ids, city), "subsidy:view", "subsidy:disburse");
        double built = (System.nanoTime() - start) / 1e9;
        report.append(String.format("built a batch of %,d lines in %.1f s, heap peak %d MB%n", ids.size(), built, heapPeakMb()));

        Path file = Path.of("target", "bench-bank-file.xlsx");
        resetPeaks();
        start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            Acting.as(41, () -> {
                batches.exportBankFile(batch, city, out);
                return null;
            }, "subsidy:view", "subsidy:disburse");
        }
        double exported = (System.nanoTime() - start) / 1e9;
        assertThat(jdbc.queryForObject("select count(*) from disbursement_line where batch_id = ?", Integer.class, batch)).isEqualTo(BATCH_LINES);
        report.append(String.format("exported its bank file (%.1f MB) in %.1f s, heap peak %d MB, max heap %d MB%n", Files.size(file) / 1e6, exported,
                heapPeakMb(), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        return report.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeakMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
