-- Indexes for a province's volume (issue 12): a list's default order and the work list's counts read the first rows of
-- an index instead of sorting or scanning hundreds of thousands of rows on every request.

-- /training/certificates: newest first (CertificateController's default sort)
create index certificate_issue_date_idx on certificate (issue_date desc, number);

-- the work list: claims waiting at a state (and level), counted up to "999+" province-wide
create index subsidy_claim_state_idx on subsidy_claim (state, approval_level);
