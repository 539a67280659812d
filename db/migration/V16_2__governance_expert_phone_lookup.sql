-- Finding an expert by an exact phone number confirms whose number it is, so it is a reveal-class lookup (like the
-- full resident ID of a trainee): a permission of its own that the security administrator grants or withdraws apart
-- from keeping the pool, held at first by the provincial managers who keep the pool. Each lookup is also rate-limited
-- per account and audited (without the number) by the portal.
insert into permission (code, module, admin_duty, sort_order) values
('expert:pii:reveal', 'governance', false, 512);

insert into role_permission (role_code, permission_code) values
('PROVINCE_MANAGER', 'expert:pii:reveal');
