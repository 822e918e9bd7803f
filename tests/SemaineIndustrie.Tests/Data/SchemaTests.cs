using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Tests.Data;

/// The hand-written SQL migrations and the EF model must describe the same tables (STYLE §3).
public abstract class SchemaTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task Every_mapped_column_exists_with_the_same_nullability()
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var problems = new List<string>();
        foreach (var (table, mapped) in MappedColumns(db.Model))
        {
            var actual = await ColumnsAsync(db, table);
            if (actual.Count == 0)
            {
                problems.Add($"table {table} is missing");
                continue;
            }
            foreach (var (column, nullable) in mapped)
            {
                if (!actual.TryGetValue(column, out var actualNullable))
                {
                    problems.Add($"{table}.{column} is mapped but not in the database");
                }
                else if (actualNullable != nullable)
                {
                    problems.Add($"{table}.{column} is {(nullable ? "nullable" : "NOT NULL")} in the model but {(actualNullable ? "nullable" : "NOT NULL")} in the database");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Every_not_null_column_of_a_mapped_table_is_mapped()
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var problems = new List<string>();
        foreach (var (table, mapped) in MappedColumns(db.Model))
        {
            foreach (var (column, nullable) in await ColumnsAsync(db, table))
            {
                if (!nullable && !mapped.ContainsKey(column))
                {
                    problems.Add($"{table}.{column} is NOT NULL but the model does not map it: inserts through EF would fail");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Migrations_are_recorded_and_running_the_migrator_again_applies_nothing()
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var expected = Migrator.Scripts(app.Provider).Select(s => s.Id).ToList();
        Assert.NotEmpty(expected);

        var recorded = await db.Database.SqlQueryRaw<string>("SELECT id AS \"Value\" FROM schema_migrations").ToListAsync();
        Assert.Equal(expected.Order(StringComparer.Ordinal), recorded.Order(StringComparer.Ordinal));

        var applied = await scope.ServiceProvider.GetRequiredService<Migrator>().MigrateAsync(db, CancellationToken.None);
        Assert.Empty(applied);
    }

    /// Table name to its mapped columns and whether each may be null, over every entity type
    /// (owned types share their owner's table).
    private static Dictionary<string, Dictionary<string, bool>> MappedColumns(IModel model)
    {
        var tables = new Dictionary<string, Dictionary<string, bool>>(StringComparer.Ordinal);
        foreach (var entity in model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table)
            {
                continue;
            }
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            var columns = tables.TryGetValue(table, out var existing) ? existing : tables[table] = new(StringComparer.Ordinal);
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName(store) is { } column)
                {
                    columns[column] = property.IsColumnNullable(store);
                }
            }
        }
        return tables;
    }

    private async Task<Dictionary<string, bool>> ColumnsAsync(AppDbContext db, string table)
    {
        var sql = app.Provider == DatabaseProvider.Postgres
            ? "SELECT column_name, is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table"
            : "SELECT name, \"notnull\" = 0 AND pk = 0 FROM pragma_table_info(@table)";
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@table";
            parameter.Value = table;
            command.Parameters.Add(parameter);
            var columns = new Dictionary<string, bool>(StringComparer.Ordinal);
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns[reader.GetString(0)] = reader.GetBoolean(1);
            }
            return columns;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

public sealed class SchemaTestsOnSqlite(SqliteApp app) : SchemaTests<SqliteApp>(app);

public sealed class SchemaTestsOnPostgres(PostgresApp app) : SchemaTests<PostgresApp>(app);
