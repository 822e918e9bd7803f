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

    /// The server's services, to arrange what a journey does not go through the pages for.
    public IServiceProvider Services => _application!.Services;

    /// Where the server writes its e-mails (.eml files).
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"semaine-navigateur-courriels-{Guid.NewGuid():N}");

    /// The server's day: 5 November 2026, when the demonstration edition (16–22 November, labelling
    /// until 6 November) still takes label requests.
    public static readonly DateTimeOffset Today = new(2026, 11, 5, 9, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        var repositoryRoot = RepositoryRoot();
        // The site's public address must be known before start-up (links in pages, e-mails and the
        // widget code are built from it), so the port is chosen here rather than by Kestrel.
        var port = FreePort();
        ServerAddress = new Uri($"http://127.0.0.1:{port}/");
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
            ["Mail:PickupDirectory"] = MailFolder,
            ["Geocoding:BaseUrl"] = "http://127.0.0.1:9/",
            ["Discovery:PollSeconds"] = "1",
            ["Moderation:DailyDigest"] = "false",
            ["Mail:PublicBaseUrl"] = ServerAddress.ToString(),
        });
        _application.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        // Starting the host migrates and seeds the database synchronously: keep it off the test thread.
        await Task.Run(_application.StartServer);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
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
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Today)));
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
