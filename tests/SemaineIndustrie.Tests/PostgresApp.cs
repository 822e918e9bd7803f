using Npgsql;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Tests;

/// The application on its own PostgreSQL database, cloned from a template that the application
/// migrated and seeded once for the whole test run (CREATE DATABASE … TEMPLATE is a file copy).
public class PostgresApp : TestApp
{
    public const string ServerVariable = "SEMAINE_TEST_POSTGRES";

    private static readonly SemaphoreSlim TemplateGate = new(1, 1);
    private static readonly string TemplateName = $"semaine_template_{DateTime.UtcNow:yyyyMMddHHmmss}_{Environment.ProcessId}";
    private static bool _templateReady;

    private readonly string _database = $"semaine_{Guid.NewGuid():N}";

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string ConnectionString => DatabaseConnectionString(_database);

    /// An app whose settings change what start-up seeds starts from an empty database instead.
    protected virtual bool FromTemplate => true;

    protected override async Task CreateDatabaseAsync()
    {
        if (!FromTemplate)
        {
            await ExecuteOnServerAsync($"CREATE DATABASE {_database}");
            return;
        }
        await TemplateGate.WaitAsync();
        try
        {
            if (!_templateReady)
            {
                await CreateTemplateAsync();
                _templateReady = true;
            }
            // A template must have no other session while it is copied: clones are made one at a time.
            await ExecuteOnServerAsync($"CREATE DATABASE {_database} TEMPLATE {TemplateName}");
        }
        finally
        {
            TemplateGate.Release();
        }
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    private static async Task CreateTemplateAsync()
    {
        await ExecuteOnServerAsync($"CREATE DATABASE {TemplateName}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropTemplate();
        await using (var builder = new TemplateBuilder(DatabaseConnectionString(TemplateName)))
        {
            _ = builder.Services;
        }
        NpgsqlConnection.ClearAllPools();
    }

    /// Best effort: the throw-away cluster of build/test.sh is deleted anyway.
    private static void DropTemplate()
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {TemplateName} WITH (FORCE)").GetAwaiter().GetResult();
        }
        catch (NpgsqlException)
        {
        }
    }

    private static string ServerConnectionString() =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{ServerVariable} is not set, so the PostgreSQL tests cannot run. Run the suite with ./build/test.sh: " +
                "it starts a throw-away PostgreSQL server and sets this variable.");

    private static string DatabaseConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString()) { Database = database }.ConnectionString;

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString()) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// Starts the application once on the template database so that its own start-up migrates and seeds it.
    private sealed class TemplateBuilder(string connectionString) : TestApp
    {
        public override DatabaseProvider Provider => DatabaseProvider.Postgres;

        protected override string ConnectionString => connectionString;
    }
}
