using System.Net;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Content;

namespace SemaineIndustrie.Tests.Content;

/// The content manager's form as a browser posts it (multipart, with the anti-forgery token).
public static class ContentForms
{
    public static async Task<HttpClient> AdministratorAsync(this TestApp app) =>
        await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));

    public static Dictionary<string, string> PressRelease(string title, string body = "Le texte du communiqué.", string status = "Published",
        string? region = null) => new()
    {
        ["Input.Kind"] = nameof(ContentKind.PressRelease), ["Input.Title"] = title, ["Input.Body"] = body, ["Input.Status"] = status,
        ["Input.PublishedOn"] = "2026-11-02", ["Input.Place"] = "Paris", ["Input.RegionCode"] = region ?? "", ["Input.SortOrder"] = "0",
    };

    public static async Task<HttpResponseMessage> PostContentAsync(this HttpClient client, IReadOnlyDictionary<string, string> fields,
        (byte[] Content, string Name)? file = null, string url = "/administration/contenus/nouveau")
    {
        var token = await TestUsers.AntiforgeryTokenAsync(client, url);
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }
        if (file is { } f)
        {
            var part = new ByteArrayContent(f.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            content.Add(part, "upload", f.Name);
        }
        return await client.PostAsync(url, content);
    }

    /// Posts the item and returns its id and slug, asserting the redirect of a successful save.
    public static async Task<(int Id, string Slug)> SaveContentAsync(this TestApp app, HttpClient client, IReadOnlyDictionary<string, string> fields,
        (byte[] Content, string Name)? file = null)
    {
        var response = await client.PostContentAsync(fields, file);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await Organisers.OrganiserForms.ErrorsAsync(response));
        var id = int.Parse(response.Headers.Location!.OriginalString.Split("enregistre=")[1], System.Globalization.CultureInfo.InvariantCulture);
        return (id, await app.QueryAsync(db => db.ContentItems.Where(c => c.Id == id).Select(c => c.Slug).SingleAsync()));
    }
}
