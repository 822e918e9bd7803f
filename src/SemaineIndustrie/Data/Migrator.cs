using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace SemaineIndustrie.Data;

/// Applies the numbered SQL scripts of Data/Migrations/{provider} in order, each in its own
/// transaction, and records them in schema_migrations. The scripts are hand-written because the EF
/// design-time tooling is not available; a test checks that they agree with the EF model.
public sealed partial class Migrator(ILogger<Migrator> logger)
{
    private const long PostgresLockKey = 0x5E1_2011;

    public async Task<IReadOnlyList<string>> MigrateAsync(AppDbContext db, CancellationToken ct)
    {
        var provider = db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (provider == DatabaseProvider.Postgres)
            {
                // Several instances may start together: one migrates, the others wait.
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({PostgresLockKey})", ct);
            }
            else if (!connection.DataSource.StartsWith(':') && !connection.ConnectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase))
            {
                // A database file is read while it is written (visitors while organisers save): the
                // write-ahead log lets readers and the writer go on together. The setting stays with the file.
                await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL", ct);
            }
            await ExecuteAsync(connection, null, provider == DatabaseProvider.Postgres
                ? "CREATE TABLE IF NOT EXISTS schema_migrations (id varchar(100) PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
                : "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)", ct);
            var applied = await AppliedAsync(connection, ct);
            var done = new List<string>();
            foreach (var (id, sql) in Scripts(provider).Where(s => !applied.Contains(s.Id)))
            {
                await using var transaction = await connection.BeginTransactionAsync(ct);
                await ExecuteAsync(connection, transaction, sql, ct);
                await using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (id) VALUES (@id)";
                var parameter = record.CreateParameter();
                parameter.ParameterName = "@id";
                parameter.Value = id;
                record.Parameters.Add(parameter);
                await record.ExecuteNonQueryAsync(ct);
                await transaction.CommitAsync(ct);
                LogApplied(id);
                done.Add(id);
            }
            if (provider == DatabaseProvider.Postgres)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({PostgresLockKey})", ct);
            }
            return done;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static IEnumerable<(string Id, string Sql)> Scripts(DatabaseProvider provider)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = $"SemaineIndustrie.Data.Migrations.{provider}.";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (Path.GetFileNameWithoutExtension(name[prefix.Length..]), reader.ReadToEnd());
        }
    }

    private static async Task<HashSet<string>> AppliedAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM schema_migrations";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            applied.Add(reader.GetString(0));
        }
        return applied;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied database migration {Migration}")]
    private partial void LogApplied(string migration);
}
