-- /training/courses: the newest courses first (CourseController's default sort: start date descending, then name), read
-- from the first rows of this index instead of sorting a province's 12,000 courses on every view (issue 12).
create index training_course_start_date_idx on training_course (start_date desc, name);
