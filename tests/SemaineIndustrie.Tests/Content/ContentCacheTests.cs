using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Tests.Accounts;
using SemaineIndustrie.Features.Content;
using SemaineIndustrie.Tests.Organisers;

namespace SemaineIndustrie.Tests.Content;

/// Another instance publishes: this one only sees the content version move in the database, and
/// still evicts its cached pages within its poll interval.
public abstract class ContentCacheTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task A_change_published_by_another_instance_evicts_the_cached_pages_within_the_poll_interval()
    {
        var visitor = app.CreateClient();
        Assert.DoesNotContain("Question venue d'une autre instance ?", await visitor.GetStringAsync("/faq"));
        await app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var entry = new ContentItem
            {
                Kind = ContentKind.Faq, Status = ContentStatus.Published, Title = "Question venue d'une autre instance ?", Slug = "autre-instance",
                Body = "Oui.", PublishedOn = DateOnly.FromDateTime(now), CreatedAt = now, UpdatedAt = now,
            };
            entry.Fold();
            db.ContentItems.Add(entry);
            await db.SaveChangesAsync();
            return await db.ContentVersions.ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1));
        });
        Assert.DoesNotContain("Question venue d'une autre instance ?", await visitor.GetStringAsync("/faq"));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        string page;
        do
        {
            await Task.Delay(100);
            page = await visitor.GetStringAsync("/faq");
        }
        while (!page.Contains("Question venue d'une autre instance ?", StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        Assert.Contains("Question venue d'une autre instance ?", (await visitor.PageAsync("/faq")).QuerySelector("[data-testid=faq]")!.TextContent);
    }

    [Fact]
    public async Task News_published_by_another_instance_reaches_the_home_page_of_signed_in_users_within_the_poll_interval()
    {
        var signedIn = await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Organiser));
        const string title = "Actualité venue d'une autre instance";
        Assert.DoesNotContain(title, await signedIn.GetStringAsync("/"));
        await app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var news = new ContentItem
            {
                Kind = ContentKind.News, Status = ContentStatus.Published, Title = title, Slug = "actualite-autre-instance",
                Body = "Publiée ailleurs.", PublishedOn = new DateOnly(2099, 1, 1), CreatedAt = now, UpdatedAt = now,
            };
            news.Fold();
            db.ContentItems.Add(news);
            await db.SaveChangesAsync();
            return await db.ContentVersions.ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1));
        });

        var deadline = DateTime.UtcNow.AddSeconds(10);
        string home;
        do
        {
            await Task.Delay(100);
            home = await signedIn.GetStringAsync("/");
        }
        while (!home.Contains(title, StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        var page = await new HtmlParser().ParseDocumentAsync(home);
        Assert.Equal(title, page.QuerySelector("[data-testid=latest-news] h3")?.TextContent.Trim());
    }
}

public sealed class SqliteAppPollingContent : SqliteApp
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings) { ["Content:PollSeconds"] = "0.5" };
}

public sealed class PostgresAppPollingContent : PostgresApp
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings) { ["Content:PollSeconds"] = "0.5" };
}

public sealed class ContentCacheTestsOnSqlite(SqliteAppPollingContent app) : ContentCacheTests<SqliteAppPollingContent>(app);

public sealed class ContentCacheTestsOnPostgres(PostgresAppPollingContent app) : ContentCacheTests<PostgresAppPollingContent>(app);
