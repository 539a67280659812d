-- Successor organisations (issue 13). Issuing bodies of 2022 have since been reorganised (吉林银保监局 became
-- 国家金融监督管理总局吉林监管局; 人民银行长春中心支行 中国人民银行吉林省分行): an organisation can be succeeded by
-- another, on a date and by a document. The predecessor stays, under its own name, for history and search; its accounts,
-- tasks and their reports carry over to the successor (OrganisationService.succeed and its listeners), and it is no
-- longer offered as a choice.
alter table organisation
    add column succeeded_by        bigint references organisation (id),
    add column succeeded_on        date,
    add column succession_document varchar(100),
    add constraint organisation_succession_complete check (
        (succeeded_by is null and succeeded_on is null and succession_document is null)
        or (succeeded_by is not null and succeeded_on is not null and btrim(succession_document) <> '')),
    add constraint organisation_succession_other check (succeeded_by <> id);
