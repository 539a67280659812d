-- 二(三)1 一次性创业补贴 is granted once in a person's life, whatever the year or the start-up. The rule engine explains
-- it on the claim; this index keeps it when two claims for the same founder are submitted at the same moment.
create unique index subsidy_claim_person_startup_once on subsidy_claim_person (resident_id_index)
    where live and kind = 'STARTUP_GRANT';
