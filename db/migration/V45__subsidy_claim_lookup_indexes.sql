-- Subsidy claims at a province's volume (a million claims, issue 12's benchmark): three reads scanned every claim of a
-- state to keep a handful.
-- The public page (/public/subsidies): the claims on notice now, by the end of their notice, and the claims paid in a
-- year, newest first — each counted and paged on every view (0.6 s a view before, under 10 ms after).
create index subsidy_claim_notice_idx on subsidy_claim (notice_to) where state = 'NOTICE';
create index subsidy_claim_paid_idx on subsidy_claim (paid_at) where state = 'PAID';
-- Budget execution (/subsidies/budgets/execution): what each budget line has paid, by month (2.1 s before: every paid
-- claim was read once per region).
create index subsidy_claim_budget_idx on subsidy_claim (budget_id, state);
