using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;

namespace SemaineIndustrie.Tests.Accounts;

/// The session cookie carries roles and regions; the server checks it against the account once a
/// minute, so a role taken away stops working within that minute and a kept one goes on working.
public abstract class SessionRevalidationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private FakeClock Clock => (FakeClock)app.Clock;

    [Fact]
    public async Task A_moderator_whose_role_is_withdrawn_loses_the_committee_pages_within_a_minute()
    {
        var moderator = await app.CreateUserAsync(Roles.Moderator, regions: ["84"]);
        var client = await app.CreateSignedInClientAsync(moderator);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/moderation")).StatusCode);

        await WithdrawModeratorAsync(moderator.Id);
        Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/moderation")).StatusCode);

        Clock.Advance(TimeSpan.FromSeconds(31));
        var after = await client.GetAsync("/moderation");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/connexion", after.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task A_moderator_who_keeps_the_role_goes_on_after_the_check_with_a_renewed_cookie()
    {
        var client = await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Moderator, regions: ["84"]));
        Clock.Advance(TimeSpan.FromMinutes(2));
        var checkedPage = await client.GetAsync("/moderation");
        Assert.Equal(HttpStatusCode.OK, checkedPage.StatusCode);
        Assert.Contains(checkedPage.Headers.GetValues("Set-Cookie"), c => c.StartsWith("semaine.session=", StringComparison.Ordinal));
        Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/moderation")).StatusCode);
    }

    /// What the administrators' page does (Moderators.cshtml.cs).
    private async Task WithdrawModeratorAsync(int userId)
    {
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await users.RemoveFromRoleAsync(user!, Roles.Moderator);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().ModeratorRegions.Where(r => r.UserId == userId).ExecuteDeleteAsync();
        await users.UpdateSecurityStampAsync(user!);
    }
}

public sealed class SessionRevalidationTestsOnSqlite(SqliteAppInLabellingPeriod app) : SessionRevalidationTests<SqliteAppInLabellingPeriod>(app);

public sealed class SessionRevalidationTestsOnPostgres(PostgresAppInLabellingPeriod app) : SessionRevalidationTests<PostgresAppInLabellingPeriod>(app);
