package cn.jilin.laborbrand.web.bench;

import cn.jilin.laborbrand.platform.code.ResidentId;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.postgresql.PGConnection;

/**
 * The rows that take a demo database to a province's volume (issue 12's table): brands, applications, bases, courses,
 * trainees, certificates, subsidy claims and audit events, made from the demo's own rows (copied with a number in
 * their names) and set-based SQL; the personal data of every trainee is a distinct valid resident ID and phone,
 * encrypted and indexed by the portal's {@link PersonalDataCipher}, so that every page, search and mask works on it.
 * Seeded: the same profile gives the same rows (apart from the ciphertexts' random IVs). Every row is marked demo.
 */
final class ProvinceGrowth {

    /** Sizes: {@code PROVINCE} is issue 12's table, {@code SMALL} a twentieth of it for a quick run. */
    enum Profile {
        SMALL(20), PROVINCE(1);

        private final int divisor;

        Profile(int divisor) {
            this.divisor = divisor;
        }

        int brands() {
            return Math.max(40, 414 / divisor);
        }

        int applications() {
            return 1_179 / divisor;
        }

        int bases() {
            return Math.max(15, 208 / divisor);
        }

        int courses() {
            return 12_005 / divisor;
        }

        int traineesPerCourse() {
            return 51;
        }

        int trainees() {
            return courses() * traineesPerCourse();
        }

        /** Distinct people: a trainee takes about one and a half courses. */
        int people() {
            return trainees() * 2 / 3;
        }

        int subsidyClaims() {
            return 1_000_000 / divisor;
        }

        int auditEvents() {
            return 2_000_000 / divisor;
        }
    }

    private static final String[] SURNAMES = "王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 金 朴 崔 姜".split(" ");
    private static final String[] GIVEN = "伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 志强 海燕 春生 玉梅 东升".split(" ");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int COPY_CHUNK = 20_000;

    private final Connection db;
    private final PersonalDataCipher cipher;
    private final Profile profile;
    private final StringBuilder report = new StringBuilder();
    /** The last id before this run's courses, trainees and certificates: what comes after is this run's. */
    private long coursesBefore;
    private long traineesBefore;
    private long certificatesBefore;

    ProvinceGrowth(Connection db, PersonalDataCipher cipher, Profile profile) {
        this.db = db;
        this.cipher = cipher;
        this.profile = profile;
    }

    /** Adds what is missing to reach the profile (a database already grown is left as it is); answers the report. */
    String grow() throws SQLException {
        if (grown()) {
            report.append("already grown: ").append(count("trainee")).append(" trainees\n");
            return report.toString();
        }
        db.setAutoCommit(true);
        step("brands", this::brands);
        step("brand applications", this::applications);
        step("cultivation bases", this::bases);
        step("training courses", this::courses);
        step("people (encrypted resident IDs and phones)", this::people);
        step("trainees", this::trainees);
        step("certificates", this::certificates);
        step("subsidy claims", this::claims);
        step("audit events", this::auditEvents);
        step("vacuum analyze", this::vacuum);
        for (String table : List.of("labor_brand", "brand_application", "cultivation_base", "training_course", "trainee", "certificate",
                "subsidy_claim", "subsidy_claim_person", "audit_event")) {
            report.append(String.format("%-22s %,12d rows%n", table, count(table)));
        }
        return report.toString();
    }

    /** Whether the database holds the profile's trainees (the demo's own courses are part of its courses). */
    boolean grown() throws SQLException {
        return count("trainee") >= profile.trainees() * 99L / 100;
    }

    long count(String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private interface Step {
        long run() throws SQLException;
    }

    private void step(String name, Step step) throws SQLException {
        long start = System.nanoTime();
        long rows = step.run();
        report.append(String.format("%-45s %,10d rows %7.1f s%n", name, rows, (System.nanoTime() - start) / 1e9));
    }

    private long brands() throws SQLException {
        long missing = profile.brands() - count("labor_brand");
        return update("""
                with src as (select row_number() over (order by id) - 1 as k, * from labor_brand),
                     regs as (select row_number() over (order by code) - 1 as k, code from region where level <> 'PROVINCE')
                insert into labor_brand (name, region_code, scope, type, industry, occupations, maturity, level, workforce_size,
                                         annual_labor_income, trained_count, certified_count, brand_leader, story, status, demo)
                select left(b.name, 50) || '·' || g, r.code, b.scope, b.type, b.industry, b.occupations, b.maturity,
                       (array['NONE', 'MUNICIPAL', 'MUNICIPAL', 'NONE', 'PROVINCIAL', 'MUNICIPAL', 'NONE', 'NATIONAL'])[1 + g % 8],
                       b.workforce_size + g, b.annual_labor_income + g * 1000, b.trained_count, b.certified_count, b.brand_leader, b.story,
                       'ACTIVE', true
                from generate_series(1, ?::int) g
                join src b on b.k = g % (select count(*) from src)
                join regs r on r.k = (g * 7) % (select count(*) from regs)""", missing);
    }

    private long applications() throws SQLException {
        String phone = cipher.encrypt("13904310000");
        return update("""
                with brands as (select row_number() over (order by id) - 1 as k, id, region_code, level from labor_brand)
                insert into brand_application (brand_id, region_code, target_level, state, reasons, achievements, building_plan,
                                               contact_name, contact_phone_cipher, notice_start, notice_end, submitted_at, designated_at, demo)
                select b.id, b.region_code, (array['MUNICIPAL', 'PROVINCIAL', 'NATIONAL'])[1 + g % 3],
                       -- one open application a brand (brand_application_one_open): open only on a brand's first, if it has none
                       case when g <= (select count(*) from brands)
                                 and not exists (select 1 from brand_application x where x.brand_id = b.id
                                                 and x.state not in ('DESIGNATED', 'REJECTED', 'WITHDRAWN'))
                            then (array['DRAFT', 'SUBMITTED', 'RECOMMENDED', 'EXPERT_REVIEW', 'APPROVED', 'RETURNED'])[1 + g % 6]
                            else (array['DESIGNATED', 'REJECTED', 'WITHDRAWN'])[1 + g % 3] end,
                       '品牌培育成效显著，带动就业能力强（基准数据 ' || g || '）。', '近三年输出劳务人员逐年增长。', '建设培训基地，开展技能提升。',
                       '联系人' || g, ?, null, null,
                       now() - g * interval '1 hour', null, true
                from generate_series(1, ?::int) g
                join brands b on b.k = g % (select count(*) from brands)""", phone, profile.applications() - count("brand_application"));
    }

    private long bases() throws SQLException {
        String phone = cipher.encrypt("13804310000");
        long added = update("""
                with inst as (select row_number() over (order by id) - 1 as k, * from institution)
                insert into cultivation_base (name, institution_id, organisation_id, region_code, address, capacity, facilities, contact_name,
                                              contact_phone_cipher, level, state, designated_at, demo)
                select left(i.name, 80) || '培育基地' || g, i.id, i.organisation_id, i.region_code, i.address, 200 + g % 800, '实训车间、多媒体教室',
                       '基地联系人' || g, ?, case when g % 4 = 1 then 'PROVINCIAL' when g % 4 = 2 then 'MUNICIPAL' else 'NONE' end,
                       case when g % 4 in (1, 2) then 'DESIGNATED' when g % 4 = 3 then 'RECOMMENDED' else 'REGISTERED' end,
                       case when g % 4 in (1, 2) then now() - g * interval '1 day' end, true
                from generate_series(1, ?::int) g
                join inst i on i.k = g % (select count(*) from inst)""", phone, profile.bases() - count("cultivation_base"));
        update("""
                insert into cultivation_base_brand (base_id, brand_id)
                select b.id, (select id from labor_brand order by id offset (b.id % (select count(*) from labor_brand)) limit 1)
                from cultivation_base b where not exists (select 1 from cultivation_base_brand x where x.base_id = b.id)""");
        return added;
    }

    private long courses() throws SQLException {
        coursesBefore = max("training_course");
        return update("""
                with bases as (select row_number() over (order by b.id) - 1 as k, b.*, bb.brand_id
                               from cultivation_base b left join cultivation_base_brand bb on bb.base_id = b.id),
                     occ as (select row_number() over (order by code) - 1 as k, code, name from occupation)
                insert into training_course (name, occupation_code, brand_id, base_id, institution_id, organisation_id, region_code, start_date,
                                             end_date, hours, subsidised, status, demo)
                select o.name || '培训班（第' || g || '期）', o.code, b.brand_id, b.id, b.institution_id, b.organisation_id, b.region_code,
                       date '2022-03-01' + (g % 1300), date '2022-03-01' + (g % 1300) + 30, 40 + g % 200, g % 3 <> 0,
                       (array['FINISHED', 'FINISHED', 'RUNNING', 'FINISHED', 'FINISHED', 'PLANNED'])[1 + g % 6], true
                from generate_series(1, ?::int) g
                join bases b on b.k = g % (select count(*) from bases)
                join occ o on o.k = g % (select count(*) from occ)""", profile.courses() - count("training_course"));
    }

    /** A temporary table of distinct people: valid resident IDs of the province's counties, encrypted with the portal's key. */
    private long people() throws SQLException {
        List<String> counties = strings("select code from region where level = 'COUNTY' order by code");
        update("create temporary table bench_person (no integer primary key, name varchar(50), birth_date date, sex varchar(8), "
                + "id_cipher varchar(200), id_index varchar(64), phone_cipher varchar(200), home_region varchar(6))");
        int people = profile.people();
        LocalDate epoch = LocalDate.of(1968, 1, 1);
        for (int from = 0; from < people; from += COPY_CHUNK) {
            String csv = IntStream.range(from, Math.min(people, from + COPY_CHUNK)).parallel().mapToObj(i -> {
                // injective: i -> (county, birth day, sequence); the sequence's parity (the sex) follows i
                int n = counties.size();
                String county = counties.get(i % n);
                int rest = i / n;
                LocalDate birth = epoch.plusDays(rest % 12_000);
                int sequence = 2 * (rest / 12_000) + (i % 2);
                String body = county + birth.format(BASIC) + String.format("%03d", sequence);
                String id = body + ResidentId.checkCharacter(body);
                String name = SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length];
                String phone = String.format("13%09d", i);
                return String.join(",", Integer.toString(i), name, birth.toString(), i % 2 == 1 ? "MALE" : "FEMALE", cipher.encrypt(id),
                        cipher.blindIndex(id), cipher.encrypt(phone), county);
            }).collect(Collectors.joining("\n", "", "\n"));
            copy("copy bench_person from stdin (format csv)", csv);
        }
        update("analyze bench_person");
        return people;
    }

    private long trainees() throws SQLException {
        traineesBefore = max("trainee");
        return update("""
                insert into trainee (course_id, organisation_id, region_code, name, resident_id_cipher, resident_id_index, birth_date, sex,
                                     phone_cipher, home_region_code, priority_groups, demo)
                select c.id, c.organisation_id, c.region_code, p.name, p.id_cipher, p.id_index, p.birth_date, p.sex, p.phone_cipher,
                       p.home_region, '', true
                from (select row_number() over (order by id) - 1 as k, id, organisation_id, region_code from training_course where id > ?) c
                cross join generate_series(0, ?::int - 1) j
                join bench_person p on p.no = (c.k * ? + j) % ?""",
                coursesBefore, profile.traineesPerCourse(), profile.traineesPerCourse(), profile.people());
    }

    /** Three in four trainees of a finished course: about half of all trainees. */
    private long certificates() throws SQLException {
        certificatesBefore = max("certificate");
        return update("""
                insert into certificate (number, issuer_id, trainee_id, course_id, organisation_id, region_code, holder_name, kind, occupation_code,
                                         level, issue_date, demo)
                select 'JB' || t.id, t.organisation_id, t.id, t.course_id, t.organisation_id, t.region_code, t.name,
                       case when t.id % 3 = 0 then 'QUALIFICATION' else 'SKILL_LEVEL' end, c.occupation_code,
                       case when t.id % 3 = 0 then null else 1 + t.id % 5 end, c.end_date, true
                from trainee t join training_course c on c.id = t.course_id
                where t.id > ? and c.status = 'FINISHED' and t.id % 4 <> 0""", traineesBefore);
    }

    /**
     * One claim per generated certificate, paid, and a person line that holds the grant; then further claims on the same
     * certificates in other states (not live), up to the profile's number.
     */
    private long claims() throws SQLException {
        Long policy = longValue("select min(id) from subsidy_policy where evidence = 'CERTIFICATE'");
        if (policy == null || policy == 0) {
            report.append("no certificate subsidy policy in the demo: no claims\n");
            return 0;
        }
        String account = cipher.encrypt("6222020200112233445");
        long certificates = longValue("select count(*) from certificate where id > " + certificatesBefore);
        long before = max("subsidy_claim");
        long added = update("""
                with ce as (select row_number() over (order by id) - 1 as k, * from certificate where id > ?)
                insert into subsidy_claim (number, policy_id, kind, region_code, approval_level, payee_kind, payee_name, account_kind,
                                           account_cipher, bank_name, evidence, evidence_id, claim_year, amount, state, notice_from, notice_to,
                                           paid_at, demo)
                select 'JB' || lpad(g::text, 9, '0'), p.id, p.kind, c.region_code, p.approval_level, p.payee_kind, c.holder_name, 'BANK', ?,
                       '中国工商银行吉林省分行', p.evidence, c.id, extract(year from c.issue_date)::int, 800 + 200 * coalesce(c.level, 0),
                       case when g < ? then 'PAID'
                            else (array['DRAFT', 'SUBMITTED', 'VERIFIED', 'APPROVED', 'NOTICE', 'PAYABLE', 'RETURNED', 'REJECTED', 'WITHDRAWN'])[1 + g % 9] end,
                       case when g < ? then c.issue_date + 30 end, case when g < ? then c.issue_date + 37 end,
                       case when g < ? then c.issue_date + 60 end, true
                from generate_series(0, ?::int - 1) g
                join ce c on c.k = g % ?
                join subsidy_policy p on p.id = ?""", certificatesBefore, account, certificates, certificates, certificates, certificates,
                profile.subsidyClaims(), certificates, policy);
        update("""
                insert into subsidy_claim_person (claim_id, kind, claim_year, name, resident_id_cipher, resident_id_index, occupation_code,
                                                  skill_level, evidence_id, evidence_date, amount, live)
                select s.id, s.kind, s.claim_year, t.name, t.resident_id_cipher, t.resident_id_index, c.occupation_code, c.level, c.id,
                       c.issue_date, s.amount,
                       s.state = 'PAID' and row_number() over (partition by s.state = 'PAID', t.resident_id_index, c.occupation_code, c.level
                                                               order by s.id) = 1
                from subsidy_claim s join certificate c on c.id = s.evidence_id join trainee t on t.id = c.trainee_id
                where s.id > ?""", before);
        return added;
    }

    private long auditEvents() throws SQLException {
        return update("""
                with acc as (select row_number() over (order by id) - 1 as k, id, username, organisation_id from account),
                     act as (select row_number() over (order by a) - 1 as k, a from unnest(array['auth.login', 'auth.logout', 'brand.update',
                             'brand_application.submit', 'trainee.import', 'certificate.issue', 'subsidy_claim.approve', 'personal_data.reveal',
                             'base.update', 'task.report']) a)
                insert into audit_event (occurred_at, account_id, username, organisation_id, ip, action, object_type, object_id, outcome, detail)
                select now() - g * interval '15 seconds', u.id, u.username, u.organisation_id, '10.22.' || (g % 250) || '.' || (g % 199 + 1),
                       x.a, split_part(x.a, '.', 1), (g % 100000)::text, case when g % 40 = 0 then 'FAILURE' else 'SUCCESS' end, null
                from generate_series(1, ?::int) g
                join acc u on u.k = g % (select count(*) from acc)
                join act x on x.k = g % (select count(*) from act)""", profile.auditEvents() - count("audit_event"));
    }

    private long vacuum() throws SQLException {
        update("vacuum analyze");
        return 0;
    }

    private long update(String sql, Object... args) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeLargeUpdate();
        }
    }

    private void copy(String sql, String csv) throws SQLException {
        try {
            db.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    private long max(String table) throws SQLException {
        return longValue("select coalesce(max(id), 0) from " + table);
    }

    private Long longValue(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long value = rs.getLong(1);
            return rs.wasNull() ? null : value;
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
