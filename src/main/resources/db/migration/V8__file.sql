-- Uploaded files. The content is in the blob store (local folder or S3) under storage_key; public images
-- share one blob per content hash, private documents get a blob of their own.
create table file_object (
    id            uuid         primary key,
    kind          varchar(12)  not null check (kind in ('AVATAR', 'IMAGE', 'DOCUMENT')),
    -- No cascade: deleting an account must delete its files first, or their blobs would be left behind.
    uploader_id   bigint       not null references account_user (id),
    original_name varchar(255) not null,
    content_type  varchar(127) not null,
    size_bytes    bigint       not null check (size_bytes > 0),
    sha256        varchar(64)  not null,
    width         int,
    height        int,
    storage_key   varchar(200) not null,
    thumbnail_key varchar(200),
    created_at    timestamptz  not null,
    -- What the file belongs to, named by the owning module (e.g. 'job-attachment', '42'); null until attached.
    owner_type    varchar(40),
    owner_id      varchar(64),
    attached_at   timestamptz,
    -- Set when the owner let go of the file; the clean-up job deletes it.
    detached_at   timestamptz,
    constraint file_object_owner_ck check ((owner_type is null) = (owner_id is null)
        and (owner_type is null) = (attached_at is null)),
    constraint file_object_image_ck check ((kind = 'DOCUMENT') = (width is null) and (width is null) = (height is null))
);
create index file_object_owner_idx on file_object (owner_type, owner_id);
create index file_object_unused_idx on file_object (created_at) where owner_type is null;
create index file_object_storage_key_idx on file_object (storage_key);
create index file_object_thumbnail_key_idx on file_object (thumbnail_key) where thumbnail_key is not null;
create index file_object_uploader_idx on file_object (uploader_id);
