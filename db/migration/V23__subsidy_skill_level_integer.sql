-- The skill level of a subsidy standard and of a claimed person is read as a Java Integer, which Hibernate validates
-- against an integer column. V17 created them as smallint; they widen here (V17 itself stays as it was released).
alter table subsidy_standard alter column skill_level type integer;
alter table subsidy_claim_person alter column skill_level type integer;
