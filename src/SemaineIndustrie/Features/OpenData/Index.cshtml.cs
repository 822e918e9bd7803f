using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Site;
using SemaineIndustrie.Web;

namespace SemaineIndustrie.Features.OpenData;

/// « Données ouvertes »: how to reuse the catalogue, with examples built from the live lists so
/// every example URL answers.
[OutputCache(PolicyName = WebSetup.CataloguePagePolicy)]
public sealed class IndexModel(CatalogueHolder holder, IConfiguration configuration, PublicSite site) : PageModel
{
    public string Origin { get; private set; } = "";
    public int PerMinute { get; private set; }
    public int? PastYear { get; private set; }
    public string? ExampleType { get; private set; }

    public void OnGet()
    {
        var catalogue = holder.Current;
        Origin = site.BaseUrl;
        PerMinute = configuration.GetValue("RateLimits:PublicApiPerMinute", 600);
        PastYear = catalogue.Editions.Skip(1).FirstOrDefault()?.Year;
        ExampleType = catalogue.Types.Items.Count > 0 ? catalogue.Types.Items[0].Code : null;
    }

    public string Api(string path, string query = "") => $"{Origin}/api/v1/{path}{query}";
}
