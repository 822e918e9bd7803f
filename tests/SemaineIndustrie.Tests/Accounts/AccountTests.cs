using System.Net;
using AngleSharp.Html.Parser;
using SemaineIndustrie.Features.Accounts;

namespace SemaineIndustrie.Tests.Accounts;

public abstract class AccountTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task A_new_organiser_confirms_the_address_from_the_email_then_signs_in()
    {
        var email = $"nouvelle-{Guid.NewGuid():N}@exemple.fr";
        var client = app.CreateBrowserLikeClient();
        var signUp = await client.PostFormAsync("/inscription", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Nadia Kaci",
            ["Input.Email"] = email,
            ["Input.Password"] = "une-phrase-de-passe-2026",
            ["Input.ConfirmPassword"] = "une-phrase-de-passe-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);

        var beforeConfirmation = await SignInAsync(client, email, "une-phrase-de-passe-2026");
        Assert.Equal(HttpStatusCode.OK, beforeConfirmation.StatusCode);
        Assert.Contains("pas encore confirmée", await beforeConfirmation.Content.ReadAsStringAsync());

        var mail = await app.Mail.WaitForAsync(email);
        Assert.Equal("Confirmez votre adresse électronique", mail.Subject);
        var confirm = await client.GetAsync(PathOf(mail.Link("/confirmer-email")));
        Assert.Contains("Votre compte est activé", await confirm.Content.ReadAsStringAsync());

        var signedIn = await SignInAsync(client, email, "une-phrase-de-passe-2026");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/organisateur", signedIn.Headers.Location?.OriginalString);
        var home = await (await client.GetAsync("/evenements")).Content.ReadAsStringAsync();
        Assert.Contains("Mon espace (Nadia Kaci)", home);
    }

    [Fact]
    public async Task Sign_up_errors_are_shown_in_French_beside_each_field_and_nothing_is_created()
    {
        var client = app.CreateBrowserLikeClient();
        var response = await client.PostFormAsync("/inscription", new Dictionary<string, string>
        {
            ["Input.FullName"] = "",
            ["Input.Email"] = "pas-une-adresse",
            ["Input.Password"] = "court",
            ["Input.ConfirmPassword"] = "autre",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Indiquez vos prénom et nom.", page.QuerySelector("#Input_FullName-erreur")?.TextContent);
        Assert.Contains("n'est pas valide", page.QuerySelector("#Input_Email-erreur")?.TextContent);
        Assert.Contains("12", page.QuerySelector("#Input_Password-erreur")?.TextContent);
        Assert.Equal("true", page.QuerySelector("#Input_Email")?.GetAttribute("aria-invalid"));
        Assert.Equal(0, await app.QueryAsync(db => Task.FromResult(db.Users.Count(u => u.Email == "pas-une-adresse"))));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var user = await app.CreateUserAsync(Roles.Organiser);
        var client = app.CreateBrowserLikeClient();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await SignInAsync(client, user.Email, "mauvais-mot-de-passe-9");
            Assert.Contains("incorrect", await wrong.Content.ReadAsStringAsync());
        }
        var fifth = await SignInAsync(client, user.Email, "mauvais-mot-de-passe-9");
        Assert.Contains("verrouillé", await fifth.Content.ReadAsStringAsync());
        var locked = await SignInAsync(client, user.Email, user.Password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("verrouillé", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_emailed_link()
    {
        var user = await app.CreateUserAsync(Roles.Organiser);
        var client = app.CreateBrowserLikeClient();
        var ask = await client.PostFormAsync("/mot-de-passe-oublie", new Dictionary<string, string> { ["Input.Email"] = user.Email });
        Assert.Equal(HttpStatusCode.Redirect, ask.StatusCode);
        var link = PathOf((await app.Mail.WaitForAsync(user.Email, m => m.Subject.Contains("mot de passe", StringComparison.Ordinal))).Link("/reinitialiser-mot-de-passe"));

        var reset = await client.PostFormAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = "nouvelle-phrase-2026",
            ["Input.ConfirmPassword"] = "nouvelle-phrase-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, user.Email, "nouvelle-phrase-2026")).StatusCode);
        Assert.Contains("incorrect", await (await SignInAsync(app.CreateBrowserLikeClient(), user.Email, user.Password)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_tampered_confirmation_link_confirms_nothing()
    {
        var response = await app.CreateClient().GetAsync("/confirmer-email?utilisateur=1&code=abc");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Lien de confirmation non valable", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_out_needs_the_form_and_ends_the_session()
    {
        var user = await app.CreateUserAsync(Roles.Organiser);
        var client = await app.CreateSignedInClientAsync(user);
        Assert.Contains("Se déconnecter", await (await client.GetAsync("/evenements")).Content.ReadAsStringAsync());
        var signOut = await client.PostFormAsync("/deconnexion", [], formUrl: "/evenements");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Contains("Espace organisateur", await (await client.GetAsync("/evenements?signout=1")).Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.PostFormAsync("/connexion", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    private static string PathOf(string absolute) => new Uri(absolute).PathAndQuery;
}

public sealed class AccountTestsOnSqlite(SqliteApp app) : AccountTests<SqliteApp>(app);

public sealed class AccountTestsOnPostgres(PostgresApp app) : AccountTests<PostgresApp>(app);
