-- Attachments: documents or pictures shared privately (a proposal's files). Private pictures keep their
-- size; documents have none; public pictures always have one.
alter table file_object drop constraint file_object_kind_check;
alter table file_object add constraint file_object_kind_check
    check (kind in ('AVATAR', 'IMAGE', 'DOCUMENT', 'ATTACHMENT'));
alter table file_object drop constraint file_object_image_ck;
alter table file_object add constraint file_object_image_ck check (
    (kind not in ('AVATAR', 'IMAGE') or width is not null)
    and (kind <> 'DOCUMENT' or width is null)
    and ((width is null) = (height is null)));
