using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Tests.Mail;

namespace SemaineIndustrie.Tests;

/// The real application over its own database, migrated and filled with a small deterministic
/// demonstration programme by the application's own start-up. One instance per test class.
public abstract class TestApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const int CurrentEditionEvents = 800;

    public abstract DatabaseProvider Provider { get; }

    protected abstract string ConnectionString { get; }

    public CatalogueHolder Holder => Services.GetRequiredService<CatalogueHolder>();
    public EventIndex Index => Services.GetRequiredService<EventIndex>();
    public FrenchGeography Geography => Services.GetRequiredService<FrenchGeography>();
    public CatalogueSnapshot Catalogue => Holder.Current;

    /// The e-mails this app sent, from its own pickup folder.
    public MailFolder Mail { get; } = new(Path.Combine(Path.GetTempPath(), "semaine-mail-" + Guid.NewGuid().ToString("N")));

    /// A scope with its own AppDbContext, for arranging and checking data directly.
    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// Settings a test app may change (the rate limit test lowers the limit).
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Database:Provider"] = Provider.ToString(),
        [$"ConnectionStrings:{Provider}"] = ConnectionString,
        ["DemoData:Seed"] = "2011",
        ["DemoData:CurrentEditionEvents"] = CurrentEditionEvents.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DemoData:PastEditionShare"] = "0.02",
        ["Geo:DataDirectory"] = RepositoryPaths.SharedData,
        // Tests refresh the catalogue explicitly.
        ["Discovery:PollSeconds"] = "86400",
        ["RateLimits:PublicApiPerMinute"] = "1000000",
        ["Mail:PickupDirectory"] = Mail.Path,
        // The API Adresse is an outside service: tests find no server there and use the fallback.
        ["Geocoding:BaseUrl"] = "http://127.0.0.1:9/",
        ["Map:TileUrl"] = "",
        ["Moderation:DailyDigest"] = "false",
        ["Registrations:DailyRetention"] = "false",
        ["RateLimits:RegistrationsPerMinute"] = "1000000",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
    };

    /// The application's clock; a test app may replace it with a <see cref="FakeClock"/>.
    public virtual TimeProvider Clock => TimeProvider.System;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.AddSingleton(Clock));
    }

    protected virtual Task CreateDatabaseAsync() => Task.CompletedTask;

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await CreateDatabaseAsync();
        // Starting the host migrates, seeds and loads the current edition; the archive follows in the
        // background. Tests start from the whole catalogue, so wait for it.
        await Services.GetRequiredService<CatalogueRefresher>().RefreshAsync(CancellationToken.None);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await DropDatabaseAsync();
        if (Directory.Exists(Mail.Path))
        {
            Directory.Delete(Mail.Path, recursive: true);
        }
    }
}

internal static class RepositoryPaths
{
    /// The folder holding SemaineIndustrie.slnx, found from the test binaries upwards.
    public static string Root { get; } = FindRoot();

    /// The geographic data directory shared by development and CI (../shared/data).
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SemaineIndustrie.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"SemaineIndustrie.slnx not found above {AppContext.BaseDirectory}.");
    }
}
