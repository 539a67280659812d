package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.PlatformTime;
import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.subsidy.policy.PayeeKind;
import java.math.BigDecimal;
import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees of subsidies, without signing in (公示 and 事后公开): claims on public notice now, with the people
 * they pay for, and the claims paid, each with names and resident IDs masked by the platform's one rule. An
 * institution, enterprise or agency that is paid is named in full; a person never is.
 */
@Service
public class PublicSubsidies {

    /** A person on a public list: masked name and resident ID, and the amount for them. */
    public record ShownPerson(String name, String residentId, BigDecimal amount) {
    }

    /** A claim on a public list. */
    public record ShownClaim(long id, String number, String policyName, String regionCode, PayeeKind payeeKind, String payee, BigDecimal amount,
                             LocalDate noticeFrom, LocalDate noticeTo, LocalDate paidOn, List<ShownPerson> people) {
    }

    private static final String COLUMNS = """
            select c.id, c.number, p.name, c.region_code, c.payee_kind, c.payee_name, c.amount, c.notice_from, c.notice_to,
                   (c.paid_at at time zone ?)::date
            from subsidy_claim c join subsidy_policy p on p.id = c.policy_id
            """;

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    PublicSubsidies(JdbcTemplate jdbc, PersonalDataCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Claims on public notice today, those ending first first; optionally of one prefecture (its counties included). */
    @Transactional(readOnly = true)
    public Page<ShownClaim> onNotice(String prefectureCode, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        String where = " where c.state = 'NOTICE' and c.notice_to >= ? and (?::varchar is null or left(c.region_code, 4) = left(?, 4))";
        long total = jdbc.queryForObject("select count(*) from subsidy_claim c" + where, Long.class, today, prefectureCode, prefectureCode);
        List<ShownClaim> rows = read(COLUMNS + where + " order by c.notice_to, c.number limit ? offset ?",
                PlatformTime.ZONE.getId(), today, prefectureCode, prefectureCode, pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(rows, pageable, total);
    }

    /** Claims paid in {@code year} (by Beijing date of payment), newest first; optionally of one prefecture. */
    @Transactional(readOnly = true)
    public Page<ShownClaim> paid(int year, String prefectureCode, Pageable pageable) {
        String where = " where c.state = 'PAID' and c.paid_at >= ? and c.paid_at < ? and (?::varchar is null or left(c.region_code, 4) = left(?, 4))";
        var from = java.sql.Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(PlatformTime.ZONE).toInstant());
        var to = java.sql.Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(PlatformTime.ZONE).toInstant());
        long total = jdbc.queryForObject("select count(*) from subsidy_claim c" + where, Long.class, from, to, prefectureCode, prefectureCode);
        List<ShownClaim> rows = read(COLUMNS + where + " order by c.paid_at desc, c.number limit ? offset ?",
                PlatformTime.ZONE.getId(), from, to, prefectureCode, prefectureCode, pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(rows, pageable, total);
    }

    private List<ShownClaim> read(String sql, Object... arguments) {
        List<Object[]> claims = jdbc.query(sql, (rs, i) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                PayeeKind.valueOf(rs.getString(5)), rs.getString(6), rs.getBigDecimal(7), rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class)}, arguments);
        Map<Long, List<ShownPerson>> people = people(claims.stream().map(c -> (Long) c[0]).toList());
        List<ShownClaim> shown = new ArrayList<>();
        for (Object[] c : claims) {
            PayeeKind kind = (PayeeKind) c[4];
            String payee = kind == PayeeKind.PERSON ? Masking.name((String) c[5]) : (String) c[5];
            shown.add(new ShownClaim((Long) c[0], (String) c[1], (String) c[2], (String) c[3], kind, payee, (BigDecimal) c[6],
                    (LocalDate) c[7], (LocalDate) c[8], (LocalDate) c[9], people.getOrDefault((Long) c[0], List.of())));
        }
        return shown;
    }

    private Map<Long, List<ShownPerson>> people(List<Long> claimIds) {
        Map<Long, List<ShownPerson>> people = new HashMap<>();
        if (claimIds.isEmpty()) {
            return people;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "select claim_id, name, resident_id_cipher, amount from subsidy_claim_person where claim_id = any (?) order by claim_id, id");
            Array ids = connection.createArrayOf("bigint", claimIds.toArray());
            statement.setArray(1, ids);
            return statement;
        }, rs -> {
            people.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new ShownPerson(Masking.name(rs.getString(2)),
                    Masking.residentId(cipher.decrypt(rs.getString(3))), rs.getBigDecimal(4)));
        });
        return people;
    }
}
