using System.Net;
using SemaineIndustrie.Tests.Web;

namespace SemaineIndustrie.Tests.OpenData;

/// The public API limit, on PostgreSQL too.
public sealed class RateLimitedPostgresApp : PostgresApp
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings)
    {
        ["RateLimits:PublicApiPerMinute"] = RateLimitedApp.PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public abstract class OpenDataLimitTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task Open_data_answers_429_with_retry_after_and_cors_past_the_limit()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Origin", "https://www.region-exemple.fr");
        for (var i = 0; i < RateLimitedApp.PerMinute; i++)
        {
            using var ok = await client.GetAsync(i % 2 == 0 ? "/api/v1/events?limit=1" : "/api/v1/events.geojson?region=84");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await client.GetAsync("/api/v1/events.csv");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        // A browser script on a partner site can read the 429 and wait, instead of seeing a CORS error.
        Assert.Equal("*", limited.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}

public sealed class OpenDataLimitTestsOnSqlite(RateLimitedApp app) : OpenDataLimitTests<RateLimitedApp>(app);

public sealed class OpenDataLimitTestsOnPostgres(RateLimitedPostgresApp app) : OpenDataLimitTests<RateLimitedPostgresApp>(app);
