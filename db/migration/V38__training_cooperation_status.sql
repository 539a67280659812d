-- Training: 劳务协作 (二(二)2, issue 14), the state of a vacancy. OPEN takes placements; FILLED is reached by itself
-- when the trainees placed plus the headcount of others sent reach the places wanted (and left again when an edit
-- raises the places); CLOSED is set by hand with a reason (the workflow history keeps it) and is final. Only an OPEN
-- vacancy takes placements. Edits of placements and follow-ups are kept in the workflow history (workflow_step).
alter table cooperation_vacancy
    add column status varchar(10) not null default 'OPEN',
    add constraint cooperation_vacancy_status check (status in ('OPEN', 'FILLED', 'CLOSED'));

update cooperation_vacancy v set status = 'FILLED'
 where v.other_headcount + (select count(*) from cooperation_placement p where p.vacancy_id = v.id) >= v.places;

create index cooperation_vacancy_status_idx on cooperation_vacancy (region_code, status);
