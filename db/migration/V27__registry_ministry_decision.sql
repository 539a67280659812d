-- 国家级劳务品牌由人社部认定: the province recommends a national application to the ministry after its public notice
-- (已推荐至人社部, MINISTRY_REVIEW), and records the ministry's decision when it comes: designated (only then does the
-- brand become national) or not selected (人社部未入选, NOT_SELECTED, a closed state), with the ministry's document
-- number (文号), its date and, if at hand, the document itself (an attachment of the application).
-- Applications designated at NATIONAL before this change keep their state and their level history as they are.

alter table brand_application drop constraint brand_application_state_check;
alter table brand_application add constraint brand_application_state_check
    check (state in ('DRAFT', 'SUBMITTED', 'RECOMMENDED', 'EXPERT_REVIEW', 'APPROVED', 'RETURNED', 'REJECTED', 'PUBLIC_NOTICE',
                     'MINISTRY_REVIEW', 'DESIGNATED', 'NOT_SELECTED', 'WITHDRAWN'));

alter table brand_application
    add column ministry_recommended_at  timestamptz,
    add column ministry_document_number varchar(50),
    add column ministry_document_date   date,
    add column ministry_attachment_id   bigint references attachment (id);

-- only a national application goes to the ministry; a decision has both its number and its date
alter table brand_application add constraint brand_application_ministry_national_check
    check (target_level = 'NATIONAL' or (state not in ('MINISTRY_REVIEW', 'NOT_SELECTED') and ministry_recommended_at is null));
alter table brand_application add constraint brand_application_ministry_document_check
    check ((ministry_document_number is null) = (ministry_document_date is null)
           and (ministry_document_number is null or state in ('DESIGNATED', 'NOT_SELECTED')));

-- one open application per brand: NOT_SELECTED is closed, like DESIGNATED, REJECTED and WITHDRAWN
drop index brand_application_one_open;
create unique index brand_application_one_open on brand_application (brand_id)
    where state not in ('DESIGNATED', 'REJECTED', 'NOT_SELECTED', 'WITHDRAWN');

-- a level raised by the ministry: the source says so and the change carries the ministry's document number
alter table brand_level_change drop constraint brand_level_change_source_check;
alter table brand_level_change add constraint brand_level_change_source_check
    check (source in ('REGISTRATION', 'DESIGNATION', 'MINISTRY', 'DECISION'));
alter table brand_level_change add column document_number varchar(50);
alter table brand_level_change add constraint brand_level_change_ministry_check
    check ((source = 'MINISTRY') = (document_number is not null) and (source <> 'MINISTRY' or to_level = 'NATIONAL'));
