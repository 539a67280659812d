package cn.jilin.laborbrand.subsidy.rule;

import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import java.sql.Array;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live grants of a set of people, whatever claim or region they came from: the history the rule engine checks a
 * new claim against. Read by the people's keyed hashes (an index on them keeps it one lookup per person, so that ten
 * thousand new claims are checked against a million earlier ones in one query).
 */
@Component
public class GrantHistory {

    private final JdbcTemplate jdbc;

    GrantHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Live grants of these people, except those of claim {@code excludedClaimId} (the one being checked). The claim
     * number is looked up for the grants found only: a join hashed every claim (bench/README.md).
     */
    @Transactional(readOnly = true)
    public List<Grant> of(Collection<String> personIndexes, long excludedClaimId) {
        if (personIndexes.isEmpty()) {
            return List.of();
        }
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select p.resident_id_index, p.name, p.kind, p.occupation_code, p.skill_level, p.claim_year, p.evidence_date,
                           (select c.number from subsidy_claim c where c.id = p.claim_id)
                    from subsidy_claim_person p
                    where p.live and p.resident_id_index = any (?) and p.claim_id <> ?""");
            Array indexes = connection.createArrayOf("varchar", personIndexes.toArray());
            statement.setArray(1, indexes);
            statement.setLong(2, excludedClaimId);
            return statement;
        }, (rs, i) -> new Grant(rs.getString(1), rs.getString(2), SubsidyKind.valueOf(rs.getString(3)), rs.getString(4),
                (Integer) rs.getObject(5), rs.getInt(6), rs.getObject(7, java.time.LocalDate.class), rs.getString(8)));
    }
}
