using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Site;

namespace SemaineIndustrie.Tests.Site;

/// What the site tests share: a public address unlike the test server's own (localhost), a clock
/// they move, and one page of another feature registered as a sitemap source.
public static class SiteTesting
{
    public const string BaseUrl = "https://semaine-industrie.exemple.gouv.fr";
    public const string ExtraPage = "/presse/communique-de-lancement";

    public static IReadOnlyDictionary<string, string> With(IReadOnlyDictionary<string, string> settings) =>
        new Dictionary<string, string>(settings) { ["Mail:PublicBaseUrl"] = BaseUrl + "/" };

    public static void AddTestSource(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddScoped<ISitemapSource, PressSitemapSource>());

    public static Task EvictPagesAsync(this TestApp app) =>
        app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(CatalogueRefresher.OutputCacheTag, default).AsTask();
}

/// Stands for a feature built elsewhere (the press pages) that lists its own pages.
public sealed class PressSitemapSource : ISitemapSource
{
    public IAsyncEnumerable<SitemapEntry> EntriesAsync(CancellationToken ct) =>
        new[] { new SitemapEntry(SiteTesting.ExtraPage, new DateTime(2026, 9, 15, 8, 0, 0, DateTimeKind.Utc)) }.ToAsyncEnumerable();
}

public sealed class SqliteSiteApp : SqliteApp
{
    public override TimeProvider Clock { get; } = new FakeClock(LabellingPeriod.Day);

    protected override IReadOnlyDictionary<string, string> Settings => SiteTesting.With(base.Settings);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SiteTesting.AddTestSource(builder);
    }
}

public sealed class PostgresSiteApp : PostgresApp
{
    public override TimeProvider Clock { get; } = new FakeClock(LabellingPeriod.Day);

    protected override IReadOnlyDictionary<string, string> Settings => SiteTesting.With(base.Settings);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SiteTesting.AddTestSource(builder);
    }
}
