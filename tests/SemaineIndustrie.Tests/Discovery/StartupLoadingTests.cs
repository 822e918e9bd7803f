using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;

namespace SemaineIndustrie.Tests.Discovery;

/// At start-up only the current edition is in memory; the archive follows in the background.
public abstract class StartupLoadingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Past_editions_are_searched_in_the_database_until_the_archive_is_loaded()
    {
        var refresher = app.Services.GetRequiredService<CatalogueRefresher>();
        await refresher.RefreshAsync(CancellationToken.None);
        var fromIndex = await _client.AllIdsAsync("?edition=2024&q=visite");
        Assert.NotEmpty(fromIndex);

        await using (var scope = app.CreateScope())
        {
            var startUp = await CatalogueLoader.LoadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), currentOnly: true, CancellationToken.None);
            Assert.False(startUp.IsComplete);
            app.Holder.Replace(startUp);
        }
        Assert.Equal(fromIndex, await _client.AllIdsAsync("?edition=2024&q=visite"));
        using (var map = await _client.GetAsync("/api/carte?edition=2024&zoom=5"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, map.StatusCode);
            Assert.Equal("2", map.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await refresher.RefreshAsync(CancellationToken.None);
        Assert.True(app.Catalogue.IsComplete);
        Assert.True((await _client.MapAsync("?edition=2024&zoom=5")).Total > 0);
    }
}

public sealed class StartupLoadingTestsOnSqlite(SqliteApp app) : StartupLoadingTests<SqliteApp>(app);

public sealed class StartupLoadingTestsOnPostgres(PostgresApp app) : StartupLoadingTests<PostgresApp>(app);
