-- 发证机构 as an organisation of the directory (issue 8, §7). The issuer was free text, and the public verification
-- vouched for whatever an institution typed. From now on a certificate names its issuer by organisation id: the
-- institution itself, or an issuing body of the directory. Rows recorded before keep their text as a legacy label,
-- unless it is exactly the name (or the alias) of a directory organisation, in which case they point at it.
alter table certificate add column issuer_id bigint references organisation (id);
alter table certificate rename column issuer to legacy_issuer;
alter table certificate alter column legacy_issuer drop not null;
alter table certificate drop constraint certificate_number_uk;

-- a name match wins over an alias match; of two rows that would then share issuer and number, the older is mapped and
-- the newer keeps its label (a number stays unique per issuer)
with candidate as (
    select c.id, c.number,
           coalesce((select o.id from organisation o where o.name = btrim(c.legacy_issuer)),
                    (select min(o.id) from organisation o where o.alias = btrim(c.legacy_issuer))) as organisation_id
    from certificate c
), mapped as (
    select id, organisation_id, row_number() over (partition by organisation_id, number order by id) as nth
    from candidate where organisation_id is not null
)
update certificate c set issuer_id = m.organisation_id, legacy_issuer = null
from mapped m where m.id = c.id and m.nth = 1;

alter table certificate add constraint certificate_issuer_given check ((issuer_id is null) <> (legacy_issuer is null));
create unique index certificate_issuer_number_uk on certificate (issuer_id, number) where issuer_id is not null;
create unique index certificate_legacy_issuer_number_uk on certificate (legacy_issuer, number) where legacy_issuer is not null;
create index certificate_issuer_idx on certificate (issuer_id);
