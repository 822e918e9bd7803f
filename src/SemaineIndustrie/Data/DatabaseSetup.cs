using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SemaineIndustrie.Data;

public enum DatabaseProvider { Sqlite, Postgres }

public static class DatabaseSetup
{
    /// SQLite in a data folder by default; PostgreSQL when Database:Provider says so.
    public static DatabaseProvider AddDatabase(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var provider = Enum.Parse<DatabaseProvider>(configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite), ignoreCase: true);
        var connectionString = provider switch
        {
            DatabaseProvider.Postgres => configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("ConnectionStrings:Postgres is required when Database:Provider is Postgres."),
            _ => SqliteConnectionString(configuration.GetConnectionString("Sqlite") ?? "Data Source=data/semaine-industrie.db", builder.Environment.ContentRootPath),
        };
        builder.Services.AddSingleton(new DatabaseOptions(provider, connectionString));
        builder.Services.AddDbContext<AppDbContext>(options => Configure(options, provider, connectionString));
        builder.Services.AddSingleton<Migrator>();
        return provider;
    }

    /// Pages that load an event with its sessions and lists read them in separate queries rather
    /// than one cartesian join.
    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        }
        else
        {
            options.UseSqlite(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(new SqlitePragmas());
        }
    }

    /// A relative SQLite file lives under the content root, in a folder created on first start.
    private static string SqliteConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.StartsWith(':') && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        }
        if (builder.Mode != SqliteOpenMode.Memory && Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}

public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString);
