using System.Net;
using AngleSharp.Html.Parser;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Organisations;

namespace SemaineIndustrie.Tests.Organisers;

/// An organiser with an organisation, and the event form as a browser posts it.
public static class OrganiserForms
{
    public static async Task<(HttpClient Client, int OrganisationId, TestUser User)> OrganiserAsync(this TestApp app)
    {
        var organisationId = await app.QueryAsync(async db =>
        {
            var organisation = new Organisation
            {
                Name = "Forges de Vénissieux",
                Kind = OrganisationKind.Company,
                CommuneCode = "69259",
                PostalCode = "69200",
                City = "Vénissieux",
                CreatedAt = DateTime.UtcNow,
            };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation.Id;
        });
        var user = await app.CreateUserAsync(Roles.Organiser, organisationId: organisationId);
        return (await app.CreateSignedInClientAsync(user), organisationId, user);
    }

    /// A complete event of the 2026 edition in Lyon, eligible for the label.
    public static List<KeyValuePair<string, string>> EventFields(string title = "Visite de l'atelier d'usinage", string date = "2026-11-17",
        string start = "09:30", string end = "11:30", bool withAudience = true)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Title", title),
            new("Input.Summary", "Découvrez nos machines et les métiers de l'usinage."),
            new("Input.Description", "Visite guidée de l'atelier, rencontre avec des apprentis."),
            new("Input.TypeCode", "visite-entreprise"),
            new("Input.Themes", "industrie-du-futur"),
            new("Input.Format", "OnSite"),
            new("Input.AddressLine", "12 rue des Forges"),
            new("Input.PostalCode", "69007"),
            new("Input.City", "Lyon"),
            new("Input.Latitude", "45.7325"),
            new("Input.Longitude", "4.8389"),
            new("Input.RegistrationMode", "Platform"),
            new("Input.Sessions[0].Date", date),
            new("Input.Sessions[0].Start", start),
            new("Input.Sessions[0].End", end),
            new("Input.Sessions[0].Capacity", "30"),
            new("Input.Accessibility", "Motor"),
            new("Input.ContactEmail", "visites@exemple.fr"),
            new("Input.DeclaredFree", "true"),
            new("Input.PurposeDeclared", "true"),
        };
        if (withAudience)
        {
            fields.Add(new("Input.Audiences", "collegiens"));
            fields.Add(new("Input.Audiences", "lyceens"));
        }
        return fields;
    }

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string key, string value) =>
        [.. fields.Where(f => f.Key != key), new(key, value)];

    /// Creates the draft and returns its id (from the redirect to its page).
    public static async Task<int> CreateDraftAsync(this HttpClient client, List<KeyValuePair<string, string>> fields)
    {
        var response = await client.PostFormAsync("/organisateur/evenements/nouveau", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await ErrorsAsync(response));
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location.Split('/')[3].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var errors = page.QuerySelectorAll(".fr-error-text, #erreurs-formulaire li").Select(e => e.TextContent.Trim());
        return $"{(int)response.StatusCode}: {string.Join(" | ", errors)}";
    }

    public static async Task<AngleSharp.Dom.IDocument> PageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
