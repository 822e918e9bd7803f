using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;

namespace SemaineIndustrie.Tests.Accounts;

public sealed record TestUser(int Id, string Email, string Password, string Role, int? OrganisationId);

/// Accounts for tests, signed in through the real sign-in page so cookies, roles and claims are
/// exactly what a browser gets.
public static class TestUsers
{
    public const string Password = "mot-de-passe-de-test-1";

    public static async Task<TestUser> CreateUserAsync(this TestApp app, string role, int? organisationId = null, IReadOnlyList<string>? regions = null,
        string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@exemple.fr";
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var result = await AccountSeeding.CreateAsync(users, email, $"Test {role}", Password, role, organisationId);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        var user = await users.FindByEmailAsync(email);
        if (regions is { Count: > 0 })
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ModeratorRegions.AddRange(regions.Select(r => new ModeratorRegion { UserId = user!.Id, RegionCode = r }));
            await db.SaveChangesAsync();
        }
        return new TestUser(user!.Id, email, Password, role, organisationId);
    }

    /// A client that keeps cookies and does not follow redirects, so tests see where pages send them.
    public static HttpClient CreateBrowserLikeClient(this TestApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> CreateSignedInClientAsync(this TestApp app, TestUser user)
    {
        var client = app.CreateBrowserLikeClient();
        var response = await client.PostFormAsync("/connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in {user.Email} answered {(int)response.StatusCode}");
        return client;
    }

    /// Submits a form the way a browser does: GET the page, take its anti-forgery token, POST.
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? formUrl = null)
    {
        var token = await AntiforgeryTokenAsync(client, formUrl ?? url);
        var content = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return await client.PostAsync(url, new FormUrlEncodedContent(content));
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url)
    {
        var page = await client.GetAsync(url);
        Assert.True(page.IsSuccessStatusCode, $"GET {url} answered {(int)page.StatusCode}");
        var document = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No anti-forgery token on {url}");
    }
}
