//! The two database roles. Migrations run as the *owner* (it owns every
//! table, and so could alter, disable triggers on or truncate any of them);
//! the service connects as the *application role*, which may read and write
//! rows and nothing more: it cannot `ALTER TABLE audit_logs DISABLE
//! TRIGGER`, drop the trigger, truncate the trail or delete from it.
//! The grants are made after every migration run, and default privileges
//! cover tables that later migrations create. The audit trail's monthly
//! partitions are the exception: the role has no privileges on them (it
//! reaches them through `audit_logs`), including those the service makes
//! later through `audit_logs_ensure_partitions`, which revokes what default
//! privileges give.

use sqlx::{Connection, PgConnection};

use super::password::scram_verifier;

/// The application role of the embedded cluster.
pub const EMBEDDED_APP_ROLE: &str = "opencomplai_app";

/// Serialises grants of concurrent starts (two sessions granting on one
/// table at once can fail with "tuple concurrently updated").
const GRANT_LOCK: i64 = 0x6f63_5f67_7261_6e74; // "oc_grant"

/// A role's name, quoted whenever it is written into SQL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleName(String);

impl RoleName {
    /// A role that exists already (as the server named it).
    pub fn existing(name: String) -> Self {
        Self(name)
    }

    /// A name for a new role: lowercase ASCII letters, digits and `_`,
    /// starting with a letter or `_`, at most 63 bytes (so it needs no
    /// quoting in a URL or in `psql`).
    pub fn parse(name: &str) -> Result<Self, String> {
        let ok = !name.is_empty()
            && name.len() <= 63
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            && !name.as_bytes()[0].is_ascii_digit()
            && !name.starts_with("pg_");
        if ok {
            Ok(Self(name.to_owned()))
        } else {
            Err(format!(
                "role name {name:?} must be lowercase letters, digits and _, not start with a \
                 digit or pg_, and be at most 63 bytes"
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Quoted as an identifier.
    fn ident(&self) -> String {
        format!("\"{}\"", self.0.replace('"', "\"\""))
    }
}

/// Who a connection is: its role, whether that is a superuser, and whether
/// it owns `audit_logs` (directly or through membership).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Identity {
    pub role: String,
    pub superuser: bool,
    pub owns_audit_logs: bool,
    /// May create tables in schema `public` (a fresh database's migrations need it).
    pub can_create: bool,
}

impl Identity {
    /// Whether this role can alter the schema (and so apply migrations).
    pub fn can_migrate(&self, schema_exists: bool) -> bool {
        self.superuser || self.owns_audit_logs || (!schema_exists && self.can_create)
    }

    /// Whether it could disable the audit trail's triggers.
    pub fn is_privileged(&self) -> bool {
        self.superuser || self.owns_audit_logs
    }
}

pub async fn identify(conn: &mut PgConnection) -> Result<Identity, sqlx::Error> {
    sqlx::query_as(
        "select current_user::text as role,
                r.rolsuper as superuser,
                coalesce((select pg_has_role(c.relowner, 'USAGE') from pg_class c
                          where c.oid = to_regclass('public.audit_logs')), false) as owns_audit_logs,
                has_schema_privilege('public', 'CREATE') as can_create
         from pg_roles r where r.rolname = current_user",
    )
    .fetch_one(conn)
    .await
}

/// Gives `app` exactly what the service needs in the current database, in
/// one transaction (the role never sees a moment without its grants):
/// rows of every table (no `TRUNCATE`, `TRIGGER` or `REFERENCES`), but no
/// deletes from the audit trail, no changes to its checkpoints and only
/// reading the migration history; sequences; and the same for tables and
/// sequences the connected (owner) role creates later. Also takes away the
/// right of every role to create objects in schema `public` (PostgreSQL
/// 15's default, not 13's or 14's).
pub async fn grant_app_privileges(
    owner: &mut PgConnection,
    app: &RoleName,
) -> Result<(), sqlx::Error> {
    let database: String = sqlx::query_scalar("select quote_ident(current_database())")
        .fetch_one(&mut *owner)
        .await?;
    let app = app.ident();
    let statements = [
        format!("revoke all on all tables in schema public from {app}"),
        format!("grant connect, temporary on database {database} to {app}"),
        format!("grant usage on schema public to {app}"),
        format!("grant select, insert, update, delete on all tables in schema public to {app}"),
        format!("revoke delete on audit_logs from {app}"),
        format!("revoke update, delete on audit_checkpoints from {app}"),
        format!("revoke insert, update, delete on _sqlx_migrations from {app}"),
        format!("grant usage, select on all sequences in schema public to {app}"),
        format!(
            "alter default privileges in schema public \
             grant select, insert, update, delete on tables to {app}"
        ),
        format!(
            "alter default privileges in schema public grant usage, select on sequences to {app}"
        ),
    ];
    let mut tx = owner.begin().await?;
    sqlx::query("select pg_advisory_xact_lock($1)")
        .bind(GRANT_LOCK)
        .execute(&mut *tx)
        .await?;
    // Only the schema's owner may revoke this; others get a warning, harmless.
    sqlx::raw_sql("revoke create on schema public from public")
        .execute(&mut *tx)
        .await?;
    for sql in statements {
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
            .execute(&mut *tx)
            .await?;
    }
    // The audit trail's partitions (0019) are reached through `audit_logs`
    // alone, whose privileges are the ones checked: none of their own, so
    // no partition can be written, deleted from or read around the parent.
    let partitions: Vec<String> = sqlx::query_scalar(
        "select inhrelid::regclass::text from pg_inherits
         where inhparent = to_regclass('public.audit_logs') order by 1",
    )
    .fetch_all(&mut *tx)
    .await?;
    for partition in partitions {
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
            "revoke all on {partition} from {app}"
        )))
        .execute(&mut *tx)
        .await?;
    }
    // Making next months' partitions, and nothing else of the owner's
    // (both from 0019).
    let ensure: bool = sqlx::query_scalar(
        "select to_regprocedure('public.audit_logs_ensure_partitions(integer)') is not null",
    )
    .fetch_one(&mut *tx)
    .await?;
    if ensure {
        for sql in [
            format!("grant execute on function audit_logs_ensure_partitions(integer) to {app}"),
            // Only the owner archives (`audit archive-partitions`).
            format!("revoke insert, update, delete on audit_archives from {app}"),
        ] {
            sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await
}

/// What [`ensure_login_role`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleChange {
    Created,
    PasswordSet,
    Unchanged,
}

/// Makes `role` a plain login role (no superuser, no creating databases or
/// roles, no replication, no bypassing row security) with `password` when
/// one is given; a new role needs one. The password reaches the server as
/// a SCRAM verifier only.
pub async fn ensure_login_role(
    conn: &mut PgConnection,
    role: &RoleName,
    password: Option<&str>,
) -> Result<RoleChange, sqlx::Error> {
    let exists: bool =
        sqlx::query_scalar("select exists (select 1 from pg_roles where rolname = $1)")
            .bind(role.as_str())
            .fetch_one(&mut *conn)
            .await?;
    let attributes = "login nosuperuser nocreatedb nocreaterole noreplication nobypassrls";
    // The verifier's alphabet (base64, digits, `$:=+/`) holds no quote.
    let password_clause = password
        .map(|p| format!(" password '{}'", scram_verifier(p)))
        .unwrap_or_default();
    let verb = if exists { "alter" } else { "create" };
    let sql = format!("{verb} role {} {attributes}{password_clause}", role.ident());
    sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
        .execute(&mut *conn)
        .await?;
    Ok(match (exists, password.is_some()) {
        (false, _) => RoleChange::Created,
        (true, true) => RoleChange::PasswordSet,
        (true, false) => RoleChange::Unchanged,
    })
}

/// Sets the connected role's own password (a SCRAM verifier).
pub async fn set_own_password(conn: &mut PgConnection, password: &str) -> Result<(), sqlx::Error> {
    let sql = format!(
        "alter role current_user password '{}'",
        scram_verifier(password)
    );
    sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
        .execute(conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_role_names_are_accepted() {
        assert!(RoleName::parse("opencomplai_app").is_ok());
        assert!(RoleName::parse("_x9").is_ok());
        for bad in [
            "",
            "App",
            "a-b",
            "a\"b",
            "9a",
            "pg_app",
            "a b",
            &"a".repeat(64),
        ] {
            assert!(RoleName::parse(bad).is_err(), "{bad:?}");
        }
    }
}
