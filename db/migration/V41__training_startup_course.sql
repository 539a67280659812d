-- 二(三)1 (issue 14): the start-up training a founder took is, where the platform has it, a course of the platform that
-- the founder attended (by the blind index of the resident ID), not only a yes and a date.
alter table startup add column training_course_id bigint references training_course (id);
alter table startup add constraint startup_training_course check (training_course_id is null or startup_training);
create index startup_training_course_idx on startup (training_course_id) where training_course_id is not null;
