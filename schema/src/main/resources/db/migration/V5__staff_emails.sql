-- Which staff user holds which e-mail, lower-cased; the command side's own lookup table. The primary key keeps
-- e-mails unique even between concurrent invitations or platform-admin bootstraps. Rows are written in the
-- transaction that stores the user's first event, and never deleted: a disabled user keeps their e-mail.
/* [jooq ignore start] */
create schema if not exists command;

create table command.staff_email (
    email_normalised varchar(254) not null primary key,
    user_id          uuid         not null unique
);
/* [jooq ignore stop] */
