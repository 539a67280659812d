package cn.jilin.laborbrand.subsidy.claim;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Numbers people quote: BT2026-000123 for a claim (补贴), BF2026-0042 for a batch (拨付), from database sequences. */
@Component
public class ClaimNumbers {

    private final JdbcTemplate jdbc;

    ClaimNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String nextClaim(int year) {
        return String.format("BT%d-%06d", year, jdbc.queryForObject("select nextval('subsidy_claim_number_seq')", Long.class));
    }

    /** The next batch number of a year. */
    public String nextBatch(int year) {
        return String.format("BF%d-%04d", year, jdbc.queryForObject("select nextval('disbursement_batch_number_seq')", Long.class));
    }
}
