using System.Net;

namespace SemaineIndustrie.Tests.Web;

/// The application with a public API limit low enough to reach in a test.
public sealed class RateLimitedApp : SqliteApp
{
    public const int PerMinute = 5;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings)
    {
        ["RateLimits:PublicApiPerMinute"] = PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:RegistrationsPerMinute"] = PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed class RateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task Public_api_answers_429_with_retry_after_past_the_limit()
    {
        using var client = app.CreateClient();
        for (var i = 0; i < RateLimitedApp.PerMinute; i++)
        {
            using var ok = await client.GetAsync("/api/evenements?taille=1");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var limited = await client.GetAsync("/api/carte?zoom=5");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(limited.Headers.RetryAfter);
    }

    [Fact]
    public async Task Registration_pages_answer_429_with_retry_after_past_the_limit()
    {
        using var client = app.CreateClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i <= RateLimitedApp.PerMinute; i++)
        {
            last = await client.GetAsync("/inscriptions/un-lien-quelconque");
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.NotNull(last.Headers.RetryAfter);
    }
}
