using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace SemaineIndustrie.BrowserTests;

/// The real application on Kestrel, on a free port of 127.0.0.1, so that a browser can reach it.
/// Its own SQLite file holds a deterministic demonstration catalogue; the map has no tile layer, so
/// nothing is fetched from outside the machine.
public sealed class HttpServerFixture : IAsyncLifetime, IDisposable
{
    public const int CurrentEditionEvents = 1500;

    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"semaine-navigateur-{Guid.NewGuid():N}.db");
    private Application? _application;

    public Uri ServerAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var repositoryRoot = RepositoryRoot();
        _application = new Application(Path.Combine(repositoryRoot, "src", "SemaineIndustrie"), new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:MigrateOnStartup"] = "true",
            ["ConnectionStrings:Sqlite"] = $"Data Source={_databaseFile}",
            ["DemoData:Enabled"] = "true",
            ["DemoData:CurrentEditionEvents"] = CurrentEditionEvents.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DemoData:PastEditionShare"] = "0.02",
            ["Geo:DataDirectory"] = Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "data")),
            ["Map:TileUrl"] = "",
            ["RateLimits:PublicApiPerMinute"] = "1000000",
        });
        _application.UseKestrel(0);
        // Starting the host migrates and seeds the database synchronously: keep it off the test thread.
        await Task.Run(_application.StartServer);

        var addresses = _application.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var address = addresses.Select(a => new Uri(a)).FirstOrDefault(a => IPAddress.TryParse(a.Host, out var ip) && IPAddress.IsLoopback(ip))
            ?? throw new InvalidOperationException($"Kestrel does not listen on a loopback address: {string.Join(", ", addresses)}");
        ServerAddress = new UriBuilder(address) { Host = "127.0.0.1" }.Uri;
    }

    public async Task DisposeAsync()
    {
        if (_application is not null)
        {
            await _application.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm", _databaseFile + "-journal" })
        {
            File.Delete(file);
        }
    }

    public void Dispose() => _application?.Dispose();

    /// The folder holding SemaineIndustrie.slnx, above the test assembly's output folder.
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SemaineIndustrie.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"SemaineIndustrie.slnx not found above {AppContext.BaseDirectory}.");
    }

    private sealed class Application(string contentRoot, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // The content root serves wwwroot, whose lib/ folder (DSFR, Leaflet) the web project's build generates.
            builder.UseContentRoot(contentRoot);
            // UseSetting rather than ConfigureAppConfiguration: Program reads its configuration before Build().
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
